import { describe, expect, it } from 'vitest';
import type { ContentEntries, PlainEntry } from './content-entry';
import { chartRule } from './chart-rules';
import { disagreementRule } from './disagreement-rules';
import { sectionRule, siteRule } from './section-rules';
import { formatRule, topicRule } from './taxonomy-rules';
import { textRule } from './text-rules';

const figure = (id: string, unit = 'people', topic = 'scale'): PlainEntry => ({
  id,
  file: `content/figures/${id}.md`,
  data: { unit, topic },
});
const listEntry = (file: string, data: Record<string, unknown>): PlainEntry => ({ id: String(data.id), file, data });
const chart = (data: Record<string, unknown>) => listEntry('content/charts.yaml', { id: 'c', topic: 'scale', ...data });
const bar = (figure: string) => ({ figure, label: figure });
const base: ContentEntries = {
  figures: [figure('a'), figure('b'), figure('share', 'percent')],
  topics: [listEntry('content/topics.yaml', { id: 'scale' }), listEntry('content/topics.yaml', { id: 'children' })],
  sessionFormats: [listEntry('content/session-formats.yaml', { id: 'panel' })],
};

describe('chartRule', () => {
  it('accepts bars that name figures of one unit', () => {
    expect(chartRule({ ...base, charts: [chart({ total: bar('a'), parts: [bar('b')] })] })).toEqual([]);
  });

  it('names the bar whose figure does not exist', () => {
    expect(chartRule({ ...base, charts: [chart({ total: bar('nope'), parts: [bar('a'), bar('gone')] })] })).toEqual([
      {
        file: 'content/charts.yaml (entry "c")',
        field: 'total.figure',
        message: '"nope" is not a known id: no file content/figures/nope.md exists. Check the spelling or add that file',
      },
      {
        file: 'content/charts.yaml (entry "c")',
        field: 'parts[2].figure',
        message: '"gone" is not a known id: no file content/figures/gone.md exists. Check the spelling or add that file',
      },
    ]);
  });

  it('refuses bars of different units, naming each', () => {
    const [problem] = chartRule({ ...base, charts: [chart({ parts: [bar('a'), bar('share'), bar('b')] })] });
    expect(problem?.message).toBe(
      'the bars must all count the same unit, to be drawn to one scale; found people (a, b); percent (share). Put the other figures in a chart of their own',
    );
  });

  it('does not stumble on a chart whose fields are wrong', () => {
    expect(chartRule({ ...base, charts: [chart({ total: 'a', parts: 'b' }), chart({ parts: [null, 3, {}] })] })).toEqual([]);
  });
});

describe('disagreementRule', () => {
  it('names each figure that does not exist', () => {
    const note = listEntry('content/disagreements.yaml', { id: 'n', figures: ['a', 'x', 7] });
    expect(disagreementRule({ ...base, disagreements: [note] })).toEqual([
      {
        file: 'content/disagreements.yaml (entry "n")',
        field: 'figures',
        message: '"x" is not a known id: no file content/figures/x.md exists. Check the spelling or add that file',
      },
    ]);
  });
});

describe('topicRule and formatRule', () => {
  it("check a figure's and a chart's topic against the topics", () => {
    const content = { ...base, figures: [figure('a', 'people', 'scael')], charts: [chart({ topic: 'kids', parts: [bar('a')] })] };
    expect(topicRule(content).map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'content/figures/a.md: topic: "scael" is not a topic: use one of scale and children (the ids in content/topics.yaml), or add it there',
      'content/charts.yaml (entry "c"): topic: "kids" is not a topic: use one of scale and children (the ids in content/topics.yaml), or add it there',
    ]);
  });

  it("check a session's format, and say where to add one when there are none", () => {
    const sessions = [{ id: 's', file: 'content/programme/s.md', data: { format: 'plenary' } }];
    expect(formatRule({ ...base, sessions })[0]?.message).toBe(
      '"plenary" is not a session format: use one of panel (the ids in content/session-formats.yaml), or add it there',
    );
    expect(formatRule({ sessions })[0]?.message).toBe('"plenary" is not a session format: add it to content/session-formats.yaml');
  });
});

describe('textRule', () => {
  const section = (data: Record<string, unknown>, body = ''): PlainEntry => ({ id: 'home', file: 'content/sections/home.md', data, body });

  it('checks figures, values and links in every text, naming the field', () => {
    const content = {
      ...base,
      sections: [
        section(
          {
            title: '{conference.name}',
            description: 'At the {conference.title}',
            parts: [{ id: 'p', text: 'See [the glossary](glossary/) and {b}.', links: [{ label: '{nope}' }] }],
          },
          'Body with {c}.',
        ),
      ],
      site: [
        {
          id: 'site',
          file: 'content/site.yaml',
          data: { footer: 'By the {conference.organiser}.', status: { concluded: { sentence: 'Done on {conference.day}.' } } },
        },
      ],
    };
    const problems = textRule(content);
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      'content/sections/home.md: description',
      'content/sections/home.md: parts[1].text',
      'content/sections/home.md: parts[1].links[1].label',
      'content/sections/home.md: introduction',
      'content/site.yaml: status.concluded.sentence',
    ]);
    expect(problems[0]?.message).toBe(
      '{conference.title} is not a value the site fills in: use one of {conference.name}, {conference.shortName}, {conference.dates}, {conference.venue}, {conference.city}, {conference.country}, {conference.organiser}, {conference.theme}, {conference.zone}, {figures.count}, {articles.count}, {sessions.count}, {speakers.count}',
    );
    expect(problems[2]?.message).toBe(
      '{nope} names no figure: no file content/figures/nope.md exists. Check the spelling, or use the id of an existing figure',
    );
  });

  it('checks the texts of charts, notes and topics', () => {
    const content = {
      ...base,
      charts: [chart({ summary: 'The {a} and {zz}.', parts: [bar('a')] })],
      disagreements: [listEntry('content/disagreements.yaml', { id: 'n', text: '{yy}' })],
      topics: [listEntry('content/topics.yaml', { id: 'scale', intro: '{xx}' })],
    };
    expect(textRule(content).map((p) => `${p.file}: ${p.field}`)).toEqual([
      'content/charts.yaml (entry "c"): summary',
      'content/disagreements.yaml (entry "n"): text',
      'content/topics.yaml (entry "scale"): intro',
    ]);
  });
});

describe('sectionRule', () => {
  const all = ['home', 'figures', 'background', 'programme', 'speakers', 'conference', 'search', 'not-found', 'changes'];
  const parts: Record<string, unknown[]> = {
    home: [
      { id: 'key-figures', heading: 'h', links: [{}] },
      { id: 'explore', heading: 'h' },
    ],
    figures: [
      { id: 'note', text: 't' },
      { id: 'downloads', heading: 'h', text: 't' },
      { id: 'topics', heading: 'h' },
      { id: 'differ', heading: 'h', text: 't' },
    ],
    background: [
      { id: 'reading', text: 't' },
      { id: 'articles', heading: 'h' },
      { id: 'timeline', heading: 'h', text: 't' },
    ],
    programme: [{ id: 'untimed', text: 't' }],
    search: [
      { id: 'suggest-figures', heading: 'h' },
      { id: 'suggest-more', heading: 'h', links: [{}] },
      { id: 'try', heading: 'h' },
    ],
  };
  const sections = (change: (id: string, data: Record<string, unknown>) => Record<string, unknown> | undefined = (_, d) => d) =>
    all.flatMap((id) => {
      const data = change(id, { parts: parts[id] ?? [] });
      return data ? [{ id, file: `content/sections/${id}.md`, data }] : [];
    });

  it('accepts every page with its parts', () => {
    expect(sectionRule({ sections: sections() })).toEqual([]);
  });

  it('names a missing page file, and one that is no section page', () => {
    const content = {
      sections: [
        ...sections((id, d) => (id === 'search' ? undefined : d)),
        { id: 'glossary', file: 'content/sections/glossary.md', data: {} },
      ],
    };
    expect(sectionRule(content).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/sections/glossary.md: is not a section page: the section pages are home, figures, background, programme, speakers, conference, search, not-found and changes. A page of its own goes in content/pages/',
      'content/sections/search.md: is missing: the page /search/ takes its title, description and introduction from it',
    ]);
  });

  it('names missing, unknown, doubled and incomplete parts', () => {
    const content = {
      sections: sections((id, d) =>
        id === 'figures'
          ? {
              parts: [
                { id: 'note', text: 't', heading: 'extra' },
                { id: 'downloads', text: 't' },
                { id: 'diffr', heading: 'h' },
                { id: 'note', text: 't' },
                { id: 'topics', heading: 'h' },
              ],
            }
          : id === 'speakers'
            ? { parts: [{ id: 'intro' }], searches: ['x'] }
            : d,
      ),
    };
    expect(sectionRule(content).map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'content/sections/figures.md: parts[1].heading: the page shows no heading for the part "note" (only text): remove it',
      'content/sections/figures.md: parts[2].heading: the part "downloads" needs a heading: the page shows it',
      'content/sections/figures.md: parts[3].id: "diffr" is not a part of this page: its parts are note, downloads, topics and differ',
      'content/sections/figures.md: parts[4].id: "note" is used twice: keep one of the two parts',
      'content/sections/figures.md: parts: the page needs a part with id "differ", with heading and text: add it',
      'content/sections/speakers.md: parts[1].id: "intro" is not a part of this page: it has no parts, so remove "parts"',
      'content/sections/speakers.md: searches: only the search page shows searches to try: remove them',
    ]);
  });

  it('takes a summary from the sections the home page lists, and from no other page', () => {
    const content = { sections: sections((id, d) => (id === 'figures' || id === 'search' ? { ...d, summary: 's' } : d)) };
    expect(sectionRule(content).map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'content/sections/search.md: summary: the home page shows a summary for its sections only (figures, background, programme, speakers and conference): remove it',
    ]);
  });

  it('asks for content/site.yaml', () => {
    expect(siteRule({})).toEqual([
      {
        file: 'content/site.yaml',
        field: '',
        message: 'is missing: every page takes its footer and the wording of the conference status from it',
      },
    ]);
    expect(siteRule({ site: [{ id: 'site', file: 'content/site.yaml', data: {} }] })).toEqual([]);
  });
});

describe('the editorial rules', () => {
  it('never throw on malformed data', () => {
    const junk: ContentEntries = Object.fromEntries(
      ['figures', 'charts', 'disagreements', 'topics', 'sessionFormats', 'sessions', 'sections', 'site'].map((n) => [
        n,
        [
          {
            id: 'x',
            file: `content/${n}`,
            data: { topic: 1, format: null, parts: [null, 'p', { id: 3, links: 'l' }], status: 'x', figures: {}, total: [] },
          },
        ],
      ]),
    );
    for (const rule of [topicRule, formatRule, chartRule, disagreementRule, textRule, sectionRule, siteRule])
      expect(() => rule(junk)).not.toThrow();
  });
});
