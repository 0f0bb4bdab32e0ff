// Times the share cards (not part of `npm test`: timings are noisy): `npm run bench:cards`.
//   1. one card: drawing it (satori + resvg), and reading it back from the cache, for the real figures;
//   2. a build of a temporary copy of the site with --figures more figures (default 1,000: the real
//      files cycled under new ids, each with its own display value, so each needs its own card),
//      first with an empty card cache, then again with the cache the first build filled.
// Options: --figures N, --no-build (step 1 only). Prints; writes nothing outside the temporary folder.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { figureCard, type FigureCardInput } from '../src/lib/social-card';
import { renderCard } from '../src/lib/render-card';

const args = process.argv.slice(2);
const extra = Number(args[args.indexOf('--figures') + 1] ?? 1000) || 1000;
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'bench-cards-'));
process.env.CARD_CACHE_DIR = join(work, 'cache-step-1');
const { cardPng, cardRenderer } = await import('../src/data/card-renderer');

const ms = (n: number) => `${n.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

function figureFiles(): { id: string; text: string; data: Record<string, any> }[] {
  const dir = join(root, 'content/figures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { id: f.replace(/\.md$/, ''), text, data: parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) };
    });
}

try {
  // 1. One card at a time, on the real figures.
  const figures = figureFiles();
  const inputs: FigureCardInput[] = figures.map(({ data }) => ({
    siteName: 'Alliance 2023',
    display: data.display,
    title: data.title,
    year: data.year,
    yearKind: data.yearKind ?? 'data',
    publisher: data.source.publisher,
    sourceYear: data.source.year,
    derived: data.status === 'derived',
  }));
  const { fonts } = await cardRenderer();
  const first = await time(() => renderCard(figureCard(inputs[0]!), fonts));
  const drawn: number[] = [];
  for (const input of inputs) drawn.push(await time(() => cardPng(figureCard(input))));
  const cached: number[] = [];
  for (const input of inputs) cached.push(await time(() => cardPng(figureCard(input))));
  console.log(`One card (${inputs.length} real figures): first ever ${ms(first)} (loads the layout engine and fonts)`);
  console.log(`  drawn and cached: median ${ms(median(drawn))}, slowest ${ms(Math.max(...drawn))}`);
  console.log(`  read from the cache: median ${median(cached).toFixed(2)} ms`);

  // 2. A build with `extra` more figures, cold and cached.
  if (!args.includes('--no-build')) {
    const copy = join(work, 'site');
    mkdirSync(copy);
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'])
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    for (let i = 0; i < extra; i++) {
      const { id, text, data } = figures[i % figures.length]!;
      const n = String(i + 1).padStart(4, '0');
      const changed = text
        .replace(/^display: .*$/m, `display: ${JSON.stringify(`${data.display} (${n})`)}`)
        .replace(/^value: .*$/m, `value: ${Number(data.value) + i + 1}`)
        .replace(/^headline: true$/m, 'headline: false');
      writeFileSync(join(copy, 'content/figures', `${id}-bench-${n}.md`), changed);
    }
    const cache = join(work, 'cache-step-2');
    const build = (label: string) => {
      const start = performance.now();
      execFileSync(join(copy, 'node_modules/.bin/astro'), ['build', '--silent'], {
        cwd: copy,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, CARD_CACHE_DIR: cache, OUT_DIR: 'dist' },
      });
      const seconds = (performance.now() - start) / 1000;
      const cards = readdirSync(join(copy, 'dist/og/figures')).length;
      console.log(`  ${label}: ${seconds.toFixed(1)} s for ${cards} figure cards (${readdirSync(cache).length} PNGs in the cache)`);
      return seconds;
    };
    console.log(`\nastro build with ${figures.length + extra} figures (${figures.length} real + ${extra} generated), in a temporary copy:`);
    const cold = build('empty card cache ');
    const warm = build('cache from before');
    console.log(
      `  cards cost ${(cold - warm).toFixed(1)} s when drawn: ${(((cold - warm) * 1000) / (figures.length + extra)).toFixed(0)} ms a card in the build`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
