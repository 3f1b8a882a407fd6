import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';

import type { Outcome } from './closed-loop';
import { newTraceparent } from './post-question';
import type { ServiceProcess } from './service-processes';

/**
 * The tables the processing log is stored in (`processing_log_record` and `access_decision` are views
 * of them), each with how it finds one request's rows: the numbered fields and kinds are shared by
 * every request.
 */
const PROCESSING_LOG_TABLES: Readonly<Record<string, string | null>> = {
  processing_log_operation: "trace_id = decode($1, 'hex')",
  processing_log_entry: "operation IN (SELECT id FROM processing_log_operation WHERE trace_id = decode($1, 'hex'))",
  processing_log_kind: null,
  processing_audit_record: 'trace_id = $1',
  access_decision_set: "trace_id = decode($1, 'hex')",
  access_decision_resource: null,
  access_decision_kind: null,
};

/** One request on a quiet stack: the SQL statements every party sent for it, and the rows it wrote (by its trace id). */
export async function costOfOne(
  subgraphs: readonly ServiceProcess[],
  ask: (traceparent: string) => Promise<Outcome>,
  rows: <TRow>(party: PartyName, sql: string, parameters?: unknown[]) => Promise<TRow[]>,
): Promise<{ statements: number; rowsWritten: number }> {
  const sent = async () =>
    (await Promise.all(subgraphs.map((subgraph) => subgraph.statements()))).reduce((total, count) => total + count, 0);
  const before = await sent();
  const traceparent = newTraceparent();
  await ask(traceparent);
  const statements = (await sent()) - before;
  const traceId = traceparent.split('-')[1];
  let rowsWritten = 0;
  for (const party of parties) {
    for (const [table, ofTrace] of Object.entries(PROCESSING_LOG_TABLES)) {
      if (ofTrace === null) continue;
      const [row] = await rows<{ n: number }>(party, `SELECT count(*)::int AS n FROM ${table} WHERE ${ofTrace}`, [
        traceId,
      ]);
      rowsWritten += row?.n ?? 0;
    }
  }
  return { statements, rowsWritten };
}

/** The processing log's tables and indexes, over every party's database, in bytes. */
export async function processingLogBytes(
  rows: <TRow>(party: PartyName, sql: string) => Promise<TRow[]>,
): Promise<number> {
  let total = 0;
  for (const party of parties) {
    const [row] = await rows<{ bytes: string }>(
      party,
      `SELECT sum(pg_total_relation_size(name))::text AS bytes FROM unnest(ARRAY['${Object.keys(PROCESSING_LOG_TABLES).join("','")}']::regclass[]) AS name`,
    );
    total += Number(row?.bytes ?? 0);
  }
  return total;
}
