// Hands out the values of several promises in their list order, each as soon as it and every one
// before it have settled: result 1 is shown the moment its data arrive, without waiting for result 10,
// and a late result 2 never appears above result 1. Used by the search page for its results.

/**
 * Calls `ready(value, index)` in index order as soon as each promise and all before it have
 * settled; a rejected promise is passed to `failed` instead (if given) and does not hold up the
 * rest. Resolves once all have settled, with the number handed to `ready`.
 */
export async function inOrder<T>(
  promises: readonly Promise<T>[],
  ready: (value: T, index: number) => void,
  failed?: (error: unknown, index: number) => void,
): Promise<number> {
  const settled: ({ ok: true; value: T } | { ok: false; error: unknown } | undefined)[] = promises.map(() => undefined);
  let next = 0;
  let delivered = 0;
  const flush = () => {
    for (let outcome = settled[next]; outcome; outcome = settled[next]) {
      if (outcome.ok) {
        ready(outcome.value, next);
        delivered++;
      } else failed?.(outcome.error, next);
      next++;
    }
  };
  await Promise.all(
    promises.map((promise, index) =>
      promise.then(
        (value) => {
          settled[index] = { ok: true, value };
          flush();
        },
        (error: unknown) => {
          settled[index] = { ok: false, error };
          flush();
        },
      ),
    ),
  );
  return delivered;
}
