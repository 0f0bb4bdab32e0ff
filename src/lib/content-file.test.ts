import { describe, expect, it } from 'vitest';
import { badFileName, parseContentFile } from './content-file';

describe('parseContentFile', () => {
  it('splits frontmatter and body, and knows the line the body starts on', () => {
    const result = parseContentFile('---\ntitle: A\n---\n\nBody.\n', 'markdown');
    expect(result).toMatchObject({ ok: true, data: { title: 'A' }, body: '\nBody.\n', bodyLine: 4 });
  });

  it('reads an empty frontmatter block and a byte-order mark', () => {
    expect(parseContentFile('\uFEFF---\n---\nBody', 'markdown')).toMatchObject({ ok: true, body: 'Body', bodyLine: 3 });
  });

  it('reads a YAML file whole, counting its lines from 1', () => {
    const result = parseContentFile('a: 1\nb: [\n', 'yaml');
    expect(result).toMatchObject({ ok: false, line: 3 });
  });

  it('asks for the frontmatter block, or for its closing line', () => {
    expect(parseContentFile('Just text', 'markdown')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^must start with a frontmatter block/),
    });
    expect(parseContentFile('---\ntitle: A\nBody', 'markdown')).toMatchObject({
      ok: false,
      message: 'the frontmatter block is not closed: add a line of three dashes (---) after the last field',
    });
  });

  it('counts YAML lines in the whole file', () => {
    expect(parseContentFile('---\ntitle: A\nscope: a: b\n---\n', 'markdown')).toMatchObject({ ok: false, line: 3 });
  });
});

describe('badFileName', () => {
  it('accepts lower-case letters, digits and hyphens, and suggests a name otherwise', () => {
    expect(badFileName('forced-labour-2021.md')).toBeUndefined();
    expect(badFileName('Forced Labour 2016.md')).toBe(
      "the file name must be lower-case letters, digits and hyphens, such as forced-labour-2016.md: it is the page's address and the id other files use",
    );
    expect(badFileName('Über_uns.mdx')).toMatch(/such as uber-uns\.mdx/);
  });
});
