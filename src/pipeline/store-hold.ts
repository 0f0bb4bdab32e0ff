// Astro 5.18's content store saves itself to disk 500 ms after the last change, and once more when the
// content layer has finished loading. When that last save starts while an earlier one is still being
// written, it writes the earlier, incomplete snapshot instead (withastro/astro#15672): the build then
// sees an empty or partial collection. A slow load (a machine under load, the store cleared after a
// config change) opens that window. The hold touches the store every few hundred milliseconds from
// the moment the first collection starts loading until the last has stored its entries, so that no
// save starts before the final one.
import type { MetaStore } from 'astro/loaders';

const TICK_MS = 200;
/** Releases the hold even if a collection never reports, e.g. when an integration reloads only some. */
const LONGEST_MS = 120_000;
const KEY = 'content-loading';

export interface StoreHold {
  /** Marks a collection as loaded; the hold ends when all have been. */
  done(name: string): void;
}

let current: { pending: Set<string>; end: () => void } | undefined;

/** Joins the hold of the current load, starting one (on `meta`) if none is running. */
export function holdStore(meta: MetaStore, names: readonly string[]): StoreHold {
  if (!current) {
    let tick = 0;
    const touch = () => meta.set(KEY, String(tick++));
    touch();
    const interval = setInterval(touch, TICK_MS);
    const end = () => {
      clearInterval(interval);
      clearTimeout(limit);
      meta.delete(KEY);
      current = undefined;
    };
    const limit = setTimeout(end, LONGEST_MS);
    current = { pending: new Set(names), end };
  }
  const hold = current;
  return {
    done(name) {
      hold.pending.delete(name);
      if (hold.pending.size === 0 && current === hold) hold.end();
    },
  };
}
