// The programme as built: every .ics file parses with a real iCalendar parser and holds every
// session on its day; pages link sessions and speakers both ways; the filters work with and
// without JavaScript; the programme prints without the site's chrome.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, withPage } from '../helpers/browser';
import { listFiles } from '../helpers/dist';
import { attr, first, select, text } from '../helpers/html';

const outDir = inject('outDir');
const base = inject('base');
const siteUrl = inject('siteUrl');
const read = (f: string) => readFileSync(join(outDir, f), 'utf8');
const hrefs = (html: string) => select(html, 'a[href]').map((a) => attr(a, 'href')!);

interface ProgrammeJson {
  time_zone: string;
  times_confirmed: boolean;
  sessions: {
    id: string;
    title: string;
    format: string;
    day: string;
    start: string | null;
    end: string | null;
    speakers: string[];
    moderators: string[];
    url: string;
  }[];
  speakers: { id: string; name: string; sessions: { id: string; role: string }[] }[];
}
const programme = JSON.parse(read('data/programme.json')) as ProgrammeJson;
const icsFiles = listFiles(outDir).filter((f) => f.endsWith('.ics'));

/** The built file an absolute site URL points at, e.g. …/programme/x/ → programme/x/index.html. */
function fileFor(address: string): string {
  const path = new URL(address).pathname;
  expect(path.startsWith(base), `${address} is outside the base ${base}`).toBe(true);
  const rest = path.slice(base.length);
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

function events(file: string) {
  const comp = new ICAL.Component(ICAL.parse(read(file)));
  const tz = comp.getFirstSubcomponent('vtimezone');
  if (tz) ICAL.TimezoneService.register(tz);
  return comp.getAllSubcomponents('vevent').map((v) => ({
    event: new ICAL.Event(v),
    stamp: String(v.getFirstPropertyValue('dtstamp')),
    url: String(v.getFirstPropertyValue('url')),
  }));
}

describe('calendar files', () => {
  it('are the whole programme and one per session', () => {
    expect(icsFiles.sort()).toEqual(['programme.ics', ...programme.sessions.map((s) => `programme/${s.id}.ics`)].sort());
  });

  it.each(icsFiles)('%s has CRLF line ends and lines of at most 75 octets', (file) => {
    const text = read(file);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    }
  });

  it('hold every session once, on its day, with a unique UID and a URL to its page', () => {
    const all = events('programme.ics');
    expect(all.map((e) => e.event.summary)).toEqual(programme.sessions.map((s) => s.title));
    expect(new Set(all.map((e) => e.event.uid)).size).toBe(all.length);
    programme.sessions.forEach((s, i) => {
      const { event, url } = all[i]!;
      expect(url).toBe(s.url);
      expect(existsSync(join(outDir, fileFor(url))), `${url} has no page`).toBe(true);
      if (s.start) {
        expect(event.startDate.isDate).toBe(false);
        expect(event.startDate.toJSDate().toISOString()).toBe(new Date(`${s.day}T${s.start}:00+02:00`).toISOString());
        expect(event.endDate.toJSDate().toISOString()).toBe(new Date(`${s.day}T${s.end}:00+02:00`).toISOString());
      } else {
        expect(event.startDate.isDate).toBe(true);
        expect(event.startDate.toString()).toBe(s.day);
        expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(24 * 3600 * 1000);
      }
    });
  });

  it('give each session the same UID and DTSTAMP in its own file as in the whole programme', () => {
    const all = events('programme.ics');
    expect(new Set(all.map((e) => e.stamp)).size).toBe(1);
    expect(all[0]!.stamp).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    for (const s of programme.sessions) {
      const own = events(`programme/${s.id}.ics`);
      expect(own).toHaveLength(1);
      expect(own[0]!.event.uid).toBe(all.find((e) => e.url === s.url)!.event.uid);
      expect(own[0]!.stamp).toBe(all[0]!.stamp);
    }
  });
});

describe('programme pages', () => {
  const index = read('programme/index.html');

  it('has a section per day, with the anchors other pages link to', () => {
    expect(select(index, 'section[id^="day-"]').map((d) => attr(d, 'id'))).toEqual(['day-1', 'day-2']);
  });

  it('links every session, gives each page its note, calendar link and speakers', () => {
    for (const s of programme.sessions) {
      expect(hrefs(index)).toContain(`${base}programme/${s.id}/`);
      const page = read(`programme/${s.id}/index.html`);
      expect(hrefs(page)).toContain(`${base}programme/${s.id}.ics`);
      if (!s.start) expect(text(first(page, 'main')!)).toContain('Time not confirmed');
      for (const id of [...s.speakers, ...s.moderators]) expect(hrefs(page), `${s.id} → ${id}`).toContain(`${base}speakers/${id}/`);
    }
  });

  it('writes every machine-readable time with the Vienna offset', () => {
    const times = select(index, 'time[datetime]').map((t) => attr(t, 'datetime'));
    expect(times.length).toBeGreaterThan(0);
    for (const t of times) expect(t).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}\+02:00)?$/);
  });

  it('lists every speaker, and each speaker page links back to their sessions', () => {
    const speakersIndex = read('speakers/index.html');
    for (const p of programme.speakers) {
      expect(hrefs(speakersIndex)).toContain(`${base}speakers/${p.id}/`);
      const page = read(`speakers/${p.id}/index.html`);
      const expected = programme.sessions.filter((s) => s.speakers.includes(p.id) || s.moderators.includes(p.id));
      expect(expected.length, `${p.id} has no session`).toBeGreaterThan(0);
      expect(p.sessions.map((s) => s.id)).toEqual(expected.map((s) => s.id));
      for (const s of expected) expect(hrefs(page), `${p.id} → ${s.id}`).toContain(`${base}programme/${s.id}/`);
    }
  });

  it('says whether times are confirmed in the open data, with the time zone', () => {
    expect(programme.time_zone).toBe('Europe/Vienna');
    expect(programme.times_confirmed).toBe(programme.sessions.every((s) => s.start !== null));
  });

  it('loads a filter script of at most 2 KiB gzipped, as an external file', () => {
    const scripts = select(index, 'script').filter((s) => attr(s, 'type') !== 'application/ld+json');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(text(script).trim()).toBe('');
      const src = attr(script, 'src');
      expect(src).toBeDefined();
      expect(gzipSync(readFileSync(join(outDir, src!.slice(base.length)))).length).toBeLessThanOrEqual(2048);
    }
  });
});

describe('the programme in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connect();
  });
  afterAll(async () => browser?.close());

  it('filters by day and by format with anchor links when JavaScript is off', () =>
    withPage(
      browser,
      async (page) => {
        await page.goto(`${siteUrl}programme/`);
        const filters = page.getByRole('navigation', { name: 'Filter the programme' });
        await filters.getByRole('link', { name: /^Day 2/ }).click();
        await expect(page.getByRole('heading', { level: 2, name: /^Day 2/ }).isVisible()).resolves.toBe(true);
        await expect(page.getByRole('heading', { level: 2, name: /^Day 1/ }).isVisible()).resolves.toBe(false);
        await filters.getByRole('link', { name: 'Panel', exact: true }).click();
        const panels = programme.sessions.filter((s) => s.format === 'panel');
        expect(panels.length).toBeGreaterThan(0);
        await expect(page.getByRole('heading', { level: 2, name: 'Format: Panel' }).isVisible()).resolves.toBe(true);
        await expect(page.getByRole('heading', { level: 2, name: /^Day 2/ }).isVisible()).resolves.toBe(false);
        await expect(page.locator('h3:visible').count()).resolves.toBe(panels.length);
        await filters.getByRole('link', { name: 'Both days' }).click();
        await expect(page.locator('h3:visible').count()).resolves.toBe(programme.sessions.length);
      },
      { javaScriptEnabled: false },
    ));

  it('combines day and format with JavaScript and says how many sessions it shows', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}programme/#day-2`);
      await expect(page.getByRole('navigation', { name: 'Filter the programme' }).isVisible()).resolves.toBe(false);
      const day = page.getByRole('combobox', { name: 'Day' });
      await expect(day.inputValue()).resolves.toBe('day-2');
      await page.getByRole('combobox', { name: 'Format' }).selectOption('panel');
      const lastDay = programme.sessions.at(-1)!.day;
      const expected = programme.sessions.filter((s) => s.day === lastDay && s.format === 'panel');
      expect(expected.length).toBeGreaterThan(0);
      await expect(page.locator('h3:visible').count()).resolves.toBe(expected.length);
      await expect(page.getByRole('status').textContent()).resolves.toBe(
        `Showing ${expected.length} of ${programme.sessions.length} sessions.`,
      );
      await day.selectOption('');
      await page.getByRole('combobox', { name: 'Format' }).selectOption('');
      await expect(page.locator('h3:visible').count()).resolves.toBe(programme.sessions.length);
    }));

  it('prints without navigation, search, filters or footer', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}programme/`);
      await page.emulateMedia({ media: 'print' });
      for (const role of ['banner', 'contentinfo', 'search'] as const) {
        await expect(page.getByRole(role).isVisible(), role).resolves.toBe(false);
      }
      await expect(page.getByRole('combobox', { name: 'Format' }).isVisible()).resolves.toBe(false);
      await expect(page.locator('h3:visible').count()).resolves.toBe(programme.sessions.length);
    }));
});
