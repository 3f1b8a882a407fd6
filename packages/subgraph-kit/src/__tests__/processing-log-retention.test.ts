import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';

import { openPartyDatabase } from '../database/data-source';
import { createLogger } from '../logging/logger';
import { PGBOSS_SCHEMA } from '../meldingen/outbox';
import { processingLogMigrations } from '../processing-log/processing-log-migrations';
import {
  RETENTION_QUEUE,
  RETENTION_SCHEDULE,
  startProcessingLogRetention,
} from '../processing-log/processing-log-retention';
import type { ProcessingLogRetention } from '../processing-log/processing-log-retention';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';

/** Retention of the processing log: a scheduled job deletes only what is past the term, and says so. */
let database: TestDatabase;
let dataSource: DataSource;
let retention: ProcessingLogRetention;

const DAY = 86_400_000;
const RETENTION_DAYS = 365;
const trace = (n: number): string => n.toString(16).padStart(32, '0');
const SPAN = 'a'.repeat(16);

/** A request's audit record, processing record and decision, `daysAgo` old. */
async function logged(n: number, daysAgo: number, decisionDaysAgo = daysAgo): Promise<void> {
  const at = new Date(Date.now() - daysAgo * DAY);
  const decidedAt = new Date(Date.now() - decisionDaysAgo * DAY);
  await dataSource.query(
    `INSERT INTO processing_audit_record (trace_id, span_id, user_id, organisation, role, recorded_at)
     VALUES ($1, $2, 'u-1', 'gemeente:0363', 'nazorgcoordinator', $3)`,
    [trace(n), SPAN, at],
  );
  await dataSource.query(
    `WITH operation AS (
       INSERT INTO processing_log_operation (trace_id, span_id, name, start_time, end_time, failed)
       VALUES (decode($1, 'hex'), decode($2, 'hex'), 'graphql query Q', $3, $3, false) RETURNING id)
     INSERT INTO processing_log_entry (start_time, operation, kind, data_subject_id)
     SELECT $3, operation.id, (SELECT id FROM processing_log_kind), decode(repeat('ab', 32), 'hex') FROM operation`,
    [trace(n), SPAN, at],
  );
  await dataSource.query(
    `INSERT INTO access_decision_set (trace_id, span_id, resources, kind, decided_at)
     VALUES (decode($1, 'hex'), decode($2, 'hex'), ARRAY[(SELECT id FROM access_decision_resource)],
             (SELECT id FROM access_decision_kind), $3)`,
    [trace(n), SPAN, decidedAt],
  );
}

const tracesIn = async (table: string): Promise<string[]> =>
  (await dataSource.query<{ trace_id: string }[]>(`SELECT DISTINCT trace_id FROM ${table} ORDER BY trace_id`)).map(
    (row) => row.trace_id,
  );

beforeAll(async () => {
  database = await createTestDatabase('kit_retention');
  ({ dataSource } = await openPartyDatabase({
    url: database.url,
    entities: [],
    migrations: processingLogMigrations,
    log: createLogger('kit-retention', 'silent'),
  }));
  await dataSource.query(
    `INSERT INTO access_decision_resource (resource, grounds) VALUES ('Justitiabele', '{EIGEN_TAAK}')`,
  );
  await dataSource.query(
    `INSERT INTO processing_log_kind (processing_activity_id, data_subject_id_type)
     VALUES ('https://ketengraaf.nl/verwerkingsactiviteiten/dji/eigen-taak', 'skn-hmac-sha256')`,
  );
  await dataSource.query(
    `INSERT INTO access_decision_kind (permitted, policy) VALUES (true, 'https://ketengraaf.nl/verwerkingsactiviteiten/dji/eigen-taak')`,
  );
  await logged(1, 400);
  await logged(2, RETENTION_DAYS + 1);
  await logged(3, RETENTION_DAYS - 1);
  await logged(4, 10);
  // A request whose record is past the term but whose decision is not: its audit record stays with the decision.
  await logged(5, 400, 30);
  retention = await startProcessingLogRetention({
    databaseUrl: database.url,
    dataSource,
    retentionDays: RETENTION_DAYS,
    log: createLogger('kit-retention', 'silent'),
  });
});

afterAll(async () => {
  await retention.stop();
  await dataSource.destroy();
  await database.drop();
});

describe('the retention of the processing log', () => {
  it('is scheduled every night in the Netherlands, in the party’s own database', async () => {
    const schedules = await dataSource.query<{ name: string; cron: string; options: { tz?: string } }[]>(
      `SELECT name, cron, options FROM ${PGBOSS_SCHEMA}.schedule`,
    );
    expect(schedules).toEqual([
      { name: RETENTION_QUEUE, cron: RETENTION_SCHEDULE, options: expect.objectContaining({ tz: 'Europe/Amsterdam' }) },
    ]);
  });

  it('refuses any other delete, and every update, as before', async () => {
    for (const table of ['processing_log_entry', 'processing_log_operation', 'processing_log_kind']) {
      await expect(dataSource.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
    }
    await expect(dataSource.query(`UPDATE access_decision_set SET kind = 0`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`UPDATE access_decision_kind SET permitted = false`)).rejects.toThrow(/append-only/);
  });

  it('deletes, when the job runs, only the rows past the term, and records the deletion', async () => {
    const boss = new PgBoss({
      connectionString: database.url,
      schema: PGBOSS_SCHEMA,
      max: 1,
      supervise: false,
      schedule: false,
    });
    await boss.start();
    try {
      // What the schedule sends each night, sent now.
      await boss.send(RETENTION_QUEUE, {});
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    type Deletion = { retention_days: number; records: number; decisions: number; audit_records: number };
    let deletions: Deletion[] = [];
    for (let attempt = 0; attempt < 50 && deletions.length === 0; attempt += 1) {
      deletions = await dataSource.query<Deletion[]>(
        'SELECT retention_days, records, decisions, audit_records FROM processing_log_deletion',
      );
      if (deletions.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(deletions).toEqual([{ retention_days: RETENTION_DAYS, records: 3, decisions: 2, audit_records: 2 }]);
    expect(await tracesIn('processing_log_record')).toEqual([trace(3), trace(4)]);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM processing_log_operation')).toEqual([{ n: 2 }]);
    expect(await tracesIn('access_decision')).toEqual([trace(3), trace(4), trace(5)]);
    expect(await tracesIn('processing_audit_record')).toEqual([trace(3), trace(4), trace(5)]);
    await expect(dataSource.query('DELETE FROM processing_log_deletion')).rejects.toThrow(/append-only/);
  });
});
