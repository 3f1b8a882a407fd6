import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A node process's memory at one moment, in bytes. */
export interface HeapReading {
  /** Resident set, as the kernel counts it. */
  readonly rss: number;
  /** V8's heap in use right after a full collection: what is still reachable, the live heap. */
  readonly heapAfterGc: number;
}

let fullGc: (() => void) | undefined;

/**
 * Collects all of V8's heap at once, then reads it: growth of this figure between readings is
 * memory something still holds, unlike the heap used between collections or the RSS, which rise
 * with garbage and with what V8 and malloc keep for reuse. The service processes run without
 * `--expose-gc` (as the image runs them), so the collector is exposed on the first reading, as
 * Jest's leak detector does: the flag set at run time gives a fresh context a `gc` function.
 */
export function readHeapAfterGc(): HeapReading {
  fullGc ??= (globalThis.gc ?? (setFlagsFromString('--expose-gc'), runInNewContext('gc'))) as () => void;
  fullGc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapAfterGc: heapUsed };
}
