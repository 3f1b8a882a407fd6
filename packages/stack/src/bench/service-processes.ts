import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { PartyName } from '@ketengraaf/parties';

import type { GatewayServiceOptions } from '../gateway-service';
import type { HeapReading } from '../heap-after-gc';
import type { SubgraphServiceOptions } from '../party-subgraph';
import { SERVICE_RUNTIME_ENVIRONMENT } from '../service-runtime';

/** The gateway's wait for one subgraph in the benchmark (ours and the baseline's): see `BENCH_GATEWAY_ENVIRONMENT`. */
export const BENCH_SUBGRAPH_TIMEOUT_MS = 30_000;

/**
 * The gateway settings the benchmark gives every gateway it starts: under a closed loop on a loaded
 * machine one subgraph fetch can take longer than production's 1.5 s; a timeout then counts as a
 * failure, the party's circuit opens and every request fails fast for 5 s, so the benchmark would
 * measure the breaker. Hive Gateway has no such timeout.
 */
export const BENCH_GATEWAY_ENVIRONMENT = { GATEWAY_SUBGRAPH_TIMEOUT_MS: String(BENCH_SUBGRAPH_TIMEOUT_MS) };

/** The one service a benchmark child process runs, as a deployment runs each in its own process. */
export type ServiceSpec =
  | { readonly role: 'subgraph'; readonly party: PartyName; readonly options: SubgraphServiceOptions }
  | {
      readonly role: 'gateway';
      readonly options: GatewayServiceOptions;
      readonly supergraphSdl: string;
      readonly subgraphUrls: Readonly<Record<PartyName, string>>;
    }
  | {
      readonly role: 'hive';
      readonly supergraphSdl: string;
      readonly subgraphUrls: Readonly<Record<PartyName, string>>;
    }
  | { readonly role: 'baseline'; readonly baseline: BaselineStackSpec };

/** The stack of an older revision, started from its own checkout's build (see `baseline-stack.ts`). */
export interface BaselineStackSpec {
  /** The checkout, built. */
  readonly dir: string;
  readonly databases: Readonly<Record<PartyName, string>>;
  readonly persons: number;
  readonly identity: { readonly issuer: string; readonly audience: string; readonly jwksUrl: string };
}

/** Parent to child. */
export type ToService =
  | { readonly kind: 'start'; readonly spec: ServiceSpec }
  | { readonly kind: 'statements' }
  | { readonly kind: 'heap' }
  | { readonly kind: 'stop' };

/** Child to parent. */
export type FromService =
  | { readonly kind: 'listening'; readonly url: string }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'statements'; readonly count: number }
  | { readonly kind: 'heap'; readonly reading: HeapReading };

/** A service in its own child process. */
export interface ServiceProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** The SQL statements the service has sent so far (a subgraph's; 0 for the others). */
  statements(): Promise<number>;
  /** Its RSS and its V8 heap after a full collection (`npm run soak -- --processes`). */
  heap(): Promise<HeapReading>;
  stop(): Promise<void>;
}

/**
 * What a service process runs with beyond this process's environment: a subgraph and our gateway
 * with the settings the image gives them; Hive Gateway and a baseline with node's defaults, as they
 * are run elsewhere.
 */
function runtimeOf(spec: ServiceSpec): Readonly<Record<string, string>> {
  if (spec.role !== 'subgraph' && spec.role !== 'gateway') return {};
  // This process's own node options (`--profile`'s preloaded profiler) still apply to the service.
  const inherited = process.env['NODE_OPTIONS'];
  const nodeOptions = SERVICE_RUNTIME_ENVIRONMENT.NODE_OPTIONS;
  return { ...SERVICE_RUNTIME_ENVIRONMENT, NODE_OPTIONS: inherited ? `${nodeOptions} ${inherited}` : nodeOptions };
}

/**
 * Forks `service-child.js` for `spec`, with its runtime settings and `environment` added to this
 * process's, and waits until its service listens.
 */
export async function startServiceProcess(
  name: string,
  spec: ServiceSpec,
  environment: Readonly<Record<string, string>> = {},
): Promise<ServiceProcess> {
  const child = fork(join(__dirname, 'service-child.js'), [name], {
    env: { ...process.env, ...runtimeOf(spec), ...environment },
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  let exitedEarly: (code: number | null) => void = () => undefined;
  const url = await new Promise<string>((resolve, reject) => {
    exitedEarly = (code) => {
      reject(new Error(`the ${name} process exited with ${code} before it listened`));
    };
    child.once('exit', exitedEarly);
    child.once('message', (message: FromService) => {
      if (message.kind === 'listening') resolve(message.url);
      else
        reject(new Error(`the ${name} process failed: ${message.kind === 'failed' ? message.message : message.kind}`));
    });
    send(child, { kind: 'start', spec });
  }).catch(async (error: unknown) => {
    child.kill();
    await exited;
    throw error;
  });
  child.off('exit', exitedEarly);
  return {
    name,
    url,
    pid: child.pid ?? NaN,
    statements: async () => {
      const answer = await request(child, { kind: 'statements' });
      return answer.kind === 'statements' ? answer.count : NaN;
    },
    heap: async () => {
      const answer = await request(child, { kind: 'heap' });
      if (answer.kind !== 'heap') throw new Error(`the ${name} process answered ${answer.kind} to heap`);
      return answer.reading;
    },
    stop: async () => {
      // A process that already ended (crashed) has no channel left to hear `stop`.
      if (child.connected) send(child, { kind: 'stop' });
      await exited;
    },
  };
}

function send(child: ChildProcess, message: ToService): void {
  child.send(message);
}

/** Sends `message` and waits for the child's next message, its answer (one question at a time). */
function request(child: ChildProcess, message: ToService): Promise<FromService> {
  return new Promise<FromService>((resolve) => {
    child.once('message', resolve);
    send(child, message);
  });
}

/** A process's memory in MB. */
export interface ProcessMemory {
  /** Resident set: every page the process has in memory, shared ones (the node binary's text) in full. */
  readonly rss: number;
  /**
   * Proportional set: each shared page divided among all processes mapping it, so a sum counts it
   * once; on a machine running other node processes too, they take their part of the binary.
   */
  readonly pss: number;
  /** The pages no other process maps. */
  readonly private: number;
}

/** A process's memory, from `/proc/<pid>/smaps_rollup` (Linux); NaN where that cannot be read. */
async function memoryOf(pid: number): Promise<ProcessMemory> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const mb = (field: string) => {
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(rollup)?.[1];
    return kb === undefined ? NaN : Number(kb) / 1024;
  };
  return { rss: mb('Rss'), pss: mb('Pss'), private: mb('Private_Clean') + mb('Private_Dirty') };
}

/** The stack's memory at one moment, in MB. */
export interface StackMemory {
  readonly rss: number;
  readonly pss: number;
  /**
   * What the stack's processes hold together: their private pages, and the pages they share (the
   * node binary and its libraries, mapped by each) counted once, as the largest shared set of one.
   */
  readonly footprint: number;
}

/** The stack's memory from its processes' at one moment. */
export function stackMemory(processes: readonly ProcessMemory[]): StackMemory {
  const total = (of: (memory: ProcessMemory) => number) => processes.reduce((sum, memory) => sum + of(memory), 0);
  return {
    rss: total(({ rss }) => rss),
    pss: total(({ pss }) => pss),
    footprint:
      total((memory) => memory.private) + Math.max(0, ...processes.map((memory) => memory.rss - memory.private)),
  };
}

/** The highest RSS and PSS each process reached, and the highest of the stack's figures sampled at once. */
export interface MemoryPeaks {
  readonly perProcess: Readonly<Record<string, ProcessMemory>>;
  readonly stack: StackMemory;
}

/**
 * Samples the memory of the stack's processes and of `others` each `intervalMs` until stopped,
 * keeping each one's peaks and the peaks of the stack's figures.
 */
export function sampleMemory(
  stack: readonly ServiceProcess[],
  others: readonly ServiceProcess[],
  intervalMs = 250,
): () => MemoryPeaks {
  const all = [...stack, ...others];
  const higher = <T extends object>(one: T, other: T): T =>
    Object.fromEntries(
      Object.entries(one).map(([key, value]) => [key, Math.max(value as number, other[key as keyof T] as number)]),
    ) as T;
  const none: ProcessMemory = { rss: 0, pss: 0, private: 0 };
  const perProcess: Record<string, ProcessMemory> = Object.fromEntries(all.map(({ name }) => [name, none]));
  let peaks: StackMemory = { rss: 0, pss: 0, footprint: 0 };
  let sampling = false;
  const timer = setInterval(() => {
    if (sampling) return;
    sampling = true;
    void Promise.all(all.map(({ pid }) => memoryOf(pid))).then((sizes) => {
      sizes.forEach((size, index) => {
        const name = all[index]?.name ?? '';
        perProcess[name] = higher(perProcess[name] ?? none, size);
      });
      peaks = higher(peaks, stackMemory(sizes.slice(0, stack.length)));
      sampling = false;
    });
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return { perProcess, stack: peaks };
  };
}
