// One content file as text → its fields and its body, or what is wrong with its form: the frontmatter
// block of a Markdown file, the YAML, the file name.
import { readYaml, type YamlNote, type YamlOptions } from './yaml-source';

export type ParsedFile =
  | {
      ok: true;
      /** The fields, as YAML reads them. */
      data: unknown;
      /** The Markdown after the frontmatter ('' for a YAML file). */
      body: string;
      /** Line of the file on which the body starts. */
      bodyLine: number;
      notes: YamlNote[];
      lineOf: (path: (string | number)[]) => number | undefined;
    }
  | { ok: false; line?: number; message: string };

const FRONTMATTER_HELP = 'a line of three dashes (---), the fields (such as title: …), then another line of three dashes, then the text';

/** Lines in `text` before `offset`, plus one: the line `offset` is on. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Splits a Markdown or MDX file into its frontmatter fields and its body, or a YAML file into its
 * fields, and reads the YAML (see readYaml for the options).
 */
export function parseContentFile(text: string, kind: 'markdown' | 'yaml', options: YamlOptions = {}): ParsedFile {
  const source = text.replace(/^\uFEFF/, '');
  if (kind === 'yaml') {
    const yaml = readYaml(source, { ...options, firstLine: 1 });
    return yaml.ok ? { ...yaml, body: '', bodyLine: 1 } : yaml;
  }
  const match = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(source)) {
      return { ok: false, message: 'the frontmatter block is not closed: add a line of three dashes (---) after the last field' };
    }
    return { ok: false, message: `must start with a frontmatter block: ${FRONTMATTER_HELP}` };
  }
  const yaml = readYaml(match[1] ?? '', { ...options, firstLine: 2 });
  if (!yaml.ok) return yaml;
  return { ...yaml, body: source.slice(match[0].length), bodyLine: lineAt(source, match[0].length) };
}

/** A file name that cannot serve as an id, with a suggestion; undefined when it is fine. */
export function badFileName(name: string): string | undefined {
  const [, stem = '', ext = ''] = /^(.*?)(\.[^.]+)$/.exec(name) ?? [];
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem)) return undefined;
  const suggestion = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `the file name must be lower-case letters, digits and hyphens${suggestion ? `, such as ${suggestion}${ext}` : ''}: it is the page's address and the id other files use`;
}
