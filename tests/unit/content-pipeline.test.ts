// The one content pipeline without Astro around it: the loader stores the valid entries and keeps
// every problem; the integration then stops `astro build` with them, or prints them in `astro dev`.
// Astro's own content layer calls the same loader and hooks (tests/site/content-check.test.ts runs them).
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check';
import { contentLoader } from '../../src/pipeline/content-loader';
import { contentState } from '../../src/pipeline/content-state.mjs';
import { COLLECTION_NAMES } from '../../src/schemas';
import { contentTree, FIXTURES } from '../helpers/content-tree';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  rendered?: { html: string };
  deferredRender?: boolean;
}

/** A content store and loader context as Astro's content layer hands them to a loader. */
function context(root: string, stores: Map<string, Map<string, Stored>>, collection: string) {
  const store = stores.get(collection) ?? new Map<string, Stored>();
  stores.set(collection, store);
  const modules: string[] = [];
  const ctx = {
    collection,
    config: { root: pathToFileURL(`${root}/`) },
    logger: { error: () => undefined },
    meta: { get: () => undefined, set: () => undefined, delete: () => undefined, has: () => false },
    generateDigest: (data: string) => String(data.length) + data.slice(0, 40),
    renderMarkdown: async (body: string) => ({ html: `<p>${body.trim()}</p>`, metadata: {} }),
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => void store.set(entry.id, entry),
      delete: (id: string) => void store.delete(id),
      keys: () => [...store.keys()],
      entries: () => [...store.entries()],
      clear: () => store.clear(),
      addModuleImport: (file: string) => void modules.push(file),
    },
  };
  return { ctx: ctx as unknown as LoaderContext, modules };
}

async function loadAll(root: string, stores = new Map<string, Map<string, Stored>>()) {
  for (const name of COLLECTION_NAMES) await contentLoader(name).load(context(root, stores, name).ctx);
  return stores;
}

const trees: { remove: () => void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.remove()));
/** A content tree beside the site's own src/ (its routes and templates, for the links). */
const tree = (overlay: string[] = []) => {
  const t = contentTree({ overlay });
  symlinkSync(resolve('src'), join(t.root, 'src'));
  trees.push(t);
  return t.root;
};

const broken = `${FIXTURES}/broken/wrong-field-and-reference`;
const messages = [
  'content/programme/high-level-opening.md: day: "day" must be a date written YYYY-MM-DD, such as 2023-04-18; found "18 April 2023"',
  'content/programme/high-level-opening.md: speakers: "helga-schmid" is not a known id: no file content/speakers/helga-schmid.md exists. Check the spelling or add that file',
];

describe('the content loader', () => {
  it('stores valid entries, Markdown rendered and MDX left to the page', async () => {
    const stores = await loadAll(tree());
    expect([...stores.get('figures')!.keys()].sort()).toEqual(['forced-labour-2021', 'forced-marriage-2021']);
    expect(stores.get('figures')!.get('forced-labour-2021')).toMatchObject({
      filePath: 'content/figures/forced-labour-2021.md',
      rendered: { html: '<p>An estimate of forced labour in 2021.</p>' },
    });
    expect(stores.get('background')!.get('action-plan')).toMatchObject({
      deferredRender: true,
      filePath: 'content/background/action-plan.mdx',
    });
    expect(stores.get('milestones')!.get('action-plan-adopted')?.data).toMatchObject({ date: '2003-07-24' });
    expect(contentState().check!().problems).toEqual([]);
  });

  it('leaves out an entry with a problem and removes it from the store, keeping the problem', async () => {
    const root = tree();
    const stores = await loadAll(root);
    expect(stores.get('sessions')!.has('high-level-opening')).toBe(true);
    await loadAll(tree([broken]), stores);
    expect(stores.get('sessions')!.has('high-level-opening')).toBe(false);
    expect(contentState().check!().messages).toEqual(messages);
  });
});

describe('the stored order', () => {
  it('follows the file: a reordered list is stored in its new order, its Markdown not rendered again', async () => {
    const root = tree();
    const stores = await loadAll(root);
    expect([...stores.get('milestones')!.keys()]).toEqual(['action-plan-adopted', 'alliance-launched']);
    const file = `${root}/content/milestones.yaml`;
    const [first, second] = readFileSync(file, 'utf8').split('\n\n');
    writeFileSync(file, `${second!.trim()}\n\n${first!.trim()}\n`);
    const rendered = stores.get('figures')!.get('forced-labour-2021')!.rendered;
    await loadAll(root, stores);
    expect([...stores.get('milestones')!.keys()]).toEqual(['alliance-launched', 'action-plan-adopted']);
    expect(stores.get('figures')!.get('forced-labour-2021')!.rendered).toBe(rendered);
  });
});

describe('the content-check integration', () => {
  const hooks = () => contentCheck().hooks as Record<string, (options: Record<string, unknown>) => void>;

  it('stops astro build with every problem', async () => {
    await loadAll(tree([broken]));
    expect(() => hooks()['astro:build:start']!({})).toThrowError(messages.map((m) => `  ✗ ${m}`).join('\n'));
  });

  it('prints the problems when astro dev starts, without stopping it', async () => {
    await loadAll(tree([broken]));
    const errors: string[] = [];
    hooks()['astro:server:start']!({
      logger: { error: (m: string) => errors.push(m), info: () => undefined } as unknown as AstroIntegrationLogger,
    });
    expect(errors).toEqual([`The content has 2 problems to fix:\n${messages.map((m) => `  ✗ ${m}`).join('\n')}`]);
  });

  it('lets valid content through', async () => {
    await loadAll(tree());
    expect(() => hooks()['astro:build:start']!({})).not.toThrow();
  });
});
