/** schema.org Event records (printed as JSON-LD) for the conference and for each of its sessions. */
import { isoLocal } from './programme';

export interface ConferenceForEvent {
  name: string;
  startDate: string;
  endDate: string;
  utcOffset: string;
  theme: string;
  organiser: string;
  venue: { name: string; city: string; country: string };
}

export interface SessionForEvent {
  title: string;
  day: string;
  start?: string;
  end?: string;
  room?: string;
}

const SCHEMA = 'https://schema.org';

function place(venue: ConferenceForEvent['venue'], room?: string) {
  return {
    '@type': 'Place',
    name: room ? `${room}, ${venue.name}` : venue.name,
    address: { '@type': 'PostalAddress', addressLocality: venue.city, addressCountry: venue.country },
  };
}

function eventOf(c: ConferenceForEvent) {
  return {
    '@type': 'Event',
    name: c.name,
    startDate: c.startDate,
    endDate: c.endDate,
    eventStatus: `${SCHEMA}/EventScheduled`,
    description: c.theme,
    eventAttendanceMode: `${SCHEMA}/OfflineEventAttendanceMode`,
    location: place(c.venue),
    organizer: { '@type': 'Organization', name: c.organiser },
  };
}

/** The conference as an Event. */
export function conferenceEvent(c: ConferenceForEvent): Record<string, unknown> {
  return { '@context': SCHEMA, ...eventOf(c) };
}

/**
 * One session as an Event within the conference: dated with its local time and offset when its
 * times are confirmed, else with its day alone.
 */
export function sessionEvent(s: SessionForEvent, c: ConferenceForEvent, pageUrl: string): Record<string, unknown> {
  const at = (time?: string) => (time ? isoLocal(s.day, time, c.utcOffset) : s.day);
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    name: s.title,
    url: pageUrl,
    startDate: at(s.start),
    endDate: at(s.end),
    eventStatus: `${SCHEMA}/EventScheduled`,
    eventAttendanceMode: `${SCHEMA}/OfflineEventAttendanceMode`,
    location: place(c.venue, s.room),
    superEvent: eventOf(c),
  };
}
