// Reads the YAML of a content file (a .yaml file, or the frontmatter of a Markdown file) and, when it is
// not valid, says why in an editor's words: the line of the file, what is wrong with it and what to do.
// The `yaml` parser's own error codes are coarse (one code for an unclosed quote and a list item
// indented by one space), so the explanation looks at the lines themselves.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type ScalarTag, type YAMLError } from 'yaml';
import { describe, fieldLabel, UnquotedDate } from './content-errors';

/** A problem with one value of valid YAML, e.g. a title wrapped in curly quotes. */
export interface YamlNote {
  /** Path of the value, e.g. ['source', 'title'] or [0, 'title'] in a list file. */
  path: (string | number)[];
  /** Line in the file. */
  line: number;
  message: string;
}

export type YamlResult =
  | {
      ok: true;
      data: unknown;
      notes: YamlNote[];
      /** Line in the file of the field at `path`, e.g. ['summary'] or [2, 'summary']. */
      lineOf: (path: (string | number)[]) => number | undefined;
    }
  | { ok: false; line?: number; message: string };

export interface YamlOptions {
  /** Line of the file on which the YAML starts: 1 for a .yaml file, 2 for frontmatter. Default 1. */
  firstLine?: number;
  /**
   * The fields a block may hold, by its path of field names (list items left out), e.g. ['source'] →
   * publisher, title, year, url: tells a field indented too little from a field written twice.
   */
  fieldsAt?: (path: string[]) => string[] | undefined;
  /** The YAML is a list of entries (content/milestones.yaml): fields are named within their entry. */
  list?: boolean;
}

/** YAML 1.1 timestamps, which YAML readers (Astro's among them) turn into dates when unquoted. */
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;

const unquotedDate: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  test: TIMESTAMP,
  identify: (value) => value instanceof UnquotedDate,
  resolve: (text) => new UnquotedDate(text),
  stringify: (item) => String((item.value as UnquotedDate).text),
};

/** Characters that look like a space but are not one to YAML. */
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const CURLY_OPEN = /^[“”„‘’‚«‹]/;
const CURLY_CLOSE = /[”“’‘»›]$/;

const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isBlank = (line: string) => /^\s*(#.*)?$/.test(line);
/** "  - title: x" → "title"; "source:" → "source". */
const keyOf = (line: string) => /^\s*(?:-\s+)?([^\s:#'"][^:#]*?)\s*:(?:\s|$)/.exec(line)?.[1];
/** A line that opens a block: a field name alone, e.g. "source:". */
const openerKey = (line: string) => /^\s*(?:-\s+)?([^\s:#'"][^:#]*?)\s*:\s*(#.*)?$/.exec(line)?.[1];

/** Field names of the blocks that enclose line `index`, outermost first. */
function blockPath(lines: string[], index: number): string[] {
  const path: string[] = [];
  let indent = indentOf(lines[index]!);
  for (let i = index - 1; i >= 0 && indent > 0; i--) {
    const line = lines[i]!;
    if (isBlank(line) || indentOf(line) >= indent) continue;
    indent = indentOf(line);
    const key = openerKey(line);
    if (key) path.unshift(key);
  }
  return path;
}

/** The first line, up to `last`, indented with a tab or an odd space. */
function badIndentation(lines: string[], last: number): { index: number; message: string } | undefined {
  for (let i = 0; i <= last && i < lines.length; i++) {
    const lead = /^[\s-]*/.exec(lines[i]!)![0];
    if (lead.includes('\t')) {
      return { index: i, message: 'this line is indented with a tab: indent with spaces only, two for each level' };
    }
    if (ODD_SPACE.test(lead)) {
      return {
        index: i,
        message:
          'this line is indented with a non-breaking space (often pasted from a web page or a word processor): delete the indentation and type ordinary spaces',
      };
    }
  }
  return undefined;
}

/** A value wrapped in curly quotes on the line, e.g. title: “Global: Estimates”. */
function curlyValue(line: string): { key: string; inner: string } | undefined {
  const m = /^\s*(?:-\s+)?([^\s:#]+)\s*:\s+(.+?)\s*$/.exec(line);
  if (!m || !CURLY_OPEN.test(m[2]!) || !CURLY_CLOSE.test(m[2]!)) return undefined;
  return { key: m[1]!, inner: m[2]!.slice(1, -1) };
}

const straightQuoted = (key: string, inner: string) => `${key}: "${inner.replace(/"/g, '\\"')}"`;

/** Why a field name appears a second time: written twice, or a field of the block above indented too little. */
function repeatedField(lines: string[], index: number, options: YamlOptions): string {
  const line = lines[index]!;
  const key = keyOf(line) ?? '';
  const indent = indentOf(line);
  let deeper: number | undefined;
  let i = index - 1;
  for (; i >= 0; i--) {
    if (isBlank(lines[i]!)) continue;
    if (indentOf(lines[i]!) <= indent) break;
    deeper = indentOf(lines[i]!);
  }
  const block = i >= 0 && indentOf(lines[i]!) === indent ? openerKey(lines[i]!) : undefined;
  if (block && deeper !== undefined) {
    const path = [...blockPath(lines, i), block];
    const fields = options.fieldsAt?.(path);
    if (fields?.includes(key)) {
      const sibling = lines
        .slice(i + 1, index)
        .map(keyOf)
        .find(Boolean);
      return (
        `"${key}" belongs to the "${block}" block above but is not indented like its other fields, so it reads as a second "${key}": ` +
        `indent it by ${spaces(deeper - indent)}${sibling ? `, like "${sibling}"` : ''}`
      );
    }
  }
  const first = lines.findIndex((l, j) => j < index && indentOf(l) === indent && keyOf(l) === key);
  const also = first >= 0 ? ` (also at line ${first + 1 + (options.firstLine ?? 1) - 1})` : '';
  return `"${key}" appears twice${also}: keep the right one and delete the other`;
}

/** The line above that is not blank. */
function lineAbove(lines: string[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) if (!isBlank(lines[i]!)) return lines[i];
  return undefined;
}

function indentationMessage(lines: string[], index: number, yamlMessage: string): string {
  const line = lines[index]!;
  if (yamlMessage.startsWith('All sequence items')) {
    const first = lines.find((l, j) => j < index && /^\s*-(\s|$)/.test(l));
    const at = first === undefined ? '' : `, the first item by ${spaces(indentOf(first))}`;
    return `this list item is indented by ${spaces(indentOf(line))}${at}: every "- " of a list must start at the same column`;
  }
  const above = lineAbove(lines, index);
  const was = above === undefined ? '' : `, the line above it by ${spaces(indentOf(above))}`;
  return `this line is indented by ${spaces(indentOf(line))}${was}: the fields of one block must start at the same column (spaces only)`;
}

/** The most common slips the parser names clearly enough, by its error code, with the fix. */
const HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'a value contains a colon followed by a space, or a line is indented further than the field above it. Put such a value in double quotes, or line the field up with the others',
  MULTILINE_IMPLICIT_KEY: 'a field name runs over two lines: check for a missing colon or an unclosed quote above',
  MISSING_CHAR: 'a quotation mark or bracket is opened but not closed',
  BAD_SCALAR_START: 'a value starts with a character YAML reserves (such as @, `, %, * or &): put the value in double quotes',
  UNEXPECTED_TOKEN: 'something here does not fit the list or block around it: check the indentation and the "- " of list items',
};

/** What is wrong at the line of the parser's first error, and where. */
function explain(error: YAMLError, lines: string[], options: YamlOptions): { index?: number; message: string } {
  const index = error.linePos ? error.linePos[0].line - 1 : undefined;
  const odd = badIndentation(lines, index ?? lines.length - 1);
  if (odd) return odd;
  if (index === undefined) return { message: 'check the indentation, the colons, and the quotes around text that contains a colon' };
  const line = lines[index] ?? '';
  const curly = curlyValue(line);
  if (curly) {
    return {
      index,
      message: `the value is wrapped in curly quotes (“ ”), which YAML does not read as quotes: write straight double quotes, such as ${straightQuoted(curly.key, curly.inner)}`,
    };
  }
  if (error.code === 'DUPLICATE_KEY') return { index, message: repeatedField(lines, index, options) };
  if (error.code === 'BAD_INDENT' || error.message.startsWith('Sequence item without - indicator')) {
    return { index, message: indentationMessage(lines, index, error.message) };
  }
  const kv = /^\s*([\w.-]+):\s+(.+?)\s*$/.exec(line);
  const example =
    error.code === 'BLOCK_AS_IMPLICIT_KEY' && kv && !kv[2]!.startsWith('"') ? ` (e.g. ${straightQuoted(kv[1]!, kv[2]!)})` : '';
  const hint = HINTS[error.code] ?? 'check the indentation, the colons, and the quotes around text that contains a colon';
  return { index, message: `${hint}${example}` };
}

/** Every field name, list item and scalar value, with its path; `value` marks the scalars that are values. */
function* nodes(node: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; node: Node; value: boolean }> {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const child = [...path, String(pair.key.value)];
      yield { path: child, node: pair.key, value: false };
      yield* nodes(pair.value, child);
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      if (isScalar(item) || isMap(item) || isSeq(item)) yield { path: [...path, i], node: item, value: false };
      yield* nodes(item, [...path, i]);
    }
  } else if (isScalar(node)) {
    yield { path, node, value: true };
  }
}

/**
 * Parses YAML text. Dates without quotes stay as written (UnquotedDate); an error is explained on the
 * line where the editor can fix it; valid values wrapped in curly quotes are noted.
 */
export function readYaml(text: string, options: YamlOptions = {}): YamlResult {
  const firstLine = options.firstLine ?? 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { customTags: [unquotedDate], lineCounter, prettyErrors: true });
  const lines = text.split(/\r?\n/);
  const [error] = doc.errors;
  if (error) {
    const { index, message } = explain(error, lines, options);
    const shown = index !== undefined && lines[index]?.trim() ? `; found ${describe(lines[index].trim())}` : '';
    const line = index === undefined ? undefined : index + firstLine;
    return { ok: false, line, message: `the YAML is not valid${line ? ` at line ${line}` : ''}: ${message}${shown}` };
  }
  const lineAt = new Map<string, number>();
  const notes: YamlNote[] = [];
  for (const { path, node, value } of nodes(doc.contents)) {
    if (!node.range) continue;
    const line = lineCounter.linePos(node.range[0]).line + firstLine - 1;
    const key = JSON.stringify(path);
    if (!value) {
      if (!lineAt.has(key)) lineAt.set(key, line);
      continue;
    }
    const raw = text.slice(node.range[0], node.range[1]);
    const name = path.at(-1);
    if (isScalar(node) && node.type === 'PLAIN' && typeof name === 'string' && CURLY_OPEN.test(raw) && CURLY_CLOSE.test(raw)) {
      notes.push({
        path,
        line,
        message: `"${fieldLabel(options.list ? path.slice(1) : path)}" is wrapped in curly quotes (“ ”): write straight double quotes instead, such as ${straightQuoted(name, raw.slice(1, -1))}`,
      });
    }
  }
  return { ok: true, data: doc.toJS() ?? {}, notes, lineOf: (path) => lineAt.get(JSON.stringify(path)) };
}
