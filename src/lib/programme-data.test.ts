import { describe, expect, it } from 'vitest';
import { programmeData } from './programme-data';

const conference = {
  name: 'C',
  startDate: '2023-04-18',
  endDate: '2023-04-19',
  timeZone: 'Europe/Vienna',
  utcOffset: '+02:00',
  zoneName: 'CEST',
};
const session = (
  id: string,
  day: string,
  times: { start?: string; end?: string },
  people: { speakers?: string[]; moderators?: string[] } = {},
) => ({
  id,
  data: {
    title: `Title ${id}`,
    officialTitle: false,
    day,
    format: 'panel',
    speakers: people.speakers ?? [],
    moderators: people.moderators ?? [],
    organisations: [],
    ...times,
  },
});
const data = programmeData({
  conference,
  sessions: [
    session('opening', '2023-04-18', { start: '09:30', end: '10:00' }, { speakers: ['ana'] }),
    session('side', '2023-04-19', {}, { moderators: ['ana'] }),
  ],
  speakers: [{ id: 'ana', data: { name: 'Ana', role: 'Director' } }],
  formats: new Map([['panel', 'Panel']]),
  publicUrl: (path) => `https://site.test${path}`,
});

describe('programmeData', () => {
  it('numbers the days and links each to its anchor on the programme', () => {
    expect(data.days).toEqual([
      { number: 1, date: '2023-04-18', url: 'https://site.test/programme/#day-1' },
      { number: 2, date: '2023-04-19', url: 'https://site.test/programme/#day-2' },
    ]);
  });

  it('gives a timed session its offset times and an untimed one nulls', () => {
    const [timed, untimed] = data.sessions as [(typeof data.sessions)[number], (typeof data.sessions)[number]];
    expect(timed).toMatchObject({
      day_number: 1,
      start_iso: '2023-04-18T09:30+02:00',
      end_iso: '2023-04-18T10:00+02:00',
      times_confirmed: true,
      format_label: 'Panel',
    });
    expect(untimed).toMatchObject({ day_number: 2, start: null, end: null, start_iso: null, times_confirmed: false, room: null });
    expect(untimed.ics).toBe('https://site.test/programme/side.ics');
    expect(data.times_confirmed).toBe(false);
  });

  it("lists each speaker's sessions with the part they had, in programme order", () => {
    const [ana] = data.speakers as [(typeof data.speakers)[number]];
    expect(ana).toMatchObject({ organisation: null, url: 'https://site.test/speakers/ana/' });
    expect(ana.sessions).toEqual([
      { id: 'opening', role: 'speaker' },
      { id: 'side', role: 'moderator' },
    ]);
  });
});
