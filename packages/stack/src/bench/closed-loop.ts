/** What a closed loop of requests measured. */
export interface LoopResult {
  readonly requests: number;
  readonly failures: number;
  /** The failures by what went wrong: an error code, or an HTTP status. */
  readonly failureCodes: Readonly<Record<string, number>>;
  readonly seconds: number;
  /** Sorted, in milliseconds. */
  readonly latencies: readonly number[];
}

/** One request's outcome: undefined when it was answered well, else what went wrong (an error code). */
export type Outcome = string | undefined;

/**
 * Runs `request` from `connections` callers at once, each sending its next as soon as its last
 * answered, for `seconds`: the closed loop of the figures.
 */
export async function closedLoop(
  connections: number,
  seconds: number,
  request: () => Promise<Outcome>,
): Promise<LoopResult> {
  const latencies: number[] = [];
  const failureCodes: Record<string, number> = {};
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const sent = performance.now();
        const failure = await request().catch((error: unknown) => `FETCH_FAILED: ${String(error)}`);
        latencies.push(performance.now() - sent);
        if (failure !== undefined) failureCodes[failure] = (failureCodes[failure] ?? 0) + 1;
      }
    }),
  );
  return {
    requests: latencies.length,
    failures: Object.values(failureCodes).reduce((total, count) => total + count, 0),
    failureCodes,
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
