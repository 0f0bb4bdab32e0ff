/** Filling in the interface strings of src/i18n: `{name}` placeholders and the forms chosen by count. */

/** The template with each {name} replaced by its value; a name without a value stays as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** Forms of a string by count, as Intl.PluralRules names them; `other` is required, `zero` is used for 0 when given. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The form for a count in a locale, with {count} filled in. */
export function plural(forms: PluralForms, count: number, locale: string, values: Readonly<Record<string, string | number>> = {}): string {
  const rule = count === 0 && forms.zero !== undefined ? 'zero' : new Intl.PluralRules(locale).select(count);
  return fill(forms[rule] ?? forms.other, { count, ...values });
}

/**
 * The words before and after one {name} of a template, for a value the page marks up itself (a
 * <time>, a <kbd>): "Last updated {date}." → ["Last updated ", "."]. Other placeholders are filled.
 */
export function around(template: string, name: string, values: Readonly<Record<string, string | number>> = {}): [string, string] {
  const at = template.indexOf(`{${name}}`);
  if (at === -1) return [fill(template, values), ''];
  return [fill(template.slice(0, at), values), fill(template.slice(at + name.length + 2), values)];
}
