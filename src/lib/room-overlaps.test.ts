import { describe, expect, it } from 'vitest';
import { roomOverlaps, type Scheduled } from './room-overlaps';

const at = (id: string, start: string, end: string, room = 'Neuer Saal', day = '2023-04-18'): Scheduled => ({
  id,
  file: `content/programme/${id}.md`,
  day,
  start,
  end,
  room,
});

describe('roomOverlaps', () => {
  it('accepts back-to-back sessions in one room', () => {
    expect(roomOverlaps([at('a', '09:00', '10:00'), at('b', '10:00', '11:00')])).toEqual([]);
  });

  it('reports an overlap on the later session, naming the earlier one', () => {
    expect(roomOverlaps([at('b', '10:30', '12:00'), at('a', '09:30', '11:00')])).toEqual([
      {
        file: 'content/programme/b.md',
        field: 'start',
        message:
          '10:30–12:00 overlaps content/programme/a.md (09:30–11:00) in "Neuer Saal" on 2023-04-18: change the times or the room of one of the two sessions',
      },
    ]);
  });

  it('catches a session inside another and rooms written differently', () => {
    expect(roomOverlaps([at('a', '09:00', '12:00'), at('b', '10:00', '10:30', ' neuer  saal ')]).map((p) => p.file)).toEqual([
      'content/programme/b.md',
    ]);
  });

  it('allows the same time in other rooms, on other days, or without a room or times', () => {
    const list: Scheduled[] = [
      at('a', '09:00', '10:00'),
      at('b', '09:00', '10:00', 'Ratsaal'),
      at('c', '09:00', '10:00', 'Neuer Saal', '2023-04-19'),
      { ...at('d', '09:00', '10:00'), room: undefined },
      { id: 'e', file: 'content/programme/e.md', day: '2023-04-18', room: 'Neuer Saal' },
    ];
    expect(roomOverlaps(list)).toEqual([]);
  });

  it('reports every clashing pair', () => {
    const list = [at('a', '09:00', '11:00'), at('b', '09:30', '10:00'), at('c', '09:45', '10:30')];
    expect(roomOverlaps(list).map((p) => `${p.file} / ${p.message.split(' ')[2]}`)).toEqual([
      'content/programme/b.md / content/programme/a.md',
      'content/programme/c.md / content/programme/a.md',
      'content/programme/c.md / content/programme/b.md',
    ]);
  });
});
