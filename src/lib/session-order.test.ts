import { describe, expect, it } from 'vitest';
import { orderSessions, type Orderable } from './session-order';

const ids = (list: Orderable[]) => orderSessions(list, (s) => s).map((s) => s.id);
const s = (id: string, day: string, order: number, start?: string, end?: string): Orderable => ({ id, day, order, start, end });

describe('orderSessions', () => {
  it('orders untimed sessions by day, then by order', () => {
    expect(ids([s('c', '2023-04-19', 1), s('b', '2023-04-18', 2), s('a', '2023-04-18', 1)])).toEqual(['a', 'b', 'c']);
  });

  it('orders timed sessions by start time, whatever their order says', () => {
    expect(ids([s('late', '2023-04-18', 1, '14:00', '15:00'), s('early', '2023-04-18', 2, '09:30', '11:00')])).toEqual(['early', 'late']);
  });

  it('breaks a shared start on the end time, then order, then id', () => {
    const list = [
      s('long', '2023-04-18', 1, '09:00', '12:00'),
      s('short', '2023-04-18', 3, '09:00', '10:00'),
      s('b', '2023-04-18', 2, '13:00', '14:00'),
      s('a', '2023-04-18', 2, '13:00', '14:00'),
    ];
    expect(ids(list)).toEqual(['short', 'long', 'a', 'b']);
  });

  it('keeps an untimed session after the timed session that precedes it in order', () => {
    const list = [
      s('closing', '2023-04-18', 5),
      s('panel', '2023-04-18', 4, '14:00', '15:30'),
      s('side', '2023-04-18', 1),
      s('opening', '2023-04-18', 2, '10:00', '11:00'),
      s('lunch-talk', '2023-04-18', 3),
    ];
    expect(ids(list)).toEqual(['side', 'opening', 'lunch-talk', 'panel', 'closing']);
  });

  it('anchors on order, not on time, when the two disagree', () => {
    // "b" is second by order but runs first; "gap" follows "b" in order, so it follows it in time too.
    const list = [s('a', '2023-04-18', 1, '14:00', '15:00'), s('b', '2023-04-18', 2, '09:00', '10:00'), s('gap', '2023-04-18', 3)];
    expect(ids(list)).toEqual(['b', 'gap', 'a']);
  });

  it('does not let a timed session of another day anchor an untimed one', () => {
    expect(ids([s('x', '2023-04-19', 2), s('y', '2023-04-18', 1, '09:00', '10:00'), s('z', '2023-04-19', 3, '08:00', '09:00')])).toEqual([
      'y',
      'x',
      'z',
    ]);
  });

  it('does not depend on input order and leaves the input alone', () => {
    const list = [s('a', '2023-04-18', 2), s('b', '2023-04-18', 1, '09:00', '10:00'), s('c', '2023-04-18', 2)];
    const copy = [...list];
    expect(ids(list)).toEqual(ids([...list].reverse()));
    expect(list).toEqual(copy);
  });

  it('orders whole content entries through the fields picker', () => {
    const entries = [
      { id: 'two', data: { day: '2023-04-18', order: 2 } },
      { id: 'one', data: { day: '2023-04-18', order: 1 } },
    ];
    expect(orderSessions(entries, (e) => ({ id: e.id, ...e.data })).map((e) => e.id)).toEqual(['one', 'two']);
  });
});
