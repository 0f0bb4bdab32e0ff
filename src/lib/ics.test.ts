import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, type CalendarEvent } from './ics';

const timed: CalendarEvent = {
  uid: 'timed@alliance-2023',
  title: 'Panel: laws, policies; and systems',
  description: 'Line one\nLine two, with a comma',
  location: 'Hofburg, Vienna',
  url: 'https://site.test/programme/timed/',
  day: '2023-04-18',
  start: '09:30',
  end: '11:00',
};
const allDay: CalendarEvent = { ...timed, uid: 'all-day@alliance-2023', title: 'Closing', start: undefined, end: undefined, day: '2023-04-19' };

describe('escapeText', () => {
  it('escapes the characters RFC 5545 reserves', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('foldLine', () => {
  it('keeps every physical line within 75 octets, multi-byte characters whole', () => {
    const folded = foldLine(`DESCRIPTION:${'Zürich – Wien '.repeat(20)}`);
    for (const physical of folded.split('\r\n')) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'Zürich – Wien '.repeat(20)}`);
  });
});

describe('buildCalendar', () => {
  const text = buildCalendar([timed, allDay], { name: 'Alliance 2023', stamp: '20230401T000000Z' });

  it('uses CRLF line ends throughout', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('parses with ical.js, with Vienna summer time for timed events', () => {
    const comp = new ICAL.Component(ICAL.parse(text));
    const tz = comp.getFirstSubcomponent('vtimezone');
    expect(tz).not.toBeNull();
    ICAL.TimezoneService.register(tz!);
    const [first, second] = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(first!.uid).toBe('timed@alliance-2023');
    expect(first!.summary).toBe('Panel: laws, policies; and systems');
    expect(first!.description).toBe('Line one\nLine two, with a comma');
    expect(first!.startDate.toJSDate().toISOString()).toBe('2023-04-18T07:30:00.000Z');
    expect(first!.endDate.toJSDate().toISOString()).toBe('2023-04-18T09:00:00.000Z');
    expect(second!.startDate.isDate).toBe(true);
    expect(second!.startDate.toString()).toBe('2023-04-19');
    expect(second!.endDate.toString()).toBe('2023-04-20');
  });

  it('switches between Vienna summer and winter time by the EU rules', () => {
    const winter = { ...timed, uid: 'winter@alliance-2023', day: '2023-01-17' };
    const lastSummerDay = { ...timed, uid: 'october@alliance-2023', day: '2023-10-28' };
    const firstWinterDay = { ...timed, uid: 'october-2@alliance-2023', day: '2023-10-29' };
    const comp = new ICAL.Component(ICAL.parse(buildCalendar([winter, lastSummerDay, firstWinterDay], { name: 'x', stamp: '20230401T000000Z' })));
    ICAL.TimezoneService.register(comp.getFirstSubcomponent('vtimezone')!);
    const starts = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toJSDate().toISOString());
    expect(starts).toEqual(['2023-01-17T08:30:00.000Z', '2023-10-28T07:30:00.000Z', '2023-10-29T08:30:00.000Z']);
  });

  it('leaves the timezone out when no event is timed', () => {
    expect(buildCalendar([allDay], { name: 'x', stamp: '20230401T000000Z' })).not.toContain('VTIMEZONE');
  });

  it('rejects a malformed stamp', () => {
    expect(() => buildCalendar([], { name: 'x', stamp: '2023-04-01' })).toThrow('DTSTAMP');
  });
});
