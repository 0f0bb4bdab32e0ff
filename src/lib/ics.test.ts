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
const allDay: CalendarEvent = {
  ...timed,
  uid: 'all-day@alliance-2023',
  title: 'Closing',
  start: undefined,
  end: undefined,
  day: '2023-04-19',
};

describe('escapeText', () => {
  it('escapes the characters RFC 5545 reserves', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('turns every kind of line break into \\n: CRLF, a lone LF and a lone CR', () => {
    expect(escapeText('a\r\nb\nc\rd')).toBe('a\\nb\\nc\\nd');
  });

  it('drops the control characters TEXT may not hold, keeping the tab', () => {
    const controls = [...Array(32).keys()].map((c) => String.fromCharCode(c)).join('') + '\u007f';
    expect(escapeText(`x${controls}y`)).toBe('x\t\\n\\ny'); // LF then CR: two line breaks
    expect(escapeText('x\u0000\u001b[31m\u007fy')).toBe('x[31my');
  });
});

describe('foldLine', () => {
  it('keeps every physical line within 75 octets, multi-byte characters whole', () => {
    const folded = foldLine(`DESCRIPTION:${'Zürich – Wien '.repeat(20)}`);
    for (const physical of folded.split('\r\n')) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'Zürich – Wien '.repeat(20)}`);
  });
});

describe('foldLine at the octet limit', () => {
  it('never splits a UTF-8 sequence, whatever its length falls on', () => {
    for (const pad of [72, 73, 74]) {
      for (const char of ['é', '–', '😀']) {
        const line = `${'x'.repeat(pad)}${char.repeat(40)}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) {
          const bytes = new TextEncoder().encode(physical);
          expect(bytes.length).toBeLessThanOrEqual(75);
          expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(physical);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }
    }
  });
});

describe('buildCalendar with hostile text', () => {
  const injected = 'END:VEVENT\rBEGIN:VEVENT\rUID:evil@example\rDTSTART:20230418T090000Z\rSUMMARY:Fake session\rEND:VEVENT';
  const hostile: CalendarEvent = {
    ...timed,
    uid: 'hostile@alliance-2023',
    title: `Opening\r${injected}`,
    description: `Text\r\nBEGIN:VALARM\nACTION:DISPLAY\u0000\u001b\rEND:VALARM`,
    location: `Hofburg\rBEGIN:VEVENT`,
  };
  const text = buildCalendar([hostile, allDay], { name: 'Alliance\rX-INJECTED:1', stamp: '20230401T000000Z' });
  const comp = new ICAL.Component(ICAL.parse(text));

  it('keeps a lone CR followed by BEGIN:VEVENT inside its own event: ical.js reads exactly the events written', () => {
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(['hostile@alliance-2023', 'all-day@alliance-2023']);
    expect(events[0]!.summary).toBe(`Opening\n${injected.replace(/\r/g, '\n')}`);
    expect(events[0]!.location).toBe('Hofburg\nBEGIN:VEVENT');
    expect(comp.getAllSubcomponents('valarm')).toEqual([]);
    expect(events[0]!.component.getAllSubcomponents()).toEqual([]);
    expect(comp.getFirstPropertyValue('x-injected')).toBeNull();
  });

  it('writes no control character but the CRLF line ends, and every component line starts where it should', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
    const begins = text.split('\r\n').filter((l) => l.startsWith('BEGIN:'));
    expect(begins).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', 'BEGIN:DAYLIGHT', 'BEGIN:STANDARD', 'BEGIN:VEVENT', 'BEGIN:VEVENT']);
  });

  it('refuses a line that would carry a raw line break from a field it does not escape', () => {
    expect(() =>
      buildCalendar([{ ...timed, url: 'https://site.test/\r\nBEGIN:VEVENT' }], { name: 'x', stamp: '20230401T000000Z' }),
    ).toThrow(/control character/);
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
    const comp = new ICAL.Component(
      ICAL.parse(buildCalendar([winter, lastSummerDay, firstWinterDay], { name: 'x', stamp: '20230401T000000Z' })),
    );
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
