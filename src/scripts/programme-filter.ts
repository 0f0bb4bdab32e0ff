// The programme's filters with JavaScript: day and format combine, the list filters in place and a
// status line says how many sessions are shown. Without JavaScript the form stays hidden and the
// anchor links (#day-1, #format-panel) filter through CSS :target instead.
import { decodeOrKeep } from '../lib/url';
const root = document.querySelector<HTMLElement>('[data-programme]');
const form = document.querySelector<HTMLFieldSetElement>('[data-filter-form]');
const links = document.querySelector<HTMLElement>('[data-filter-links]');
const statusLine = document.querySelector<HTMLElement>('[data-filter-status]');

if (root && form && links && statusLine) {
  const day = form.querySelector<HTMLSelectElement>('select[name="day"]')!;
  const format = form.querySelector<HTMLSelectElement>('select[name="format"]')!;
  const days = [...root.querySelectorAll<HTMLElement>('[data-day-section]')];
  const template = statusLine.dataset.template ?? '{shown} / {total}';

  const apply = (announce: boolean) => {
    let shown = 0;
    let total = 0;
    for (const section of days) {
      let visible = 0;
      for (const item of section.querySelectorAll<HTMLElement>('[data-format]')) {
        const match = (!day.value || section.id === day.value) && (!format.value || item.dataset.format === format.value);
        item.hidden = !match;
        total += 1;
        visible += match ? 1 : 0;
      }
      section.hidden = Boolean(day.value && section.id !== day.value) || Boolean(format.value && visible === 0);
      shown += visible;
    }
    // The page's words, e.g. "Showing {shown} of {total} sessions." (src/i18n: programme.showingOf).
    if (announce) statusLine.textContent = template.replace('{shown}', () => String(shown)).replace('{total}', () => String(total));
  };

  /** Takes a filter from the address, e.g. /programme/#day-2 or #format-panel. */
  const fromHash = () => {
    const hash = decodeOrKeep(location.hash.slice(1));
    if (days.some((d) => d.id === hash)) day.value = hash;
    else if (hash.startsWith('format-') && [...format.options].some((o) => o.value === hash.slice(7))) format.value = hash.slice(7);
    else return false;
    return true;
  };

  root.dataset.enhanced = '';
  links.hidden = true;
  form.hidden = false;
  form.addEventListener('change', () => apply(true));
  window.addEventListener('hashchange', () => fromHash() && apply(true));
  apply(fromHash());
}
