// The build's settings for the site's code: the environment is read in scripts/build-settings.mjs
// alone (astro.config.mjs and the scripts use it too), once per build.
import { buildSettings } from '../../scripts/build-settings.mjs';

export const settings = buildSettings(process.env);
