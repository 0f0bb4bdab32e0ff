// Which published figures a change alters, and which of those alterations the corrections log does
// not record: the logic of `npm run check:corrections`, on plain frontmatter data (no git, no files).

/** The fields of a figure whose change is a change of a published fact. */
export const PUBLISHED_FIELDS = [
  'value',
  'display',
  'year',
  'yearKind',
  'source.url',
  'source.publisher',
  'source.title',
  'source.year',
] as const;
export type PublishedField = (typeof PUBLISHED_FIELDS)[number];

/** The schema's defaults, so that a field left out and its default written out compare equal. */
const DEFAULTS: Partial<Record<PublishedField, unknown>> = { yearKind: 'data' };

/** A figure's frontmatter as read, before any schema: anything may be missing or of the wrong type. */
export type RawFigure = Record<string, unknown>;

function fieldOf(data: RawFigure, field: PublishedField): unknown {
  let value: unknown = data;
  for (const key of field.split('.'))
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value ?? DEFAULTS[field];
}

export interface FieldChange {
  field: PublishedField;
  before: unknown;
  after: unknown;
}

/** The published fields that differ between two versions of a figure. */
export function changedFields(before: RawFigure, after: RawFigure): FieldChange[] {
  return PUBLISHED_FIELDS.flatMap((field) => {
    const [a, b] = [fieldOf(before, field), fieldOf(after, field)];
    return Object.is(a, b) || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime())
      ? []
      : [{ field, before: a, after: b }];
  });
}

export type FigureChange =
  { id: string; kind: 'changed'; fields: FieldChange[] } | { id: string; kind: 'renamed'; to: string } | { id: string; kind: 'removed' };

/**
 * What happened to each figure of the base: its published fields changed, it was renamed (a new id
 * carries exactly the same published fields) or it was removed. Figures new in `head` need nothing.
 */
export function figureChanges(base: ReadonlyMap<string, RawFigure>, head: ReadonlyMap<string, RawFigure>): FigureChange[] {
  const added = [...head.keys()].filter((id) => !base.has(id));
  const claimed = new Set<string>();
  return [...base.keys()].sort().flatMap((id): FigureChange[] => {
    const now = head.get(id);
    if (now) {
      const fields = changedFields(base.get(id)!, now);
      return fields.length > 0 ? [{ id, kind: 'changed', fields }] : [];
    }
    const to = added.find((other) => !claimed.has(other) && changedFields(base.get(id)!, head.get(other)!).length === 0);
    if (to) {
      claimed.add(to);
      return [{ id, kind: 'renamed', to }];
    }
    return [{ id, kind: 'removed' }];
  });
}

/**
 * The changes no new entry of the corrections log records: a changed figure needs a new entry naming
 * it, a renamed one a new entry naming its new id; a removed figure cannot be recorded (no page is
 * left to show the entry), so it is always listed.
 */
export function unrecorded(changes: FigureChange[], newEntries: readonly { figure?: unknown }[]): FigureChange[] {
  const named = new Set(newEntries.map((e) => e.figure).filter((f): f is string => typeof f === 'string'));
  return changes.filter((c) => (c.kind === 'changed' ? !named.has(c.id) : c.kind === 'renamed' ? !named.has(c.to) : true));
}

/** A value as the report shows it: text in quotes, numbers as written, nothing as "(none)". */
export function shown(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '(an invalid date)' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "value: 90000 → 90354; display: "over 90,000" → "90,354"". */
export function describeFields(fields: FieldChange[]): string {
  return fields.map((f) => `${f.field}: ${shown(f.before)} → ${shown(f.after)}`).join('; ');
}

/** The report's lines for one unrecorded change: what happened, then what to do. `today` is YYYY-MM-DD. */
export function reportLines(change: FigureChange, today: string): string[] {
  const file = (id: string) => `content/figures/${id}.md`;
  const entry = (id: string) => `content/corrections/${today}-${id}.md`;
  const recipe = 'see "Correct a published figure" in CONTRIBUTING.md';
  switch (change.kind) {
    case 'changed':
      return [
        `${file(change.id)}: ${describeFields(change.fields)}`,
        `A published fact changed without an entry in the corrections log. Add ${entry(change.id)} with figure: ${change.id}, the kind, a one-line summary of what changed and, below it, why (${recipe}).`,
      ];
    case 'renamed':
      return [
        `${file(change.id)}: renamed to ${file(change.to)}, so its address /figures/${change.id}/ stops working for everyone who cited it.`,
        `Keep the old file under its old name. If the new name must stay, add ${entry(change.to)} with figure: ${change.to} saying where the figure was published before (${recipe}).`,
      ];
    case 'removed':
      return [
        `${file(change.id)}: removed, so its address /figures/${change.id}/ stops working for everyone who cited it.`,
        `Restore the file. To correct the figure, change it in place and add an entry to the corrections log; to replace it, add the new figure beside it and say so in the old one's caveat (${recipe}).`,
      ];
  }
}
