import { describe, expect, it } from 'vitest';
import { inOrder } from './in-order';

/** A promise and the functions that settle it, to control the order things arrive in. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('inOrder', () => {
  it('hands out the first value as soon as it arrives, before the others', async () => {
    const parts = [deferred<string>(), deferred<string>(), deferred<string>()];
    const seen: string[] = [];
    const done = inOrder(
      parts.map((p) => p.promise),
      (value) => seen.push(value),
    );
    parts[0]!.resolve('a');
    await tick();
    expect(seen).toEqual(['a']);
    parts[2]!.resolve('c');
    await tick();
    expect(seen).toEqual(['a']);
    parts[1]!.resolve('b');
    expect(await done).toBe(3);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('keeps list order when later values arrive first', async () => {
    const parts = [deferred<number>(), deferred<number>(), deferred<number>()];
    const seen: [number, number][] = [];
    const done = inOrder(
      parts.map((p) => p.promise),
      (value, index) => seen.push([value, index]),
    );
    parts[2]!.resolve(30);
    parts[1]!.resolve(20);
    await tick();
    expect(seen).toEqual([]);
    parts[0]!.resolve(10);
    await done;
    expect(seen).toEqual([
      [10, 0],
      [20, 1],
      [30, 2],
    ]);
  });

  it('skips a failure without holding up the rest, and reports it', async () => {
    const seen: string[] = [];
    const errors: [string, number][] = [];
    const delivered = await inOrder(
      [Promise.resolve('a'), Promise.reject(new Error('lost')), Promise.resolve('c')],
      (value) => seen.push(value),
      (error, index) => errors.push([(error as Error).message, index]),
    );
    expect(seen).toEqual(['a', 'c']);
    expect(errors).toEqual([['lost', 1]]);
    expect(delivered).toBe(2);
  });

  it('settles at once for no promises', async () => {
    expect(await inOrder([], () => undefined)).toBe(0);
  });
});
