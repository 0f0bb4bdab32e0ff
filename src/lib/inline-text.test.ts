import { describe, expect, it } from 'vitest';
import { figureRefsIn, inlineItems, isTextValue, linkKind, linksIn, plainText, splitInline, splitPieces, valueRefsIn } from './inline-text';

const text = 'A third of the {forced-labour-2021} are children; UNODC says {children-detected-share-2020}.';

describe('splitPieces', () => {
  it('splits words, figures and values in order', () => {
    expect(splitPieces(text)).toEqual([
      { text: 'A third of the ' },
      { figure: 'forced-labour-2021' },
      { text: ' are children; UNODC says ' },
      { figure: 'children-detected-share-2020' },
      { text: '.' },
    ]);
    expect(splitPieces('{a}')).toEqual([{ figure: 'a' }]);
    expect(splitPieces('At the {conference.name}.')).toEqual([{ text: 'At the ' }, { value: 'conference.name' }, { text: '.' }]);
    expect(splitPieces('no figure')).toEqual([{ text: 'no figure' }]);
  });

  it('leaves braces that are neither an id nor a value name alone', () => {
    expect(splitPieces('a {Not An Id} {x.} {.y} b')).toEqual([{ text: 'a {Not An Id} {x.} {.y} b' }]);
  });
});

describe('splitInline', () => {
  it('finds links, with references inside their words', () => {
    expect(splitInline('See the [{figures.count} figures](/figures/) or [the timeline](#timeline).')).toEqual([
      { text: 'See the ' },
      { link: '/figures/', children: [{ value: 'figures.count' }, { text: ' figures' }] },
      { text: ' or ' },
      { link: '#timeline', children: [{ text: 'the timeline' }] },
      { text: '.' },
    ]);
  });

  it('keeps brackets that are not a link as words', () => {
    expect(splitInline('[sic] and (this)')).toEqual([{ text: '[sic] and (this)' }]);
  });
});

describe('references and links', () => {
  it('lists figure ids and value names, links included', () => {
    expect(figureRefsIn(`${text} [{identified-share-2021}](/x/)`)).toEqual([
      'forced-labour-2021',
      'children-detected-share-2020',
      'identified-share-2021',
    ]);
    expect(valueRefsIn('{conference.name} [{figures.count}](/figures/) {forced-labour-2021}')).toEqual([
      'conference.name',
      'figures.count',
    ]);
    expect(linksIn('[a](/a/) and [b](https://www.osce.org/)')).toEqual([
      { words: 'a', link: '/a/' },
      { words: 'b', link: 'https://www.osce.org/' },
    ]);
  });

  it('knows the value names', () => {
    expect(isTextValue('conference.name')).toBe(true);
    expect(isTextValue('conference.title')).toBe(false);
    expect(isTextValue('toString')).toBe(false);
  });

  it('accepts links on this site, anchors and https only', () => {
    expect(linkKind('/glossary/#permanent-council')).toBe('internal');
    expect(linkKind('#timeline')).toBe('anchor');
    expect(linkKind('https://www.osce.org/blog/541230')).toBe('external');
    for (const bad of ['javascript:alert(1)', '//evil.example/', 'http://www.osce.org/', 'data:text/html,x', 'glossary/', '#a b']) {
      expect(linkKind(bad), bad).toBeUndefined();
    }
  });
});

describe('plainText', () => {
  const resolve = {
    figure: (id: string) => (id === 'forced-labour-2021' ? '27.6 million' : undefined),
    value: (n: string) => (n === 'figures.count' ? '35' : undefined),
  };

  it('writes figures as their value, values filled in and links as their words', () => {
    expect(plainText('All [{figures.count} figures](/figures/): {forced-labour-2021}.', resolve)).toBe('All 35 figures: 27.6 million.');
  });

  it('leaves unknown references as written', () => {
    expect(plainText('{nope} {no.such}', resolve)).toBe('{nope} {no.such}');
  });
});

describe('inlineItems', () => {
  const resolve = {
    figure: (id: string) =>
      id === 'forced-labour-2021' ? { display: '27.6 million', href: '/figures/forced-labour-2021/', title: 'People (2021)' } : undefined,
    value: (n: string) => (n === 'figures.count' ? '35' : undefined),
    link: (link: string) => (link.startsWith('https:') ? { href: link, rel: 'noopener noreferrer' } : { href: `/base${link}` }),
  };

  it('turns figures, values and links into items', () => {
    expect(
      inlineItems('The {forced-labour-2021} of [{figures.count} figures](/figures/) ([OSCE](https://www.osce.org/)).', resolve),
    ).toEqual([
      { text: 'The ' },
      { href: '/figures/forced-labour-2021/', title: 'People (2021)', words: '27.6 million' },
      { text: ' of ' },
      { href: '/base/figures/', words: '35 figures' },
      { text: ' (' },
      { href: 'https://www.osce.org/', rel: 'noopener noreferrer', words: 'OSCE' },
      { text: ').' },
    ]);
  });

  it('keeps hostile text as words and refuses hostile links', () => {
    const hostile =
      '<script>alert(1)</script> [x](javascript:alert) [y](//evil.example/) {forced-labour-2021}"><img src=x onerror=alert(1)>';
    const items = inlineItems(hostile, resolve);
    expect(items).toEqual([
      { text: '<script>alert(1)</script> ' },
      { text: 'x' },
      { text: ' ' },
      { text: 'y' },
      { text: ' ' },
      { href: '/figures/forced-labour-2021/', title: 'People (2021)', words: '27.6 million' },
      { text: '"><img src=x onerror=alert(1)>' },
    ]);
    // Only figure pages and accepted addresses become links; everything else is text for Astro to escape.
    expect(items.filter((i) => 'href' in i).map((i) => ('href' in i ? i.href : ''))).toEqual(['/figures/forced-labour-2021/']);
  });

  it('shows a figure with a hostile value as words inside its link', () => {
    const evil = { ...resolve, figure: () => ({ display: '<b>1</b>', href: '/figures/x/', title: '"onmouseover="x' }) };
    expect(inlineItems('{x}', evil)).toEqual([{ href: '/figures/x/', title: '"onmouseover="x', words: '<b>1</b>' }]);
  });
});
