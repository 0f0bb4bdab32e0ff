import { describe, expect, it } from 'vitest';
import { conferenceEvent, sessionEvent } from './event-json-ld';
import { jsonForScript } from './json-html';

const conference = {
  name: 'Test Conference',
  startDate: '2023-04-18',
  endDate: '2023-04-19',
  utcOffset: '+02:00',
  theme: 'A theme',
  organiser: 'An organiser',
  venue: { name: 'Hall', city: 'Vienna', country: 'Austria' },
};

describe('conferenceEvent', () => {
  it('dates the conference by its days and places it at the venue', () => {
    const e = conferenceEvent(conference);
    expect(e).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Test Conference',
      startDate: '2023-04-18',
      endDate: '2023-04-19',
    });
    expect(e.location).toMatchObject({ name: 'Hall', address: { addressLocality: 'Vienna', addressCountry: 'Austria' } });
    expect(e.organizer).toEqual({ '@type': 'Organization', name: 'An organiser' });
  });
});

describe('sessionEvent', () => {
  const url = 'https://site.test/programme/opening/';

  it('gives a timed session its local times with the offset, its room, and the conference as super-event', () => {
    const e = sessionEvent({ title: 'Opening', day: '2023-04-18', start: '09:30', end: '10:00', room: 'Room A' }, conference, url);
    expect(e.startDate).toBe('2023-04-18T09:30+02:00');
    expect(e.endDate).toBe('2023-04-18T10:00+02:00');
    expect(e.url).toBe(url);
    expect(e.location).toMatchObject({ name: 'Room A, Hall' });
    expect(e.superEvent).toMatchObject({ '@type': 'Event', name: 'Test Conference' });
    expect(e.superEvent).not.toHaveProperty('@context');
  });

  it('dates an untimed session by its day alone', () => {
    const e = sessionEvent({ title: 'Side event', day: '2023-04-19' }, conference, url);
    expect([e.startDate, e.endDate]).toEqual(['2023-04-19', '2023-04-19']);
    expect(e.location).toMatchObject({ name: 'Hall' });
  });

  it('keeps a hostile title inside its script element', () => {
    const e = sessionEvent({ title: '</script><script>alert(1)</script>', day: '2023-04-19' }, conference, url);
    const printed = jsonForScript(e);
    expect(printed).not.toContain('</script');
    expect(JSON.parse(printed).name).toBe('</script><script>alert(1)</script>');
  });
});
