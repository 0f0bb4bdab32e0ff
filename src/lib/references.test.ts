import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-errors';
import { conferenceRecord, relatedFigures, sessionDays, sessionPeople, sessionRooms } from './references';
import { contentInput, entry } from '../../tests/helpers/content-input';

const conference = entry(
  'conference',
  'conference',
  { startDate: '2023-04-18', endDate: '2023-04-19' },
  { file: 'content/conference.yaml' },
);
const session = (data: Record<string, unknown>, id = 's') =>
  entry('sessions', id, { day: '2023-04-18', speakers: ['jane-doe'], moderators: [], ...data });

describe('reference rules', () => {
  it('accept content whose references all resolve', () => {
    const input = contentInput({
      conference: [conference],
      figures: [entry('figures', 'a', { related: ['b'] }), entry('figures', 'b', { related: [] })],
      speakers: [entry('speakers', 'jane-doe', {})],
      sessions: [session({})],
    });
    for (const rule of [conferenceRecord, relatedFigures, sessionPeople, sessionDays, sessionRooms]) expect(rule(input)).toEqual([]);
  });

  it('count a file with mistakes of its own as existing', () => {
    const input = contentInput({ figures: [entry('figures', 'a', { related: ['b'] }), entry('figures', 'b', {}, { valid: false })] });
    expect(relatedFigures(input)).toEqual([]);
  });

  it('name the file and field of an unknown speaker or moderator', () => {
    const input = contentInput({
      speakers: [entry('speakers', 'jane-doe', {})],
      sessions: [session({ speakers: ['jane-doe', 'john-roe'], moderators: ['jane-do'] })],
    });
    expect(sessionPeople(input).map(formatProblem)).toEqual([
      'content/programme/s.md: speakers: "john-roe" is not a known id: no file content/speakers/john-roe.md exists. Check the spelling or add that file',
      'content/programme/s.md: moderators: "jane-do" is not a known id: no file content/speakers/jane-do.md exists. Check the spelling or add that file',
    ]);
  });

  it('reject a day outside the conference, and skip a day that is itself wrong', () => {
    const input = contentInput({ conference: [conference], sessions: [session({ day: '2023-04-20' }), session({ day: undefined }, 't')] });
    expect(sessionDays(input).map(formatProblem)).toEqual([
      'content/programme/s.md: day: "2023-04-20" is not a day of the conference: use a date from 2023-04-18 to 2023-04-19',
    ]);
  });

  it('report a missing conference record', () => {
    expect(conferenceRecord(contentInput({})).map(formatProblem)).toEqual([
      'content/conference.yaml: is missing: the site needs the conference record',
    ]);
  });
});
