// Every built page is valid HTML: html-validate with the recommended rules (.htmlvalidate.mjs).
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/dist';
import { validationErrors } from '../helpers/validate';

const outDir = inject('outDir');
const pages = htmlPages(outDir);

describe('valid HTML', () => {
  it('finds the pages to validate', () => expect(pages.length).toBeGreaterThan(40));
  it.each(pages.map((p) => [p.file, p] as const))('%s has no validation error', async (_file, page) => {
    expect(await validationErrors(page.html, join(outDir, page.file))).toEqual([]);
  });
});
