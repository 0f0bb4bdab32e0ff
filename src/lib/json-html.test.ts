import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { jsonForScript } from './json-html';

/** The text an HTML parser puts inside <script type="application/ld+json">…</script>, and what follows it. */
function parseScript(json: string) {
  const html = `<script type="application/ld+json">${json}</script><p>after</p>`;
  const nodes = fromHtml(html, { fragment: true }).children;
  const first = nodes[0];
  const text = first?.type === 'element' && first.children[0]?.type === 'text' ? first.children[0].value : '';
  return { names: nodes.map((n) => (n.type === 'element' ? n.tagName : n.type)), text };
}

const HOSTILE = {
  name: 'Hofburg <!--<script',
  headline: 'Forced labour</script><meta http-equiv=refresh content="0;url=https://evil.example/">',
  url: 'https://www.ilo.org/"></script><script>alert(1)</script>',
  about: 'A & B > C',
  separators: 'line\u2028paragraph\u2029end',
};

describe('jsonForScript', () => {
  it('writes no <, > or & and no line or paragraph separator', () => {
    expect(jsonForScript(HOSTILE)).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('reads back to the same value', () => {
    expect(JSON.parse(jsonForScript(HOSTILE))).toEqual(HOSTILE);
    expect(JSON.parse(jsonForScript(HOSTILE, 2))).toEqual(HOSTILE);
  });

  it('stays one script element whose text is the whole JSON, for titles, URLs and venue names that try to break out', () => {
    for (const value of Object.values(HOSTILE)) {
      const json = jsonForScript({ '@type': 'Thing', value });
      const parsed = parseScript(json);
      expect(parsed.names).toEqual(['script', 'p']);
      expect(parsed.text).toBe(json);
      expect(JSON.parse(parsed.text).value).toBe(value);
    }
  });

  it('is what JSON.stringify would write when there is nothing to escape', () => {
    const plain = { '@context': 'https://schema.org', name: 'Alliance 2023', offers: [1, 2.5, true, null] };
    expect(jsonForScript(plain)).toBe(JSON.stringify(plain));
  });

  it('refuses a value that is not JSON at all', () => {
    expect(() => jsonForScript(undefined)).toThrow(TypeError);
  });
});
