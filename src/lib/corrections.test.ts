import { describe, expect, it } from 'vitest';
import { correctionTarget, groupByDate, latestChange, sortCorrections, targetPath, type CorrectionFields } from './corrections';

type E = CorrectionFields & { id: string; title: string };
const e = (id: string, date: string, kind: E['kind'], title: string): E => ({ id, date, kind, title, figure: id });

describe('correctionTarget and targetPath', () => {
  it('names the page of a figure, an article or a session', () => {
    expect(targetPath(correctionTarget({ figure: 'forced-labour-2021' }))).toBe('/figures/forced-labour-2021/');
    expect(targetPath(correctionTarget({ article: 'alliance' }))).toBe('/background/alliance/');
    expect(targetPath(correctionTarget({ session: 'high-level-opening' }))).toBe('/programme/high-level-opening/');
  });
  it('refuses an entry that names nothing', () => {
    expect(() => correctionTarget({})).toThrow(/names no figure/);
  });
});

describe('sortCorrections', () => {
  it('puts the newest first; on one day corrections before updates, then by page title, then by id', () => {
    const entries = [
      e('u-b', '2026-11-30', 'update', 'B page'),
      e('c-z', '2026-11-30', 'correction', 'Z page'),
      e('old', '2026-01-02', 'correction', 'A page'),
      e('c-a2', '2026-11-30', 'correction', 'A page'),
      e('c-a1', '2026-11-30', 'correction', 'A page'),
      e('new', '2026-12-01', 'update', 'Q page'),
    ];
    expect(sortCorrections(entries, (x) => x).map((x) => x.id)).toEqual(['new', 'c-a1', 'c-a2', 'c-z', 'u-b', 'old']);
    expect(sortCorrections([...entries].reverse(), (x) => x).map((x) => x.id)).toEqual(['new', 'c-a1', 'c-a2', 'c-z', 'u-b', 'old']);
  });
});

describe('groupByDate', () => {
  it('groups consecutive entries of one date, keeping their order', () => {
    const groups = groupByDate(['2026-12-01:a', '2026-11-30:b', '2026-11-30:c'], (s) => s.slice(0, 10));
    expect(groups).toEqual([
      { date: '2026-12-01', entries: ['2026-12-01:a'] },
      { date: '2026-11-30', entries: ['2026-11-30:b', '2026-11-30:c'] },
    ]);
    expect(groupByDate([], (s: string) => s)).toEqual([]);
  });
});

describe('latestChange', () => {
  it('gives the latest date, as a correction when any entry of that day is one', () => {
    expect(latestChange([])).toBeUndefined();
    expect(
      latestChange([
        { date: '2026-11-30', kind: 'update' },
        { date: '2026-12-01', kind: 'update' },
        { date: '2026-11-30', kind: 'correction' },
      ]),
    ).toEqual({ date: '2026-12-01', kind: 'update' });
    expect(
      latestChange([
        { date: '2026-12-01', kind: 'update' },
        { date: '2026-12-01', kind: 'correction' },
      ]),
    ).toEqual({ date: '2026-12-01', kind: 'correction' });
  });
});
