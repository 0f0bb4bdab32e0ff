/**
 * Where the conference stands on a given day, decided at build time from the build date: before its
 * first day, during it, or after its last day (days compared in the event's own time zone offset).
 */
export type ConferenceStatus = 'upcoming' | 'under-way' | 'concluded';

export function conferenceStatus(now: Date, startDate: string, endDate: string, utcOffset: string): ConferenceStatus {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(utcOffset);
  if (!match) throw new Error(`utcOffset must look like +02:00, got "${utcOffset}"`);
  const minutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  const localDay = new Date(now.getTime() + minutes * 60_000).toISOString().slice(0, 10);
  if (localDay < startDate) return 'upcoming';
  if (localDay > endDate) return 'concluded';
  return 'under-way';
}
