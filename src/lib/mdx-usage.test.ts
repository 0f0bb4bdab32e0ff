import { describe, expect, it } from 'vitest';
import { entry, contentInput } from '../../tests/helpers/content-input';
import { formatProblem } from './content-errors';
import { mdxUsage, syntaxMessage } from './mdx-usage';
import { outline } from './markdown-outline';

const article = (body: string, file = 'content/background/a.mdx') => entry('background', 'a', {}, { file, where: file, body, bodyLine: 6 });
const messages = (body: string, file?: string) =>
  mdxUsage(contentInput({ figures: [entry('figures', 'forced-labour-2021', {})], background: [article(body, file)] })).map(formatProblem);

describe('mdxUsage', () => {
  it('accepts the components as documented, comments and HTML', () => {
    expect(
      messages(
        'Text <Figure id="forced-labour-2021" inline /> more {/* a note */}.\n\n<Figure id="forced-labour-2021" />\n\n<abbr title="x">X</abbr>\n',
      ),
    ).toEqual([]);
  });

  it('reports misused properties at the line of the file', () => {
    expect(messages('A\n\n<Figure id="forced-labour-2021" inline="false" />\n<Figure id={x} />\n')).toEqual([
      'content/background/a.mdx: line 8: <Figure>\'s "inline" takes no value: write the name alone, as in <Figure id="forced-labour-2021" inline />',
      'content/background/a.mdx: line 9: <Figure>\'s "id" needs a value in double quotes, as in <Figure id="forced-labour-2021" inline />',
    ]);
  });

  it('reports an unknown property with no near name, listing those it takes', () => {
    expect(messages('<Figure id="forced-labour-2021" colour="red" />\n')).toEqual([
      'content/background/a.mdx: line 6: <Figure> has no property "colour": it takes "id" and "inline"',
    ]);
  });

  it('reports a line read as code', () => {
    expect(messages('export const a = 1\n\nText.\n')).toEqual([
      'content/background/a.mdx: line 6: this line starts with "import" or "export", which .mdx files read as code: the site\'s components need no import; reword the line so that it starts with another word',
    ]);
  });

  it('checks components in Markdown files too: they do not work there', () => {
    expect(messages('Text <Figure id="forced-labour-2021" /> here.\n', 'content/background/a.md')).toHaveLength(1);
    expect(messages('Text <b>bold</b> here.\n', 'content/background/a.md')).toEqual([]);
  });
});

describe('syntaxMessage', () => {
  const message = (text: string) => syntaxMessage(outline(text, true).error!, text);
  it('says what to write instead, in plain words', () => {
    expect(message('See <https://www.osce.org/>.')).toBe(
      'MDX does not read a web address in angle brackets: write the link as [its text](https://…)',
    );
    expect(message('A {1 +} b')).toBe(
      'in .mdx files braces { } hold code, and this cannot be read as code: to show a brace in the text, write \\{ and \\}',
    );
    expect(message('Line<br>break')).toBe(
      '<br> is not closed: in .mdx files write <br /> for a tag that stands alone, or close it with </br>',
    );
  });
});
