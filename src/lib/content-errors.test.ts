import { z } from 'astro/zod';
import { describe as group, expect, it } from 'vitest';
import { ContentError, describe, fieldLabel, formatProblem, problemsFromIssues, UnquotedDate } from './content-errors';

const problems = (schema: z.ZodTypeAny, data: unknown) => {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the data to fail');
  return problemsFromIssues('content/x.md', result.error.issues, data).map(formatProblem);
};

group('fieldLabel', () => {
  it('counts list items from 1', () => {
    expect(fieldLabel(['sources', 1, 'url'])).toBe('sources[2].url');
    expect(fieldLabel(['speakers', 0])).toBe('speakers[1]');
    expect(fieldLabel([])).toBe('');
  });
});

group('describe', () => {
  it('says what was found in words', () => {
    expect(describe(undefined)).toBe('nothing');
    expect(describe(null)).toBe('an empty value');
    expect(describe(new UnquotedDate('2023-4-18'))).toBe('2023-4-18 without quotes');
    expect(describe([])).toBe('an empty list');
    expect(describe({ a: 1 })).toBe('a block of fields');
    expect(describe('x'.repeat(80))).toBe(`"${'x'.repeat(57)}…"`);
  });
});

group('problemsFromIssues', () => {
  it("replaces Zod's own wording with what to write", () => {
    const schema = z.object({ headline: z.boolean(), aliases: z.array(z.string().min(1)), status: z.enum(['verified', 'derived']) });
    expect(problems(schema, { headline: 'yes', aliases: [''], status: 'checked' })).toEqual([
      'content/x.md: headline: "headline" must be true or false (no quotes); found "yes"',
      'content/x.md: aliases[1]: "aliases[1]" must not be empty: write some text, or delete the line if the field is optional',
      'content/x.md: status: "status" must be one of: verified, derived; found "checked"',
    ]);
  });
  it('names the real path when a shared schema names its field another way', () => {
    const source = z.object({ url: z.string({ required_error: '"source.url" is required' }) });
    expect(problems(z.object({ sources: z.array(source) }), { sources: [{ url: 'https://a.test' }, {}] })).toEqual([
      'content/x.md: sources[2].url: "sources[2].url" is required',
    ]);
  });
  it('asks for quotes around a date YAML would read as a date, echoing it as written', () => {
    expect(problems(z.object({ day: z.string() }), { day: new UnquotedDate('2023-4-18') })).toEqual([
      'content/x.md: day: "day" must be in double quotes, such as day: "2023-04-18"; found 2023-4-18 without quotes',
    ]);
  });
});

group('formatProblem', () => {
  it('names the file, then the line or the field, then the message', () => {
    expect(formatProblem({ file: 'content/x.md', field: 'title', message: 'm' })).toBe('content/x.md: title: m');
    expect(formatProblem({ file: 'content/x.mdx', field: '', line: 12, message: 'm' })).toBe('content/x.mdx: line 12: m');
    expect(formatProblem({ file: 'content/x.md', field: '', message: 'm' })).toBe('content/x.md: m');
  });
});

group('ContentError', () => {
  it('lists every problem, with a hint and no stack trace for Astro to print', () => {
    const error = new ContentError([
      { file: 'content/a.md', field: 'title', message: 'one' },
      { file: 'content/b.md', field: '', line: 3, message: 'two' },
    ]);
    expect(error.message).toBe('The content has 2 problems to fix:\n  ✗ content/a.md: title: one\n  ✗ content/b.md: line 3: two');
    expect(error.stack).toBe('');
    expect(error.hint).toContain('npm run check');
  });
});
