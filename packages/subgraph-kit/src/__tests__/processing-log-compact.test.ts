import type { DataSource } from 'typeorm';

import { openPartyDatabase } from '../database/data-source';
import { createLogger } from '../logging/logger';
import { processingLogMigrations } from '../processing-log/processing-log-migrations';
import { ProcessingLogQueries } from '../processing-log/processing-log.queries';
import { writeOperation } from '../processing-log/write-processing-log';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';

/** The compact log's migration carries the decisions kept one row per field over, and reads them as before. */
let database: TestDatabase;
let dataSource: DataSource;

const TRACE = 'ab'.repeat(16);
const SPAN = 'cd'.repeat(8);
const SUBJECT = 'ef'.repeat(32);
const ACTIVITY = 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/eigen-taak';

/** Decisions as the log kept them before: one row per field, in one transaction (one `decided_at`). */
const EARLIER = [
  ['Nazorgdossier.rol', SUBJECT, 'PERMIT', ACTIVITY, ['EIGEN_TAAK']],
  ['Nazorgdossier.status', SUBJECT, 'PERMIT', ACTIVITY, ['EIGEN_TAAK', 'ART_18A_PBW']],
  ['Nazorgdossier.zvhNaam', SUBJECT, 'DENY', 'no-legal-ground', ['ZVH_CASUSOVERLEG']],
  ['Query.nazorgdossiers', null, 'DENY', 'no-legal-ground', ['EIGEN_TAAK']],
  ['Query.nazorgdossiers', null, 'DENY', 'no-legal-ground', ['EIGEN_TAAK']],
] as const;

const open = async (migrations: readonly (typeof processingLogMigrations)[number][]): Promise<DataSource> =>
  (
    await openPartyDatabase({
      url: database.url,
      entities: [],
      migrations: [...migrations],
      log: createLogger('kit-processing-log-compact', 'silent'),
    })
  ).dataSource;

beforeAll(async () => {
  database = await createTestDatabase('kit_processing_log_compact');
  const before = await open(processingLogMigrations.slice(0, 3));
  for (const [resource, subject, decision, policy, grounds] of EARLIER) {
    await before.query(
      `INSERT INTO access_decision (trace_id, span_id, resource, data_subject_id, data_subject_id_type, decision, policy,
                                    requested_grounds, decided_at, bronhouder)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '2026-11-01T10:00:00.123456Z', 'gemeente:0599')`,
      [TRACE, SPAN, resource, subject, subject && 'bsn-hmac-sha256', decision, policy, grounds],
    );
  }
  await before.destroy();
  dataSource = await open(processingLogMigrations);
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

test('keeps the earlier decisions as one row per person, decision and owner, and a refusal about no one person as its own', async () => {
  const sets = await dataSource.query<{ subject: string | null; permitted: boolean; fields: number }[]>(
    `SELECT encode(d.data_subject_id, 'hex') AS subject, k.permitted, cardinality(d.resources) AS fields
       FROM access_decision_set d JOIN access_decision_kind k ON k.id = d.kind
      ORDER BY k.permitted DESC, d.data_subject_id NULLS LAST`,
  );
  expect(sets).toEqual([
    { subject: SUBJECT, permitted: true, fields: 2 },
    { subject: SUBJECT, permitted: false, fields: 1 },
    { subject: null, permitted: false, fields: 1 },
    { subject: null, permitted: false, fields: 1 },
  ]);
});

test('reads them, through the view and the privacy officer’s query, one per field as they were written', async () => {
  const viewed = await dataSource.query<Record<string, unknown>[]>(
    `SELECT resource, data_subject_id, decision, policy, requested_grounds, trace_id, span_id, bronhouder
       FROM access_decision ORDER BY resource, decision`,
  );
  const expected = [...EARLIER]
    .sort(([one], [other]) => one.localeCompare(other))
    .map(([resource, subject, decision, policy, grounds]) => ({
      resource,
      data_subject_id: subject,
      decision,
      policy,
      requested_grounds: [...grounds],
    }));
  expect(viewed).toEqual(
    expected.map((decision) => ({ ...decision, trace_id: TRACE, span_id: SPAN, bronhouder: 'gemeente:0599' })),
  );
  const queries = new ProcessingLogQueries(dataSource);
  const search = { traceId: TRACE, subjectIds: null, activity: null, bronhouder: 'gemeente:0599' };
  const first = await queries.decisions(search, { size: 2, after: null });
  const last = first[1];
  const rest = await queries.decisions(search, {
    size: 10,
    after: last ? { sortKey: last.decided_at.toISOString(), id: last.id } : null,
  });
  const paged = [...first.slice(0, 2), ...rest].map(
    ({ resource, data_subject_id, decision, policy, requested_grounds }) => ({
      resource,
      data_subject_id,
      decision,
      policy,
      requested_grounds,
    }),
  );
  expect(
    paged.sort(
      (one, other) => one.resource.localeCompare(other.resource) || one.decision.localeCompare(other.decision),
    ),
  ).toEqual(expected);
});

test('writes sets that read back field by field, a lone field declaring no ground among them', async () => {
  const trace = { traceId: 'ba'.repeat(16), spanId: 'dc'.repeat(8) };
  const refusal = { subject: null, subjectType: null, permitted: false, policy: 'no-legal-ground', bronhouder: null };
  const operation = { trace, name: 'graphql query Q', startTime: new Date(), endTime: new Date(), failed: true };
  await dataSource.transaction((manager) =>
    writeOperation(manager, operation, {
      audit: null,
      records: [],
      sets: [
        { ...refusal, resources: ['Melding nl.ketengraaf.x'], resourceGrounds: [[]] },
        {
          ...refusal,
          subject: SUBJECT,
          subjectType: 'bsn-hmac-sha256',
          resources: ['Nazorgdossier.rol', 'Nazorgdossier.status'],
          resourceGrounds: [['EIGEN_TAAK'], ['EIGEN_TAAK', 'ART_18A_PBW']],
        },
      ],
    }),
  );
  expect(
    await dataSource.query(
      'SELECT resource, data_subject_id, decision, requested_grounds FROM access_decision WHERE trace_id = $1 ORDER BY resource',
      [trace.traceId],
    ),
  ).toEqual([
    { resource: 'Melding nl.ketengraaf.x', data_subject_id: null, decision: 'DENY', requested_grounds: [] },
    { resource: 'Nazorgdossier.rol', data_subject_id: SUBJECT, decision: 'DENY', requested_grounds: ['EIGEN_TAAK'] },
    {
      resource: 'Nazorgdossier.status',
      data_subject_id: SUBJECT,
      decision: 'DENY',
      requested_grounds: ['EIGEN_TAAK', 'ART_18A_PBW'],
    },
  ]);
});
