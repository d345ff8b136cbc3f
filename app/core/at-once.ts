/**
 * Runs `work` on each item, at most `limit` at a time, starting them in order; once `signal` is aborted no more are
 * started (those running finish as `work` decides). For work that waits on the network: pages, images.
 */
export async function eachAtOnce<T>(items: readonly T[], limit: number, signal: AbortSignal | undefined, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length && !signal?.aborted) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
