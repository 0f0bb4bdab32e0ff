// The rule for the text of .mdx files (and components in .md files): it must parse as MDX, with
// components the site provides, written with their properties, and no code. The messages say what to
// write instead, in plain words, at the line of the file.
import { COLLECTION_NAMES } from '../schemas';
import type { ContentProblem } from './content-errors';
import type { ContentRule, LoadedContent, LoadedEntry } from './content-rules';
import { MDX_COMPONENTS, type ComponentSpec } from './mdx-components';
import { outline, type Element, type SyntaxError } from './markdown-outline';
import { nearest } from './nearest';
import { fileFor, idsOf } from './references';

const componentList = () =>
  Object.keys(MDX_COMPONENTS)
    .map((n) => `<${n}>`)
    .join(', ');

/** The parser's complaint as an editor can act on it. */
export function syntaxMessage(error: SyntaxError, text: string): string {
  const reason = error.reason;
  const closing = /Expected a closing tag for `<([^>`]+)>`/.exec(reason);
  if (closing) {
    const name = closing[1]!.split(/\s/)[0]!;
    const spec = MDX_COMPONENTS[name];
    return spec
      ? `<${name}> is not closed: end it with "/>", as in ${spec.example}`
      : `<${name}> is not closed: in .mdx files write <${name} /> for a tag that stands alone, or close it with </${name}>`;
  }
  if (reason.includes('to create a link in MDX')) {
    return 'MDX does not read a web address in angle brackets: write the link as [its text](https://…)';
  }
  if (error.rule === 'unexpected-character' && /before name|after name/.test(reason)) {
    const lineText = error.line ? (text.split('\n')[error.line - 1] ?? '') : '';
    const lt = error.column ? lineText.lastIndexOf('<', error.column - 1) : -1;
    const shown = lt >= 0 ? lineText.slice(lt, lt + 4).trim() : '<';
    return (
      `"${shown}": in .mdx files "<" starts a component, so this text cannot be read. ` +
      'To write a less-than sign, write &lt; (for example &lt;1%) or say it in words ("less than 1%")'
    );
  }
  if (error.rule === 'acorn' || /expression/i.test(reason)) {
    return 'in .mdx files braces { } hold code, and this cannot be read as code: to show a brace in the text, write \\{ and \\}';
  }
  return `the MDX cannot be read here (${reason}): look for a stray <, { or } in the text, or a tag that is not closed; write &lt; for a less-than sign and \\{ \\} for braces`;
}

/** Problems with one component as written: unknown, or properties missing, unknown or misused. */
function componentProblems(element: Element, spec: ComponentSpec, content: LoadedContent): string[] {
  const messages: string[] = [];
  const names = Object.keys(spec.props);
  for (const a of element.attributes) {
    const prop = spec.props[a.name];
    if (!prop) {
      const near = nearest(a.name, names);
      const hint =
        near && near.toLowerCase() === a.name.toLowerCase()
          ? `names are case-sensitive: write "${near}"`
          : near
            ? `did you mean "${near}"?`
            : `it takes ${names.map((n) => `"${n}"`).join(' and ')}`;
      messages.push(`<${element.name}> has no property "${a.name}": ${hint}`);
    } else if (prop.kind === 'flag' && a.value !== null) {
      messages.push(`<${element.name}>'s "${a.name}" takes no value: write the name alone, as in ${spec.example}`);
    } else if (prop.kind === 'text' && typeof a.value !== 'string') {
      messages.push(`<${element.name}>'s "${a.name}" needs a value in double quotes, as in ${spec.example}`);
    }
  }
  for (const [name, prop] of Object.entries(spec.props)) {
    const given = element.attributes.find((a) => a.name === name);
    if (prop.required && !given) messages.push(`<${element.name}> needs ${name}="…" (${prop.help}), as in ${spec.example}`);
    if (prop.refersTo && typeof given?.value === 'string' && !idsOf(content[prop.refersTo]).has(given.value)) {
      messages.push(
        `<${element.name} ${name}="${given.value}" /> names no ${prop.refersTo.replace(/s$/, '')}: no file ${fileFor(prop.refersTo, given.value)} exists. Check the ${name}`,
      );
    }
  }
  return messages;
}

function mdxProblems(entry: LoadedEntry, content: LoadedContent): ContentProblem[] {
  const at = (line: number | undefined) => (line === undefined ? entry.bodyLine : entry.bodyLine + line - 1);
  const problem = (line: number | undefined, message: string): ContentProblem => ({
    file: entry.where,
    field: '',
    line: at(line),
    message,
  });
  const o = outline(entry.body, true);
  if (o.error) return [problem(o.error.line, syntaxMessage(o.error, entry.body))];
  const problems: ContentProblem[] = [];
  for (const e of o.expressions) {
    if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(e.value)) continue;
    problems.push(
      problem(
        e.line,
        `{${e.value}}: in .mdx files braces { } hold code, so the build would stop here: to show the braces write \\{${e.value}\\}, or use other words`,
      ),
    );
  }
  for (const c of o.code) {
    problems.push(
      problem(
        c.line,
        'this line starts with "import" or "export", which .mdx files read as code: the site\'s components need no import; reword the line so that it starts with another word',
      ),
    );
  }
  for (const element of o.elements) {
    if (!/^[A-Z]/.test(element.name) && !element.name.includes('.')) continue;
    const spec = MDX_COMPONENTS[element.name];
    if (!spec) {
      const near = nearest(element.name, Object.keys(MDX_COMPONENTS));
      problems.push(
        problem(
          element.line,
          `<${element.name}> is not a component of the site${near ? `: did you mean <${near}>?` : ''} The components are ${componentList()}`,
        ),
      );
      continue;
    }
    for (const message of componentProblems(element, spec, content)) problems.push(problem(element.line, message));
  }
  return problems;
}

function markdownProblems(entry: LoadedEntry): ContentProblem[] {
  return outline(entry.body, false)
    .tags.filter((t) => MDX_COMPONENTS[t.name])
    .map((t) => ({
      file: entry.where,
      field: '',
      line: entry.bodyLine + (t.line ?? 1) - 1,
      message: `<${t.name}> is a component, and components work only in .mdx files: write a Markdown link instead, such as [27.6 million](/figures/forced-labour-2021/)`,
    }));
}

/** Every .mdx text parses and uses the site's components correctly; .md texts use none. */
export const mdxUsage: ContentRule = ({ entries }) =>
  COLLECTION_NAMES.flatMap((name) =>
    (entries[name] as LoadedEntry[])
      .filter((e) => e.body)
      .flatMap((e) => (e.file.endsWith('.mdx') ? mdxProblems(e, entries) : markdownProblems(e))),
  );
