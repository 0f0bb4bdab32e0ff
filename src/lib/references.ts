// Rules across content files about references by id: related figures, a session's speakers and
// moderators, its day within the conference, and rooms double-booked.
import { COLLECTIONS, type CollectionName } from '../schemas';
import type { ContentProblem } from './content-errors';
import type { ContentRule, LoadedEntry } from './content-rules';
import { roomOverlaps, type Scheduled } from './room-overlaps';

/** The file an id of a collection would be, e.g. content/speakers/jane-doe.md. */
export function fileFor(collection: CollectionName, id: string): string {
  const spec = COLLECTIONS[collection];
  return 'extensions' in spec ? `${spec.path}/${id}${spec.extensions[0]}` : spec.path;
}

/** Every id of a collection, of valid files and of files with a mistake of their own alike. */
export const idsOf = (entries: LoadedEntry[]) => new Set(entries.map((e) => e.id));

/** A problem for each id in `ids` that names no entry of `collection`. */
export function unknownIds(
  entry: LoadedEntry,
  field: string,
  ids: string[] | undefined,
  known: Set<string>,
  collection: CollectionName,
): ContentProblem[] {
  return (ids ?? [])
    .filter((id) => !known.has(id))
    .map((id) => ({
      file: entry.where,
      field,
      message: `"${id}" is not a known id: no file ${fileFor(collection, id)} exists. Check the spelling or add that file`,
    }));
}

/** `related` names figures that exist. */
export const relatedFigures: ContentRule = ({ entries }) => {
  const known = idsOf(entries.figures);
  return entries.figures.flatMap((f) => unknownIds(f, 'related', f.data.related, known, 'figures'));
};

/** A session's speakers and moderators are people with a file in content/speakers/. */
export const sessionPeople: ContentRule = ({ entries }) => {
  const known = idsOf(entries.speakers);
  return entries.sessions.flatMap((s) => [
    ...unknownIds(s, 'speakers', s.data.speakers, known, 'speakers'),
    ...unknownIds(s, 'moderators', s.data.moderators, known, 'speakers'),
  ]);
};

/** A session's day is a day of the conference. */
export const sessionDays: ContentRule = ({ entries }) => {
  const { startDate, endDate } = entries.conference[0]?.data ?? {};
  if (!startDate || !endDate) return [];
  return entries.sessions
    .filter((s) => s.data.day && (s.data.day < startDate || s.data.day > endDate))
    .map((s) => ({
      file: s.where,
      field: 'day',
      message: `"${s.data.day}" is not a day of the conference: use a date from ${startDate} to ${endDate}`,
    }));
};

/** Two sessions in one room do not overlap in time. */
export const sessionRooms: ContentRule = ({ entries }) =>
  roomOverlaps(
    entries.sessions
      .filter((s) => s.data.day)
      .map((s): Scheduled => ({ id: s.id, file: s.where, day: s.data.day!, start: s.data.start, end: s.data.end, room: s.data.room })),
  );

/** The conference record exists: the home page, the programme and the calendars need it. */
export const conferenceRecord: ContentRule = ({ entries, files }) =>
  entries.conference.length === 0 && !files.includes(COLLECTIONS.conference.path)
    ? [{ file: COLLECTIONS.conference.path, field: '', message: 'is missing: the site needs the conference record' }]
    : [];
