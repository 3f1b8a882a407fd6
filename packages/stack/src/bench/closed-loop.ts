/** What a closed loop of requests measured. */
export interface LoopResult {
  readonly requests: number;
  readonly failures: number;
  readonly seconds: number;
  /** Sorted, in milliseconds. */
  readonly latencies: readonly number[];
}

/**
 * Runs `request` from `connections` callers at once, each sending its next as soon as its last
 * answered, for `seconds`: the closed loop of the figures.
 */
export async function closedLoop(
  connections: number,
  seconds: number,
  request: () => Promise<boolean>,
): Promise<LoopResult> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const sent = performance.now();
        const ok = await request().catch(() => false);
        latencies.push(performance.now() - sent);
        if (!ok) failures += 1;
      }
    }),
  );
  return {
    requests: latencies.length,
    failures,
    seconds: (performance.now() - started) / 1000,
    latencies: latencies.sort((one, other) => one - other),
  };
}

/** The latency at `fraction` (0.5 for p50) of a sorted list. */
export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

/** The median of a few figures (the rounds'). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((one, other) => one - other);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
