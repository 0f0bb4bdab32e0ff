// A small tokenizer for the HTML Astro writes: the tags of a page in document order, with decoded
// attributes, and the text of raw-text elements (script, style). Enough for static checks over
// dist/; not a general HTML parser (it does not build a tree or fix up broken markup).

export interface Tag {
  /** Lower-case element name, e.g. "a". */
  name: string;
  /** True for an end tag (</a>). */
  end: boolean;
  /** Attributes with lower-case names and decoded values; "" for a bare attribute. */
  attrs: Record<string, string>;
  /** The content of <script>, <style>, <textarea> or <title>, raw. */
  text?: string;
  /** The tag as written, shortened, for messages. */
  source: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references found in attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex: string, dec: string, name: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Every start and end tag of a document, in order; comments and doctypes are skipped. */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html))) {
    if (!m[2]) continue;
    const name = m[2].toLowerCase();
    const end = m[1] === '/';
    const tag: Tag = { name, end, attrs: end ? {} : parseAttrs(m[3] ?? ''), source: m[0].length > 160 ? `${m[0].slice(0, 157)}…` : m[0] };
    out.push(tag);
    if (!end && RAW_TEXT.has(name) && !m[0].endsWith('/>')) {
      const close = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
      const stop = close === -1 ? html.length : close;
      tag.text = html.slice(TOKEN.lastIndex, stop);
      TOKEN.lastIndex = stop;
    }
  }
  return out;
}

/** Start tags only, optionally of one element name. */
export function startTags(html: string, name?: string): Tag[] {
  return tags(html).filter((t) => !t.end && (!name || t.name === name));
}

/** The space-separated tokens of an attribute (rel, class), lower-cased. */
export function tokens(value: string | undefined): string[] {
  return (value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** The URLs of a srcset attribute (the HTML standard's candidate splitting, descriptors dropped). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return urls;
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    const comma = rest.indexOf(',');
    rest = comma === -1 ? '' : rest.slice(comma + 1);
  }
}
