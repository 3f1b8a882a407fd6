import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { PartyName } from '@ketengraaf/parties';

import type { GatewayServiceOptions } from '../gateway-service';
import type { SubgraphServiceOptions } from '../party-subgraph';

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
  | { readonly kind: 'stop' };

/** Child to parent. */
export type FromService =
  | { readonly kind: 'listening'; readonly url: string }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'statements'; readonly count: number };

/** A service in its own child process. */
export interface ServiceProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** The SQL statements the service has sent so far (a subgraph's; 0 for the others). */
  statements(): Promise<number>;
  stop(): Promise<void>;
}

/** Forks `service-child.js` for `spec` and waits until its service listens. */
export async function startServiceProcess(name: string, spec: ServiceSpec): Promise<ServiceProcess> {
  const child = fork(join(__dirname, 'service-child.js'), [name], {
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
    statements: () =>
      new Promise<number>((resolve) => {
        child.once('message', (message: FromService) => {
          resolve(message.kind === 'statements' ? message.count : NaN);
        });
        send(child, { kind: 'statements' });
      }),
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

/** A process's resident set in MB, from `/proc` (Linux); NaN where that cannot be read. */
export async function residentMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    return kb === undefined ? NaN : Number(kb) / 1024;
  } catch {
    return NaN;
  }
}

/** The highest RSS each process reached, and the highest of their sum sampled at once. */
export interface RssPeaks {
  readonly perProcess: Readonly<Record<string, number>>;
  readonly sum: number;
}

/**
 * Samples the RSS of the stack's processes and of `others` each `intervalMs` until stopped, keeping
 * each one's peak and the peak of the stack's sum.
 */
export function sampleRss(
  stack: readonly ServiceProcess[],
  others: readonly ServiceProcess[],
  intervalMs = 250,
): () => RssPeaks {
  const all = [...stack, ...others];
  const perProcess: Record<string, number> = Object.fromEntries(all.map(({ name }) => [name, 0]));
  let sum = 0;
  let sampling = false;
  const timer = setInterval(() => {
    if (sampling) return;
    sampling = true;
    void Promise.all(all.map(({ pid }) => residentMb(pid))).then((sizes) => {
      sizes.forEach((size, index) => {
        const name = all[index]?.name ?? '';
        perProcess[name] = Math.max(perProcess[name] ?? 0, size);
      });
      sum = Math.max(
        sum,
        sizes.slice(0, stack.length).reduce((total, size) => total + size, 0),
      );
      sampling = false;
    });
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return { perProcess, sum };
  };
}
