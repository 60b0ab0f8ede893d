// Bounded concurrency for independent async work.

/**
 * Runs `work` over `items` with at most `limit` in flight, results in the order of the items.
 * `items` may be asynchronous (a paged LIST): runners pull the next item as they free up, so
 * nothing waits at a page boundary and only the items in flight are held. When pulling or working
 * fails, no more items are pulled; the work in flight finishes, then the first error is thrown.
 */
export async function mapBounded<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const iterator: Iterator<T> | AsyncIterator<T> =
    Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const runnerCount = Array.isArray(items) ? Math.min(limit, items.length) : limit;
  const results: R[] = [];
  let next = 0;
  let done = false;
  let failure: { error: unknown } | undefined;
  const runners = Array.from({ length: Math.max(1, runnerCount) }, async () => {
    while (!done && !failure) {
      try {
        const pulled = await iterator.next();
        if (pulled.done) {
          done = true;
          return;
        }
        const index = next++;
        results[index] = await work(pulled.value);
      } catch (error) {
        failure ??= { error };
      }
    }
  });
  await Promise.all(runners);
  if (failure) {
    // Tell a generator that no more is wanted, so it can close what it holds.
    try {
      await iterator.return?.();
    } catch {
      // The first error is the one reported.
    }
    throw failure.error;
  }
  return results;
}
