import { describe, expect, it } from 'vitest';
import { findHiddenCharacter, hiddenCharacterProblems, isNameField, plainLine, withoutHiddenCharacters } from './hidden-characters';

describe('hiddenCharacterProblems', () => {
  it('names the file, the field and the character for a bidirectional override in a title', () => {
    expect(hiddenCharacterProblems('content/figures/x.md', { title: 'Victims \u202Eeldnah', value: 1 })).toEqual([
      {
        file: 'content/figures/x.md',
        field: 'title',
        message:
          '"title" holds an invisible U+202E RIGHT-TO-LEFT OVERRIDE at character 9: it changes how the text reads without being seen. Delete it (retype the words around it)',
      },
    ]);
  });

  it('finds zero-width characters and isolates in nested names and lists, with editors’ field paths', () => {
    const data = {
      name: 'Helga\u200BSchmid',
      source: { publisher: 'ILO', title: 'Global\u2066 Estimates' },
      sources: [{ title: 'ok' }, { title: 'Report\uFEFF' }],
      organisations: ['OSCE', 'UN\u2060ODC'],
      venue: { name: 'Hof\u200Dburg', city: 'Vienna' },
      officialTitle: 'Panel\u202D',
    };
    expect(hiddenCharacterProblems('f', data).map((p) => p.field)).toEqual([
      'name',
      'source.title',
      'sources[2].title',
      'organisations[2]',
      'venue.name',
      'officialTitle',
    ]);
  });

  it('leaves body-like fields, dates and numbers alone, and passes clean names', () => {
    expect(
      hiddenCharacterProblems('f', { title: 'Forced labour – 2021', caveat: 'emoji 👩‍👧 uses a joiner', year: 2021, date: new Date(0) }),
    ).toEqual([]);
  });

  it('reports every one of the listed characters', () => {
    for (const c of [
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      expect(hiddenCharacterProblems('f', { title: `a${c}b` }), c.codePointAt(0)!.toString(16)).toHaveLength(1);
    }
  });
});

describe('isNameField', () => {
  it('knows titles and names by their key', () => {
    for (const key of ['title', 'name', 'display', 'question', 'label', 'shortName', 'officialTitle', 'sortName', 'publisher'])
      expect(isNameField(key), key).toBe(true);
    for (const key of ['caveat', 'summary', 'description', 'scope', 'url']) expect(isNameField(key), key).toBe(false);
  });
});

describe('findHiddenCharacter', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(findHiddenCharacter('😀\u202E')).toEqual({ char: '\u202E', position: 2 });
    expect(findHiddenCharacter('plain')).toBeUndefined();
  });
});

describe('withoutHiddenCharacters', () => {
  it('removes bidirectional controls, zero-width and control characters and keeps the words', () => {
    expect(withoutHiddenCharacters('\u202Etxt.exe\u202C 27\u200B.6\u0007 million\u2066')).toBe('txt.exe 27.6 million');
    expect(withoutHiddenCharacters('Zürich – 2017–2021')).toBe('Zürich – 2017–2021');
  });
});

describe('plainLine', () => {
  it('removes bidirectional overrides, embeddings, isolates and marks', () => {
    expect(plainLine('27.6\u202E noillim\u202C')).toBe('27.6 noillim');
    expect(plainLine('\u2066a\u2069 \u2067b\u2069 \u2068c\u2069 \u202Ad\u202C \u202Be\u202C \u200Ef\u200F \u061Cg')).toBe('a b c d e f g');
  });
  it('removes zero-width characters, the byte-order mark and control characters', () => {
    expect(plainLine('\uFEFFfor\u200Bced\u200C la\u200Dbour\u2060 \u0007bell\u0000 \u009Bc1')).toBe('forced labour bell c1');
  });
  it('turns line breaks and tabs into single spaces and trims', () => {
    expect(plainLine('  People\n\tin\r\nforced   labour ')).toBe('People in forced labour');
  });
  it('keeps markup characters and every visible letter as they are: escaping is the output’s job', () => {
    expect(plainLine('a < b & </text> "q" ’ – é 中文')).toBe('a < b & </text> "q" ’ – é 中文');
  });
});
