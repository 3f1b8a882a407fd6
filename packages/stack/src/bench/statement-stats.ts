import type { Pool } from 'pg';

import { postgresCpuByProcess } from './process-cpu';
import type { CpuSplit } from './process-cpu';

/**
 * What the cluster must be started with for `npm run bench -- --statements`: `pg_stat_statements`
 * loaded, counting planning apart from execution, and the WAL's flushes timed.
 */
export const STATEMENT_STATS_SETTINGS: Readonly<Record<string, string>> = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track_planning': 'on',
  'pg_stat_statements.max': '2000',
  track_wal_io_timing: 'on',
};

/** How many statement kinds the table names; the rest are summed in one row. */
const SHOWN = 25;

interface StatementRow {
  readonly database: string;
  readonly query: string;
  readonly calls: number;
  readonly plans: number;
  readonly planMs: number;
  readonly execMs: number;
  readonly rows: number;
  readonly walBytes: number;
  readonly blocksDirtied: number;
  readonly blocksHit: number;
}

interface ClusterCounters {
  readonly walRecords: number;
  readonly walBytes: number;
  readonly walWrites: number;
  readonly walSyncs: number;
  readonly walSyncMs: number;
  readonly commits: number;
  readonly rollbacks: number;
  /** Connections opened. */
  readonly sessions: number;
}

export interface StatementStats {
  start(): Promise<void>;
  table(requests: number, excludeDatabases: RegExp): Promise<string>;
}

/**
 * Per-statement figures of one stretch of load on the cluster `admin` connects to as its superuser (started with
 * `STATEMENT_STATS_SETTINGS`): `start` forgets what came before, `table` prints each statement
 * kind's calls, planning and execution time, rows, WAL and blocks per request of the stretch,
 * with the cluster's commits and WAL flushes per request.
 */
export async function statementStats(admin: Pool, postmasterPid: number): Promise<StatementStats> {
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  let before: ClusterCounters | undefined;
  let cpuBefore = new Map<string, CpuSplit>();
  return {
    start: async () => {
      await admin.query('SELECT pg_stat_statements_reset()');
      before = await counters(admin);
      cpuBefore = await postgresCpuByProcess(postmasterPid);
    },
    table: async (requests, excludeDatabases) => {
      const cpu = cpuLine(cpuBefore, await postgresCpuByProcess(postmasterPid), requests);
      const after = await counters(admin);
      const statements = (await statementRows(admin)).filter(({ database }) => !excludeDatabases.test(database));
      return [statementTable(statements, requests), clusterLine(before, after, requests), cpu].join('\n\n');
    },
  };
}

async function statementRows(admin: Pool): Promise<StatementRow[]> {
  const { rows } = await admin.query<StatementRow>(
    `SELECT d.datname AS database, s.query, s.calls::float8 AS calls, s.plans::float8 AS plans,
            s.total_plan_time AS "planMs", s.total_exec_time AS "execMs", s.rows::float8 AS rows,
            s.wal_bytes::float8 AS "walBytes", s.shared_blks_dirtied::float8 AS "blocksDirtied",
            s.shared_blks_hit::float8 AS "blocksHit"
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
      WHERE s.query NOT LIKE '%pg_stat_statements%'
      ORDER BY s.total_plan_time + s.total_exec_time DESC`,
  );
  return rows;
}

async function counters(admin: Pool): Promise<ClusterCounters> {
  const { rows } = await admin.query<ClusterCounters>(
    `SELECT w.wal_records::float8 AS "walRecords", w.wal_bytes::float8 AS "walBytes", w.wal_write::float8 AS "walWrites",
            w.wal_sync::float8 AS "walSyncs", w.wal_sync_time AS "walSyncMs",
            (SELECT sum(xact_commit)::float8 FROM pg_stat_database) AS commits,
            (SELECT sum(xact_rollback)::float8 FROM pg_stat_database) AS rollbacks,
            (SELECT sum(sessions)::float8 FROM pg_stat_database) AS sessions
       FROM pg_stat_wal w`,
  );
  const [row] = rows;
  if (!row) throw new Error('pg_stat_wal answered no row');
  return row;
}

function statementTable(statements: readonly StatementRow[], requests: number): string {
  const per = (value: number) => value / requests;
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const shown = statements.slice(0, SHOWN);
  const rest = statements.slice(SHOWN);
  const sum = (rows: readonly StatementRow[], key: keyof Omit<StatementRow, 'database' | 'query'>) =>
    rows.reduce((total, row) => total + row[key], 0);
  const summed = (database: string, query: string, rows: readonly StatementRow[]): StatementRow => ({
    database,
    query,
    calls: sum(rows, 'calls'),
    plans: sum(rows, 'plans'),
    planMs: sum(rows, 'planMs'),
    execMs: sum(rows, 'execMs'),
    rows: sum(rows, 'rows'),
    walBytes: sum(rows, 'walBytes'),
    blocksDirtied: sum(rows, 'blocksDirtied'),
    blocksHit: sum(rows, 'blocksHit'),
  });
  const cells = (row: StatementRow): string[] => [
    row.database,
    `\`${row.query.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 90)}\``,
    per(row.calls).toFixed(2),
    per(row.plans).toFixed(2),
    per(row.planMs).toFixed(3),
    per(row.execMs).toFixed(3),
    per(row.rows).toFixed(1),
    per(row.walBytes).toFixed(0),
    per(row.blocksDirtied).toFixed(2),
    per(row.blocksHit).toFixed(0),
  ];
  return [
    line([
      'database',
      'statement',
      'calls',
      'plans',
      'plan ms',
      'exec ms',
      'rows',
      'WAL bytes',
      'blocks dirtied',
      'blocks hit',
    ]),
    line(['---', '---', ...Array<string>(8).fill('---:')]),
    ...shown.map((row) => line(cells(row))),
    ...(rest.length > 0 ? [line(cells(summed('', `${rest.length} others`, rest)))] : []),
    line(cells(summed('', '**all**', statements))),
  ].join('\n');
}

/** The cluster's CPU ms per request by kind of process, user + system; processes that ended count under the postmaster. */
function cpuLine(
  before: ReadonlyMap<string, CpuSplit>,
  after: ReadonlyMap<string, CpuSplit>,
  requests: number,
): string {
  const used = [...after].map(([kind, { user, system }]) => {
    const earlier = before.get(kind) ?? { user: 0, system: 0 };
    return { kind, user: (user - earlier.user) / requests, system: (system - earlier.system) / requests };
  });
  const shown = used
    .filter(({ user, system }) => user + system > 0)
    .sort((one, other) => other.user + other.system - (one.user + one.system))
    .map(({ kind, user, system }) => `${kind} ${user.toFixed(2)} + ${system.toFixed(2)}`);
  return `PostgreSQL CPU ms per request, user + system: ${shown.join(', ')}`;
}

function clusterLine(before: ClusterCounters | undefined, after: ClusterCounters, requests: number): string {
  if (!before) return 'cluster counters: not started';
  const per = (key: keyof ClusterCounters) => (after[key] - before[key]) / requests;
  return (
    `per request (figures per request of the stretch, ${requests} requests): ${per('commits').toFixed(2)} commits, ` +
    `${per('rollbacks').toFixed(2)} rollbacks, ${per('sessions').toFixed(3)} connections opened, ${per('walRecords').toFixed(1)} WAL records, ${per('walBytes').toFixed(0)} WAL bytes, ` +
    `${per('walWrites').toFixed(2)} WAL writes, ${per('walSyncs').toFixed(2)} WAL flushes (${per('walSyncMs').toFixed(3)} ms)`
  );
}
