// What the content loader read, shared within one process between the loader (which Astro runs from
// src/content.config.ts in its own module graph), the content-check integration and
// scripts/check-content.mjs: each of them has its own copy of this module, so the state lives on
// globalThis under one key.

/**
 * @typedef {object} ContentState
 * @property {Record<string, import('./read-collection').CollectionRead>} read What each collection's loader read last.
 * @property {(() => import('./check-content').ContentReport) | undefined} check Checks what was read, with the loaders' own copy of the rules.
 * @property {Set<() => void>} listeners Called after a loader has read its files again (development server).
 */

const KEY = Symbol.for('alliance-2023.content-state');

/** @returns {ContentState} */
export function contentState() {
  const store = /** @type {Record<symbol, ContentState | undefined>} */ (/** @type {unknown} */ (globalThis));
  store[KEY] ??= { read: {}, check: undefined, listeners: new Set() };
  return /** @type {ContentState} */ (store[KEY]);
}
