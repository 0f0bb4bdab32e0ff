/**
 * The lists other files choose from: a figure's or chart's `topic` is an id of content/topics.yaml,
 * a session's `format` an id of content/session-formats.yaml.
 */
import type { ContentProblem } from './content-errors';
import { asString, entriesOf, listWords, placeOf, type EntriesRule } from './content-entry';

function chooseFrom(
  list: { collection: string; file: string; what: string },
  users: { collection: string; field: string; inList: boolean }[],
): EntriesRule {
  return (content) => {
    const ids = entriesOf(content, list.collection).map((e) => e.id);
    const known = new Set(ids);
    const choices = ids.length > 0 ? `use one of ${listWords(ids)} (the ids in ${list.file}), or add it there` : `add it to ${list.file}`;
    return users.flatMap(({ collection, field, inList }) =>
      entriesOf(content, collection).flatMap((entry): ContentProblem[] => {
        const value = asString(entry.data[field]);
        return value === undefined || known.has(value)
          ? []
          : [{ file: placeOf(entry, inList), field, message: `"${value}" is not ${list.what}: ${choices}` }];
      }),
    );
  };
}

/** A figure's and a chart's topic is one of content/topics.yaml. */
export const topicRule = chooseFrom({ collection: 'topics', file: 'content/topics.yaml', what: 'a topic' }, [
  { collection: 'figures', field: 'topic', inList: false },
  { collection: 'charts', field: 'topic', inList: true },
]);

/** A session's format is one of content/session-formats.yaml. */
export const formatRule = chooseFrom({ collection: 'sessionFormats', file: 'content/session-formats.yaml', what: 'a session format' }, [
  { collection: 'sessions', field: 'format', inList: false },
]);
