/**
 * The site's light palette (the @theme of src/styles/global.css, which a test keeps equal), for
 * images drawn outside the stylesheet's reach: share cards and downloadable charts.
 */
export const LIGHT_PALETTE = {
  paper: '#fbfaf7',
  ink: '#1c1b19',
  muted: '#55534e',
  accent: '#8a2c0d',
} as const;
