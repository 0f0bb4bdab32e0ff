import { describe, expect, it } from 'vitest';
import {
  conferenceDays,
  dayAnchor,
  formatAnchor,
  formatsIn,
  isoLocal,
  roleLine,
  sessionsOf,
  timeLabel,
  utcLabel,
  zoneLabel,
} from './programme';

describe('programme days and anchors', () => {
  it('lists every day of the conference, across a month end', () => {
    expect(conferenceDays('2023-04-18', '2023-04-19')).toEqual(['2023-04-18', '2023-04-19']);
    expect(conferenceDays('2023-04-30', '2023-05-01')).toEqual(['2023-04-30', '2023-05-01']);
    expect(conferenceDays('2023-04-18', '2023-04-18')).toEqual(['2023-04-18']);
  });
  it('names day and format anchors', () => {
    expect(dayAnchor(0)).toBe('day-1');
    expect(formatAnchor('side-event')).toBe('format-side-event');
  });
  it('lists the formats in use in the order given', () => {
    expect(formatsIn([{ format: 'closing' }, { format: 'panel' }, { format: 'panel' }], ['opening', 'panel', 'closing'])).toEqual([
      'panel',
      'closing',
    ]);
  });
});

describe('programme times', () => {
  it('writes machine-readable local times with their offset', () => {
    expect(isoLocal('2023-04-18', '09:30', '+02:00')).toBe('2023-04-18T09:30+02:00');
  });
  it('labels confirmed and unconfirmed times', () => {
    expect(timeLabel('09:30', '11:00', 'CEST')).toBe('09:30–11:00 CEST');
    expect(timeLabel(undefined, undefined, 'CEST')).toBe('Time not confirmed');
  });
  it('writes a UTC offset for people', () => {
    expect(utcLabel('+02:00')).toBe('UTC+2');
    expect(zoneLabel('Vienna', 'CEST', '+02:00')).toBe('Vienna time (CEST, UTC+2)');
    expect(utcLabel('+05:30')).toBe('UTC+5:30');
    expect(utcLabel('-03:00')).toBe('UTC−3');
    expect(() => utcLabel('CEST')).toThrow('Not a UTC offset');
  });
});

describe('sessionsOf', () => {
  it("finds a speaker's sessions in the given order, with the part they had", () => {
    const sessions = [
      { id: 'a', data: { speakers: ['x'], moderators: [] } },
      { id: 'b', data: { speakers: ['y'], moderators: ['x'] } },
      { id: 'c', data: { speakers: ['y'], moderators: [] } },
    ];
    expect(sessionsOf('x', sessions).map((s) => `${s.session.id}:${s.role}`)).toEqual(['a:speaker', 'b:moderator']);
    expect(sessionsOf('z', sessions)).toEqual([]);
  });
});

describe('roleLine', () => {
  it('joins role and organisation, or gives the role alone', () => {
    expect(roleLine({ role: 'Founder', organisation: 'Red Alert Task Force' })).toBe('Founder, Red Alert Task Force');
    expect(roleLine({ role: 'OSCE Secretary General' })).toBe('OSCE Secretary General');
  });
});
