import type { DataSource } from 'typeorm';

import { openPartyDatabase } from '../database/data-source';
import type { SqlStatementLog } from '../database/sql-statement-log';
import { createLogger } from '../logging/logger';
import { processingLogMigrations } from '../processing-log/processing-log-migrations';
import { ProcessingLogQueries } from '../processing-log/processing-log.queries';
import { writeOperation } from '../processing-log/write-processing-log';
import type { DecisionSet, ProcessingLogOperation } from '../processing-log/write-processing-log';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';

/**
 * The narrow processing records: the migration carries the earlier rows over and they read as
 * before; the writer's numbers of fields and kinds are remembered only once committed.
 */
let database: TestDatabase;
let dataSource: DataSource;
let statements: SqlStatementLog;

const TRACE = '0af7651916cd43dd8448eb211c80319c';
const SUBJECT = '5e'.repeat(32);
const OTHER_SUBJECT = '5e'.repeat(8) + '77'.repeat(24);
const ACTIVITY = 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/eigen-taak';
const OTHER_ACTIVITY = 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/art-18a-pbw';

/** A request's record as the log kept it before, one row of thirteen columns. */
const EARLIER_RECORD = {
  trace_id: TRACE,
  span_id: 'b7ad6b7169203331',
  parent_span_id: '00f067aa0ba902b7',
  name: 'graphql query Werkvoorraad',
  start_time: new Date('2026-11-01T10:00:00.123Z'),
  end_time: new Date('2026-11-01T10:00:00.200Z'),
  status_code: 'OK',
  processing_activity_id: ACTIVITY,
  data_subject_id: SUBJECT,
  data_subject_id_type: 'bsn-hmac-sha256',
  foreign_operation_processor: null,
  bronhouder: null,
};

/** Records as the log kept them before, one row of thirteen columns each. */
const EARLIER = [
  EARLIER_RECORD,
  {
    ...EARLIER_RECORD,
    processing_activity_id: OTHER_ACTIVITY,
    data_subject_id: OTHER_SUBJECT,
    foreign_operation_processor: 'dji:PI-VUGHT',
    bronhouder: 'gemeente:0599',
  },
  {
    trace_id: 'ab'.repeat(16),
    span_id: 'cd'.repeat(8),
    parent_span_id: null,
    name: 'graphql query (anonymous)',
    start_time: new Date('2026-11-02T09:00:00Z'),
    end_time: new Date('2026-11-02T09:00:01Z'),
    status_code: 'ERROR',
    processing_activity_id: ACTIVITY,
    data_subject_id: SUBJECT,
    data_subject_id_type: 'skn-hmac-sha256',
    foreign_operation_processor: 'reclassering:RN',
    bronhouder: null,
  },
];

const open = async (
  migrations: readonly (typeof processingLogMigrations)[number][],
): Promise<{ dataSource: DataSource; statements: SqlStatementLog }> =>
  openPartyDatabase({
    url: database.url,
    entities: [],
    migrations: [...migrations],
    log: createLogger('kit-processing-log-narrow', 'silent'),
  });

beforeAll(async () => {
  database = await createTestDatabase('kit_processing_log_narrow');
  const before = (await open(processingLogMigrations.slice(0, 4))).dataSource;
  for (const record of EARLIER) {
    const columns = Object.keys(record);
    await before.query(
      `INSERT INTO processing_log_record (${columns.join(', ')}) VALUES (${columns.map((_, n) => `$${n + 1}`).join(', ')})`,
      Object.values(record),
    );
  }
  await before.query(
    `INSERT INTO processing_audit_record (trace_id, span_id, user_id, organisation, role)
     VALUES ($1, 'b7ad6b7169203331', 'nc-1', 'gemeente:0363', 'nazorgcoordinator')`,
    [TRACE],
  );
  await before.destroy();
  ({ dataSource, statements } = await open(processingLogMigrations));
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const RECORD_COLUMNS = Object.keys(EARLIER[0] ?? {}).join(', ');

test('carries the earlier records over, each read through the view as it was written', async () => {
  expect(await dataSource.query(`SELECT ${RECORD_COLUMNS} FROM processing_log_record ORDER BY start_time, id`)).toEqual(
    EARLIER,
  );
});

test("the privacy officer's reads find them by trace, person and activity, with who asked", async () => {
  const queries = new ProcessingLogQueries(dataSource);
  const page = { size: 10, after: null };
  const search = { traceId: null, subjectIds: null, activity: null, bronhouder: null };
  const byTrace = await queries.records({ ...search, traceId: TRACE.toUpperCase() }, page);
  expect(byTrace.map((row) => [row.processing_activity_id, row.user_id, row.organisation])).toEqual([
    [ACTIVITY, 'nc-1', 'gemeente:0363'],
    [OTHER_ACTIVITY, 'nc-1', 'gemeente:0363'],
  ]);
  // The person's first 8 bytes are another's too: the whole pseudonym tells them apart.
  const byPerson = await queries.records({ ...search, subjectIds: [SUBJECT] }, page);
  expect(byPerson.map((row) => [row.trace_id, row.status_code, row.foreign_operation_processor])).toEqual([
    [TRACE, 'OK', null],
    ['ab'.repeat(16), 'ERROR', 'reclassering:RN'],
  ]);
  const first = await queries.records({ ...search, activity: ACTIVITY }, { size: 1, after: null });
  const [last] = first;
  const next = await queries.records(
    { ...search, activity: ACTIVITY },
    { size: 1, after: last ? { sortKey: last.start_time.toISOString(), id: last.id } : null },
  );
  expect([...first, ...next].map((row) => row.data_subject_id_type)).toEqual([
    'bsn-hmac-sha256',
    'skn-hmac-sha256',
    'skn-hmac-sha256',
  ]);
  expect(await queries.records({ ...search, bronhouder: 'gemeente:0599' }, page)).toEqual([
    expect.objectContaining({ data_subject_id: OTHER_SUBJECT, parent_span_id: '00f067aa0ba902b7' }),
  ]);
  expect(await queries.recordCounts('2026-11-01', '2026-12-01')).toEqual([
    { maand: '2026-11', processing_activity_id: OTHER_ACTIVITY, bronhouder: 'gemeente:0599', aantal: 1 },
    { maand: '2026-11', processing_activity_id: ACTIVITY, bronhouder: null, aantal: 2 },
  ]);
});

describe('the numbers of fields and kinds', () => {
  const operation = (traceId: string): ProcessingLogOperation => ({
    trace: { traceId, spanId: '12'.repeat(8) },
    name: 'graphql mutation M',
    startTime: new Date(),
    endTime: new Date(),
    failed: false,
  });
  const NEW_ACTIVITY = 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/nieuw';
  const record = {
    activity: NEW_ACTIVITY,
    subject: SUBJECT,
    subjectType: 'bsn-hmac-sha256',
    processor: null,
    bronhouder: null,
  };
  const set: DecisionSet = {
    subject: SUBJECT,
    subjectType: 'bsn-hmac-sha256',
    permitted: true,
    policy: NEW_ACTIVITY,
    bronhouder: null,
    resources: ['Nazorgdossier.nieuw'],
    resourceGrounds: [['NIEUW']],
  };
  const rows = { audit: null, records: [record], sets: [set] };

  /** Writes `rows` for a trace, outside a transaction, and says how many statements it took. */
  async function write(traceId: string): Promise<number> {
    let sent = 0;
    const stop = statements.listen(() => (sent += 1));
    try {
      (await writeOperation(dataSource.manager, operation(traceId), rows))();
    } finally {
      stop();
    }
    return sent;
  }

  const logged = async (traceId: string) => ({
    records: await dataSource.query<unknown[]>(
      'SELECT processing_activity_id FROM processing_log_record WHERE trace_id = $1',
      [traceId],
    ),
    decisions: await dataSource.query<unknown[]>(
      'SELECT resource, policy, requested_grounds FROM access_decision WHERE trace_id = $1',
      [traceId],
    ),
  });

  it('are not remembered from a transaction that rolled back, and are once the next write commits', async () => {
    const rolledBack = 'e1'.repeat(16);
    await expect(
      dataSource.transaction(async (manager) => {
        // As a change's transaction does, the numbers are to be remembered after the commit, which never comes.
        await writeOperation(manager, operation(rolledBack), rows);
        throw new Error('the change fails after its log was written');
      }),
    ).rejects.toThrow('the change fails');
    expect(await logged(rolledBack)).toEqual({ records: [], decisions: [] });

    const again = 'e2'.repeat(16);
    // Looked up and numbered again, then written: had the writer kept the rolled-back numbers, its rows would name nothing.
    expect(await write(again)).toBe(2);
    const written = {
      records: [{ processing_activity_id: NEW_ACTIVITY }],
      decisions: [{ resource: 'Nazorgdossier.nieuw', policy: NEW_ACTIVITY, requested_grounds: ['NIEUW'] }],
    };
    expect(await logged(again)).toEqual(written);

    const steady = 'e3'.repeat(16);
    expect(await write(steady)).toBe(1); // every number known: the rows alone
    expect(await logged(steady)).toEqual(written);
  });

  it('travel with their rows in one prepared statement per connection, planned once after its first runs', async () => {
    const traces = Array.from({ length: 8 }, (_, n) => `f${n}`.repeat(16));
    const prepared = await dataSource.transaction(async (manager) => {
      // One transaction, so one connection: the session whose prepared statements are listed.
      for (const traceId of traces) (await writeOperation(manager, operation(traceId), rows))();
      return manager.query<{ generic_plans: number; custom_plans: number }[]>(
        `SELECT generic_plans::int, custom_plans::int FROM pg_prepared_statements
          WHERE statement LIKE '%INSERT INTO processing_log_entry%'`,
      );
    });
    // PostgreSQL plans the first five runs for their values, then keeps the generic plan (the
    // connection may have written before).
    expect(prepared).toEqual([{ custom_plans: 5, generic_plans: expect.any(Number) as number }]);
    expect(prepared[0]?.generic_plans).toBeGreaterThanOrEqual(traces.length - 5);
    for (const traceId of traces) expect((await logged(traceId)).records).toHaveLength(1);
  });
});
