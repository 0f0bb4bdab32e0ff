import { z } from 'astro/zod';

/** The latest year a figure, source or milestone may carry: the build year. */
export const CURRENT_YEAR = new Date().getFullYear();

/** Free text that must not be empty or whitespace. */
export const text = (field: string) =>
  z
    .string({
      required_error: `"${field}" is required`,
      invalid_type_error: `"${field}" must be text`,
    })
    .trim()
    .min(1, `"${field}" must not be empty`);

/** A web address starting with https://, e.g. https://www.osce.org/blog/541230. */
export const httpsUrl = (field: string) =>
  text(field).refine((u) => {
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

/** A calendar date written YYYY-MM-DD, e.g. 2023-04-18. */
export const isoDate = (field: string) =>
  text(field).regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
    `"${field}" must be a date written YYYY-MM-DD, such as 2023-04-18`,
  );

/** A slug: lower-case letters, digits and hyphens, e.g. helga-maria-schmid. */
export const slug = (field: string) =>
  text(field).regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    `"${field}" must be an id in lower-case letters, digits and hyphens, such as helga-maria-schmid`,
  );
