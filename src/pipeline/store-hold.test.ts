import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MetaStore } from 'astro/loaders';
import { holdStore } from './store-hold';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function meta() {
  const changes: string[] = [];
  const store = {
    get: () => undefined,
    has: () => false,
    set: (key: string, value: string) => void changes.push(`set ${key}=${value}`),
    delete: (key: string) => void changes.push(`delete ${key}`),
  };
  return { store: store as unknown as MetaStore, changes };
}

describe('holdStore', () => {
  it('touches the store at once and every 200 ms until every collection is loaded, then lets go', () => {
    const { store, changes } = meta();
    const a = holdStore(store, ['a', 'b']);
    const b = holdStore(store, ['a', 'b']);
    vi.advanceTimersByTime(450);
    a.done('a');
    vi.advanceTimersByTime(200);
    b.done('b');
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual([
      'set content-loading=0',
      'set content-loading=1',
      'set content-loading=2',
      'set content-loading=3',
      'delete content-loading',
    ]);
  });

  it('lets go after two minutes if a collection never reports', () => {
    const { store, changes } = meta();
    holdStore(store, ['a']);
    vi.advanceTimersByTime(120_000);
    const count = changes.length;
    vi.advanceTimersByTime(10_000);
    expect(changes.length).toBe(count);
    expect(changes.at(-1)).toBe('delete content-loading');
  });
});
