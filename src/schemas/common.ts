import { z } from 'astro/zod';

/** The latest year a figure, source or milestone may carry: the build year. */
export const CURRENT_YEAR = new Date().getFullYear();

/**
 * Free text that must not be empty or whitespace. `hint` says what to write, for the message when the
 * field is missing, e.g. 'the value as the source writes it, such as "27.6 million"'.
 */
export const text = (field: string, hint?: string) =>
  z
    .string({
      required_error: hint ? `"${field}" is required: ${hint}` : `"${field}" is required`,
      invalid_type_error: `"${field}" must be text`,
    })
    .trim()
    .min(1, `"${field}" must not be empty`);

/** A web address starting with https://, e.g. https://www.osce.org/blog/541230. */
export const httpsUrl = (field: string) =>
  text(field, "the address of the publisher's page, starting with https://").refine((u) => {
    try {
      const url = new URL(u);
      return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(u);
    } catch {
      return false;
    }
  }, `"${field}" must be a web address starting with https://, such as https://www.osce.org/…`);

/** A four-digit year, not in the future, e.g. 2022. */
export const year = (field: string) =>
  z
    .number({
      required_error: `"${field}" is required: a four-digit year such as 2022`,
      invalid_type_error: `"${field}" must be a year in digits, such as 2022 (no quotes)`,
    })
    .int(`"${field}" must be a whole year, such as 2022`)
    .min(1945, `"${field}" must be a year from 1945 on`)
    .max(CURRENT_YEAR, `"${field}" must not be in the future (after ${CURRENT_YEAR})`);

/** True when a YYYY-MM-DD, YYYY-MM or YYYY string names a day (month, year) that exists. */
export function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written YYYY-MM-DD, e.g. 2023-04-18. */
export const isoDate = (field: string) =>
  text(field)
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, `"${field}" must be a date written YYYY-MM-DD, such as 2023-04-18`)
    .refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || isRealDate(d), `"${field}" must be a day that exists in the calendar`);

/** A slug: lower-case letters, digits and hyphens, e.g. helga-maria-schmid. `hint` ends the message: an example, or where the ids are. */
export const slug = (field: string, hint = 'such as helga-maria-schmid') =>
  text(field).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `"${field}" must be an id in lower-case letters, digits and hyphens, ${hint}`);

/** The hint of an id that names a figure. */
export const FIGURE_ID = "the name of the figure's file in content/figures/ without .md";
