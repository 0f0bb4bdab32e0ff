// html-validate with the project's settings (.htmlvalidate.mjs at the root), one line per error.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** Errors and warnings for an HTML document; filename places it in the project for the settings. */
export async function validationErrors(html: string, filename: string): Promise<string[]> {
  const report = await validator.validateString(html, filename);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${filename}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
  );
}
