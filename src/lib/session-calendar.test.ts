import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from './ics';
import { sessionEvent, stampFromDates, type SessionForCalendar } from './session-calendar';

const conference = { name: 'Test Conference', zoneName: 'CEST', venue: { name: 'Hofburg', city: 'Vienna', country: 'Austria' } };
const timed: SessionForCalendar = {
  id: 'fixture-panel',
  title: 'Fixture panel',
  formatLabel: 'Panel',
  day: '2023-04-18',
  start: '14:00',
  end: '15:30',
  room: 'Room A',
  speakers: ['Jane Doe', 'John Roe'],
};
const untimed: SessionForCalendar = {
  ...timed,
  id: 'fixture-closing',
  formatLabel: 'Closing',
  day: '2023-04-19',
  start: undefined,
  end: undefined,
  room: undefined,
  speakers: [],
};

function parse(sessions: SessionForCalendar[]) {
  const text = buildCalendar(
    sessions.map((s) => sessionEvent(s, conference, `https://site.test/programme/${s.id}/`)),
    { name: 'Test', stamp: stampFromDates(['2023-03-01', undefined, '2023-03-20'], '2023-04-19') },
  );
  const comp = new ICAL.Component(ICAL.parse(text));
  const tz = comp.getFirstSubcomponent('vtimezone');
  if (tz) ICAL.TimezoneService.register(tz);
  return comp.getAllSubcomponents('vevent');
}

describe('sessionEvent', () => {
  it('puts a timed session at its Vienna time, read back in UTC by ical.js', () => {
    const [v] = parse([timed]);
    const event = new ICAL.Event(v!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2023-04-18T12:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2023-04-18T13:30:00.000Z');
    expect(event.uid).toBe('fixture-panel@alliance-2023');
    expect(event.location).toBe('Room A, Hofburg, Vienna, Austria');
    expect(event.description).toBe(
      'Panel at the Test Conference.\nTimes are Vienna time (CEST).\nSpeakers: Jane Doe, John Roe.\nDetails: https://site.test/programme/fixture-panel/',
    );
    expect(v!.getFirstPropertyValue('url')).toBe('https://site.test/programme/fixture-panel/');
  });

  it('makes an untimed session an all-day event on its day that says so', () => {
    const [v] = parse([untimed]);
    const event = new ICAL.Event(v!);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2023-04-19');
    expect(event.description).toContain('Time not confirmed');
    expect(event.location).toBe('Hofburg, Vienna, Austria');
  });
});

describe('stampFromDates', () => {
  it('takes the latest known date at midnight UTC', () => {
    expect(stampFromDates(['2023-03-01', undefined, '2023-03-20', '2023-02-11'], '2023-04-19')).toBe('20230320T000000Z');
  });
  it('falls back when no date is known', () => {
    expect(stampFromDates([undefined], '2023-04-19')).toBe('20230419T000000Z');
  });
  it('rejects a fallback that is not a date', () => {
    expect(() => stampFromDates([], 'April')).toThrow('Not a date');
  });
});
