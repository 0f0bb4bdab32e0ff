import { describe, expect, it } from 'vitest';
import { figureRefsIn, splitFigureRefs } from './figure-refs';

const text = 'A third of the {forced-labour-2021} are children; UNODC says {children-detected-share-2020}.';

describe('figure references in code-written text', () => {
  it('splits text and references in order', () => {
    expect(splitFigureRefs(text)).toEqual([
      { text: 'A third of the ' },
      { figure: 'forced-labour-2021' },
      { text: ' are children; UNODC says ' },
      { figure: 'children-detected-share-2020' },
      { text: '.' },
    ]);
    expect(splitFigureRefs('{a}')).toEqual([{ figure: 'a' }]);
    expect(splitFigureRefs('no figure')).toEqual([{ text: 'no figure' }]);
  });

  it('lists the ids', () => {
    expect(figureRefsIn(text)).toEqual(['forced-labour-2021', 'children-detected-share-2020']);
  });

  it('leaves braces that are not ids alone', () => {
    expect(splitFigureRefs('a {Not An Id} b')).toEqual([{ text: 'a {Not An Id} b' }]);
  });
});
