import { parseArgs } from 'node:util';

/** What `npm run bench` was asked to do. */
export interface BenchOptions {
  /** The data sizes, in persons, each in its own generated chain. */
  readonly sizes: readonly number[];
  readonly rounds: number;
  readonly seconds: number;
  readonly connections: number;
  /** The workloads' keys to run; absent, every workload. */
  readonly workloads?: readonly string[];
  /** A git revision benched beside the working tree as the "baseline" variant; absent, none. */
  readonly baseline?: string;
  /** Remove the cached baseline checkouts first. */
  readonly cleanBaseline: boolean;
  /** Where the report and its plot go. */
  readonly out: string;
  /**
   * Profile each subgraph (V8's CPU profiler) over the first round of each workload through our
   * gateway and print where its time went; the profiler's own cost then inflates that run's CPU figures.
   */
  readonly profile: boolean;
  /**
   * Load `pg_stat_statements` into the cluster and print, per workload, each statement kind's calls,
   * planning and execution time, rows, WAL and blocks per request, with commits and WAL flushes.
   */
  readonly statements: boolean;
}

/** A revision `git worktree add` takes as one argument: a hash, a tag or a branch name, nothing an option. */
const REVISION = /^[\w][\w./-]*$/;

/** Reads `npm run bench`'s arguments, refusing a bad one with a message naming it. */
export function parseBenchOptions(args: readonly string[], workloadKeys: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      persons: { type: 'string', default: '3000,30000' },
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '4' },
      workloads: { type: 'string' },
      baseline: { type: 'string' },
      'clean-baseline': { type: 'boolean', default: false },
      out: { type: 'string', default: 'docs/performance' },
      profile: { type: 'boolean', default: false },
      statements: { type: 'boolean', default: false },
    },
  });
  const sizes = values.persons.split(',').map(Number);
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  if ([...sizes, rounds, seconds, connections].some((value) => !Number.isInteger(value) || value < 1)) {
    throw new Error(
      '--persons (a comma-separated list), --rounds, --seconds and --connections take positive whole numbers',
    );
  }
  const workloads = values.workloads?.split(',').map((key) => key.trim());
  const unknown = workloads?.filter((key) => !workloadKeys.includes(key)) ?? [];
  if (unknown.length > 0) {
    throw new Error(
      `--workloads takes a comma-separated list of ${workloadKeys.join(', ')}; not ${unknown.map((key) => JSON.stringify(key)).join(', ')}`,
    );
  }
  if (values.baseline !== undefined && !REVISION.test(values.baseline)) {
    throw new Error(`--baseline takes a git revision (a commit, tag or branch), not "${values.baseline}"`);
  }
  return {
    sizes,
    rounds,
    seconds,
    connections,
    workloads,
    baseline: values.baseline,
    cleanBaseline: values['clean-baseline'],
    out: values.out,
    profile: values.profile,
    statements: values.statements,
  };
}
