import { describe, expect, it } from 'vitest';
import { SOURCE_LINKS } from '../schemas/source';
import { SOURCE_LINK_TAG, SOURCE_LINK_TEXT } from './source-link';

describe('source link wording', () => {
  it('has a sentence for every kind of link the schema allows', () => {
    expect(Object.keys(SOURCE_LINK_TEXT).sort()).toEqual([...SOURCE_LINKS].sort());
    for (const kind of SOURCE_LINKS) expect(SOURCE_LINK_TEXT[kind], kind).toMatch(/^[A-Z].+\.$/);
  });

  it('tags every link except the publication’s own page, and never calls a weaker page the publication', () => {
    expect(Object.keys(SOURCE_LINK_TAG).sort()).toEqual([...SOURCE_LINKS].sort());
    expect(SOURCE_LINK_TAG.publication).toBeUndefined();
    for (const kind of SOURCE_LINKS.filter((k) => k !== 'publication')) {
      expect(SOURCE_LINK_TAG[kind], kind).toBeTruthy();
      expect(SOURCE_LINK_TEXT[kind], kind).toMatch(
        /not the publication itself|not this edition|not the publisher’s own page|could not confirm/,
      );
    }
  });
});
