// The scale build of the site tests: a copy of the project with 1,000 more figures (scripts/lib/
// scale-site.mjs), built by Astro into dist-scale/out/. Every page that lists figures is built at
// full size; of the figures' own pages only the real figures' and the first few extra ones' (the
// rest are alike, and rendering a thousand of them would take minutes). One of the background
// builds of tests/site/builds.ts; tests/site/scale.test.ts waits for it with `await siteBuild('scale')`.
import { join } from 'node:path';
import type { BuildStatus } from '../../helpers/build';
import { buildScaleSite, SCALE_ROOT } from '../../../scripts/lib/scale-site.mjs';

/** Figures added to the real ones. */
export const SCALE_EXTRA = 1000;
/** Extra figures that get pages of their own (besides every real figure). */
const OWN_PAGES = 10;

export const SCALE_OUT = join(SCALE_ROOT, 'out');

/** Writes the scale site and builds it into outDir. Never throws: the scale tests report a failed build. */
export async function makeScaleSite(outDir: string, signal: AbortSignal): Promise<BuildStatus> {
  try {
    const { ok, log } = await buildScaleSite(outDir, {
      extra: SCALE_EXTRA,
      build: 'pages',
      ownPages: OWN_PAGES,
      signal,
      site: join(SCALE_ROOT, 'site'),
    });
    return { ok, log: String(log ?? '').slice(-4000) };
  } catch (error) {
    return { ok: false, log: String(error) };
  }
}
