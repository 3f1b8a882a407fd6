import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';

import type { Logger } from '../logging/logger';
import { PGBOSS_SCHEMA } from '../meldingen/outbox';

/** The pg-boss queue of the retention job, in the party's own database. */
export const RETENTION_QUEUE = 'bewaartermijn-verwerkingenlogboek';

/** Every night at 03:15 in the Netherlands, when the log is quiet. */
export const RETENTION_SCHEDULE = '15 3 * * *';

/** What one run of the retention job deleted, as `processing_log_deletion` records it. */
export interface RetentionRun {
  readonly deletedBefore: Date;
  readonly records: number;
  readonly decisions: number;
  readonly auditRecords: number;
}

/**
 * Deletes what of the processing log is older than `retentionDays` before `now`: processing records
 * by their start, access decisions by when they were made, and the audit records no remaining
 * record or decision refers to. In one transaction with the row that records the deletion, so the
 * log never loses rows without saying so. Nothing younger is touched.
 */
export async function expireProcessingLog(
  dataSource: DataSource,
  retentionDays: number,
  now: Date = new Date(),
): Promise<RetentionRun> {
  const deletedBefore = new Date(now.getTime() - retentionDays * 86_400_000);
  return dataSource.transaction(async (manager) => {
    // Lets the append-only trigger pass this transaction's deletes, and no other's.
    await manager.query(`SELECT set_config('ketengraaf.bewaartermijn', 'verlopen', true)`);
    const count = async (sql: string): Promise<number> => {
      const [row] = await manager.query<[{ n: number }]>(sql, [deletedBefore]);
      return row.n;
    };
    const records = await count(
      'WITH gone AS (DELETE FROM processing_log_entry WHERE start_time < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone',
    );
    // An operation's records all start when it does: none is left of an operation deleted here.
    await manager.query('DELETE FROM processing_log_operation WHERE start_time < $1', [deletedBefore]);
    // Counted per field decided, as the decisions are read.
    const decisions = await count(
      `WITH gone AS (DELETE FROM access_decision_set WHERE decided_at < $1 RETURNING cardinality(resources) AS fields)
       SELECT coalesce(sum(fields), 0)::int AS n FROM gone`,
    );
    const auditRecords = await count(
      `WITH gone AS (
         DELETE FROM processing_audit_record a
          WHERE a.recorded_at < $1
            AND NOT EXISTS (SELECT 1 FROM processing_log_operation o
                             WHERE o.trace_id = decode(a.trace_id, 'hex') AND o.span_id = decode(a.span_id, 'hex'))
            AND NOT EXISTS (SELECT 1 FROM access_decision_set d
                             WHERE d.trace_id = decode(a.trace_id, 'hex') AND d.span_id = decode(a.span_id, 'hex'))
         RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
    );
    await manager.query(
      `INSERT INTO processing_log_deletion (retention_days, deleted_before, records, decisions, audit_records)
       VALUES ($1, $2, $3, $4, $5)`,
      [retentionDays, deletedBefore, records, decisions, auditRecords],
    );
    return { deletedBefore, records, decisions, auditRecords };
  });
}

/** The retention job as it runs in a subgraph: stop it before closing the database. */
export interface ProcessingLogRetention {
  stop(): Promise<void>;
}

/**
 * Schedules the retention job with pg-boss in the party's own database (every night, see
 * `RETENTION_SCHEDULE`; one run however many instances are scheduling) and works it here. Each run
 * is logged with what it deleted.
 */
export async function startProcessingLogRetention(options: {
  readonly databaseUrl: string;
  readonly dataSource: DataSource;
  readonly retentionDays: number;
  readonly log: Logger;
}): Promise<ProcessingLogRetention> {
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: PGBOSS_SCHEMA, max: 2, supervise: false });
  boss.on('error', (error: Error) => {
    options.log.error({ err: error }, 'retention queue error');
  });
  await boss.start();
  if (!(await boss.getQueue(RETENTION_QUEUE))) {
    await boss.createQueue(RETENTION_QUEUE, { name: RETENTION_QUEUE, policy: 'singleton' });
  }
  await boss.schedule(RETENTION_QUEUE, RETENTION_SCHEDULE, {}, { tz: 'Europe/Amsterdam' });
  await boss.work(RETENTION_QUEUE, async () => {
    const run = await expireProcessingLog(options.dataSource, options.retentionDays);
    options.log.info({ ...run, retentionDays: options.retentionDays }, 'processing log past its retention deleted');
  });
  return { stop: () => boss.stop({ graceful: true, wait: true }) };
}
