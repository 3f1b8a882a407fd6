import { randomBytes } from 'node:crypto';

import { pseudonym } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes, postGraphQL } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import {
  ACTIVITY,
  AMSTERDAM,
  DJI_VUGHT,
  DOSSIER_QUERY,
  DOSSIERS,
  logOf,
  PERSON_QUERY,
  PERSONS,
  query,
  RN_TOEZICHT,
  ROTTERDAM,
  ROTTERDAM_PRIVACY_OFFICER,
  startWithDossiers,
  subjectOf,
} from './gemeente-access-fixtures';
import type { GemeenteSubgraph } from './gemeente-fixtures';
import type { Dossier } from './gemeente-access-fixtures';

let gemeente: GemeenteSubgraph;
let ids: Record<Dossier, string>;

beforeAll(async () => {
  ({ gemeente, ids } = await startWithDossiers('gemeente_processing_log'));
});

afterAll(() => gemeente.stop());

const newTraceId = (): string => randomBytes(16).toString('hex');
const newSpanId = (): string => randomBytes(8).toString('hex');
const AMSTERDAM_PRIVACY_OFFICER: TokenClaims = { org: 'gemeente:0363', role: 'privacy-officer', sub: 'po-0363' };

describe('the processing log', () => {
  const MANY_FIELDS = /* GraphQL */ `
    query Worklist {
      nazorgdossiers(gemeentecode: "0599") {
        edges {
          node {
            id
            gemeentecode
            rol
            aangemeldDoor
            nazorgcoordinator {
              naam
              email
            }
            procesregie
            zvhBetrokken
            zvhNaam
            status
            geopendOp
            versie
            basisvoorwaarden {
              onderdak {
                type
              }
              inkomen {
                werk
              }
            }
            justitiabele {
              bsn
              nazorgdossiers {
                id
                status
              }
            }
          }
        }
      }
    }
  `;

  it('records one processing per data subject per activity for many fields of several dossiers', async () => {
    const { response, traceId } = await gemeente.askTraced(MANY_FIELDS, {}, ROTTERDAM);
    const { decisions, records } = await logOf(gemeente, traceId);
    expect(response.errors).toBeUndefined();
    // Dozens of fields read and decided on ...
    expect(decisions.length).toBeGreaterThan(3 * 15);
    // ... yet one record per person per activity: A, B and D, all under own task.
    expect(records.map((record) => [record.processing_activity_id, record.data_subject_id])).toEqual(
      (['A', 'B', 'D'] as const)
        .map((person) => [ACTIVITY.EIGEN_TAAK, subjectOf(gemeente, person)])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    expect(records.every((record) => record.name === 'graphql query Worklist' && record.status_code === 'OK')).toBe(
      true,
    );
  });

  it("keeps that worklist's decisions as one row per person, ground, decision and owner naming its fields, and the privacy officer still reads each field's decision", async () => {
    const { traceId } = await gemeente.askTraced(MANY_FIELDS, {}, ROTTERDAM);
    type DecisionSetRow = {
      subject: string;
      policy: string;
      permitted: boolean;
      bronhouder: string | null;
      resources: string[];
    };
    const sets = await query<DecisionSetRow>(
      gemeente,
      `SELECT encode(d.data_subject_id, 'hex') AS subject, k.policy, k.permitted, k.bronhouder,
              ARRAY(SELECT f.resource FROM unnest(d.resources) AS field JOIN access_decision_resource f ON f.id = field)
                AS resources
         FROM access_decision_set d JOIN access_decision_kind k ON k.id = d.kind WHERE d.trace_id = decode($1, 'hex')`,
      [traceId],
    );
    type Field = { resource: string; data_subject_id: string; decision: string; requested_grounds: string[] };
    const fields = await query<Field & { bronhouder: string | null }>(
      gemeente,
      `SELECT resource, data_subject_id, decision, requested_grounds, bronhouder FROM access_decision WHERE trace_id = $1`,
      [traceId],
    );
    // Three persons read on one ground in Rotterdam's dossiers, a row each naming every field read;
    // D's dossier in Amsterdam refused, one row in Amsterdam's part.
    expect(
      sets.map(({ subject, policy, permitted, bronhouder }) => [subject, policy, permitted, bronhouder]).sort(),
    ).toEqual(
      [
        ...(['A', 'B', 'D'] as const).map((person) => [
          subjectOf(gemeente, person),
          ACTIVITY.EIGEN_TAAK,
          true,
          'gemeente:0599',
        ]),
        [subjectOf(gemeente, 'D'), 'no-legal-ground', false, 'gemeente:0363'],
      ].sort(),
    );
    for (const set of sets.filter(({ permitted }) => permitted)) {
      expect(set.resources).toEqual(
        expect.arrayContaining(['Nazorgdossier.rol', 'Nazorgdossier.procesregie', 'Nazorgdossier.status']),
      );
    }
    for (const set of sets) {
      expect(new Set(set.resources).size).toBe(set.resources.length);
    }
    expect(fields).toHaveLength(sets.flatMap((set) => set.resources).length);

    // Each privacy officer pages through one decision per field of its own dossiers, each with the
    // grounds it declares, and none of the other gemeente's.
    const byField = (one: Field, other: Field): number =>
      `${one.data_subject_id}${one.resource}`.localeCompare(`${other.data_subject_id}${other.resource}`);
    for (const officer of [ROTTERDAM_PRIVACY_OFFICER, AMSTERDAM_PRIVACY_OFFICER]) {
      const own = fields.filter(({ bronhouder }) => bronhouder === officer.org);
      expect(own.length).toBeGreaterThan(0);
      expect((await decisionsReadBy(officer, traceId)).sort(byField)).toEqual(
        own.map(({ bronhouder: _owner, ...field }) => field).sort(byField),
      );
    }
  });

  /** Every access decision of the trace the privacy officer reads, paging by seven. */
  async function decisionsReadBy(officer: TokenClaims, traceId: string) {
    const read: { resource: string; data_subject_id: string; decision: string; requested_grounds: string[] }[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse = await gemeente.ask(
        `query ($traceId: String, $after: String) { gemeenteToegangsbesluiten(traceId: $traceId, first: 7, after: $after) {
           edges { node { resource betrokkene besluit gevraagdeGronden } } pageInfo { hasNextPage endCursor } } }`,
        { traceId, after },
        officer,
      );
      expect(page.errors).toBeUndefined();
      const connection = page.data?.['gemeenteToegangsbesluiten'] as {
        edges: { node: { resource: string; betrokkene: string; besluit: string; gevraagdeGronden: string[] } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      read.push(
        ...connection.edges.map(({ node }) => ({
          resource: node.resource,
          data_subject_id: node.betrokkene,
          decision: node.besluit,
          requested_grounds: node.gevraagdeGronden,
        })),
      );
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    return read;
  }

  it('pseudonymises the data subject with the HMAC of the BSN, and never stores a plain BSN', async () => {
    const { traceId } = await gemeente.askTraced(MANY_FIELDS, {}, ROTTERDAM);
    const { records, decisions, audit } = await logOf(gemeente, traceId);
    for (const row of [...records, ...decisions]) {
      expect(row.data_subject_id).toMatch(/^[0-9a-f]{64}$/);
      expect(row.data_subject_id_type).toBe('bsn-hmac-sha256');
      expect(Object.values(PERSONS)).not.toContain(row.data_subject_id);
    }
    expect(records.map((record) => record.data_subject_id).sort()).toEqual(
      [PERSONS.A, PERSONS.B, PERSONS.D]
        .map((nummer) => pseudonym(gemeente.pseudonymKey, { soort: 'BSN', nummer }))
        .sort(),
    );
    // Not in this trace, and not anywhere in the log.
    const everything = JSON.stringify([records, decisions, audit]);
    const wholeLog = JSON.stringify(
      await query(
        gemeente,
        `SELECT (SELECT json_agg(r) FROM processing_log_record r) AS records,
                (SELECT json_agg(d) FROM access_decision d) AS decisions,
                (SELECT json_agg(a) FROM processing_audit_record a) AS audit`,
      ),
    );
    for (const bsn of Object.values(PERSONS)) {
      expect(everything).not.toContain(bsn);
      expect(wholeLog).not.toContain(bsn);
    }
  });

  it('names the asking organisation as foreign processor when DJI reads, and none when the owning gemeente does', async () => {
    const expected: [TokenClaims, [string, string | null]][] = [
      [DJI_VUGHT, [ACTIVITY.ART_18A_PBW, 'dji:PI-VUGHT']],
      [ROTTERDAM, [ACTIVITY.EIGEN_TAAK, null]],
    ];
    for (const [caller, processing] of expected) {
      const { response, traceId } = await gemeente.askTraced(DOSSIER_QUERY, { id: ids.A1 }, caller);
      expect(response.errors).toBeUndefined();
      const { records } = await logOf(gemeente, traceId);
      expect(records.map((record) => [record.processing_activity_id, record.foreign_operation_processor])).toEqual([
        processing,
      ]);
    }
  });

  it('keeps the user out of the processing records, in one audit record per request', async () => {
    const { traceId } = await gemeente.askTraced(
      PERSON_QUERY,
      { representations: [PERSONS.A, PERSONS.B, PERSONS.D].map((bsn) => ({ __typename: 'Justitiabele', bsn })) },
      RN_TOEZICHT,
    );
    const { records, audit } = await logOf(gemeente, traceId);
    expect(records).toHaveLength(2);
    expect(audit).toEqual([
      expect.objectContaining({ user_id: 'th-rn', organisation: 'reclassering:RN', role: 'toezichthouder' }),
    ]);
    const columns = await query<{ column_name: string }>(
      gemeente,
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'processing_log_record'`,
    );
    const names = columns.map((column) => column.column_name);
    expect(names).toEqual(expect.arrayContaining(['trace_id', 'span_id', 'data_subject_id']));
    for (const forbidden of ['user_id', 'sub', 'gebruiker', 'organisation', 'role']) {
      expect(names).not.toContain(forbidden);
    }
    expect(JSON.stringify(records)).not.toContain('th-rn');
  });

  it("continues the caller's trace: the records carry the trace id of the traceparent sent", async () => {
    // Sent as the gateway would, with a traceparent whose parent span the records must name.
    const traceId = newTraceId();
    const parentSpanId = newSpanId();
    await postGraphQL(
      gemeente.url,
      DOSSIER_QUERY,
      { id: ids.B1 },
      {
        authorization: `Bearer ${await gemeente.issuer.sign(RN_TOEZICHT)}`,
        traceparent: `00-${traceId}-${parentSpanId}-01`,
      },
    );
    const { records, decisions, audit } = await logOf(gemeente, traceId);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record?.trace_id).toBe(traceId);
    expect(record?.parent_span_id).toBe(parentSpanId);
    // The subgraph's handling is a span of its own, shared by the audit record and the decisions.
    expect(record?.span_id).toMatch(/^[0-9a-f]{16}$/);
    expect(record?.span_id).not.toBe(parentSpanId);
    expect(audit).toEqual([
      {
        trace_id: traceId,
        span_id: record?.span_id,
        user_id: 'th-rn',
        organisation: 'reclassering:RN',
        role: 'toezichthouder',
      },
    ]);
    expect(decisions.length).toBeGreaterThan(0);
    const spans = await query<{ span_id: string }>(
      gemeente,
      'SELECT DISTINCT span_id FROM access_decision WHERE trace_id = $1',
      [traceId],
    );
    expect(spans).toEqual([{ span_id: record?.span_id }]);
  });

  it('refuses the read when the log cannot be written: no data, PROCESSING_LOG_UNAVAILABLE, HTTP 503', async () => {
    const dataSource = gemeente.subgraph.database.dataSource;
    const traceId = newTraceId();
    let status = 0;
    let response: GraphQLResponse = {};
    await dataSource.query('ALTER TABLE processing_audit_record RENAME TO processing_audit_record_away');
    try {
      const answer = await fetch(gemeente.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await gemeente.issuer.sign(ROTTERDAM)}`,
          traceparent: `00-${traceId}-${newSpanId()}-01`,
        },
        body: JSON.stringify({ query: DOSSIER_QUERY, variables: { id: ids.A1 } }),
      });
      status = answer.status;
      response = (await answer.json()) as GraphQLResponse;
    } finally {
      await dataSource.query('ALTER TABLE processing_audit_record_away RENAME TO processing_audit_record');
    }
    expect(status).toBe(503);
    expect(response.data).toBeUndefined();
    expect(errorCodes(response)).toEqual(['PROCESSING_LOG_UNAVAILABLE']);
    const answer = JSON.stringify(response);
    for (const secret of [PERSONS.A, ids.A1, DOSSIERS.A1.coordinator, DOSSIERS.A1.zvhNaam]) {
      expect(answer).not.toContain(secret);
    }
    // All of the request's log or none of it: none.
    expect(await logOf(gemeente, traceId)).toEqual({ decisions: [], records: [], audit: [] });
    // With the log back, the same read is answered and recorded.
    const again = await gemeente.askTraced(DOSSIER_QUERY, { id: ids.A1 }, ROTTERDAM);
    expect(again.response.data?.['nazorgdossier']).toMatchObject({ id: ids.A1 });
    expect((await logOf(gemeente, again.traceId)).records).toHaveLength(1);
  });
});

describe('each gemeente’s privacy officer reads its own part of the processing log', () => {
  const VERWERKINGEN = `query ($traceId: String) { gemeenteVerwerkingen(filter: { traceId: $traceId }, first: 50) { edges { node { betrokkene } } } }`;

  it('shows Amsterdam the reads of Amsterdam’s dossiers, and Rotterdam only what concerns the person as such', async () => {
    const { traceId } = await gemeente.askTraced(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { bsn nazorgdossiers { rol nazorgcoordinator { naam } } } } }`,
      { representations: [{ __typename: 'Justitiabele', bsn: PERSONS.C }] },
      AMSTERDAM,
    );
    const records = await gemeente.subgraph.database.dataSource.query<{ bronhouder: string | null }[]>(
      'SELECT bronhouder FROM processing_log_record WHERE trace_id = $1',
      [traceId],
    );
    const amsterdams = records.filter((record) => record.bronhouder === 'gemeente:0363').length;
    const personal = records.filter((record) => record.bronhouder === null).length;
    expect(amsterdams).toBeGreaterThan(0);
    expect(amsterdams + personal).toBe(records.length);

    const seenBy = async (caller: TokenClaims) => {
      const response = await gemeente.ask(VERWERKINGEN, { traceId }, caller);
      expect(response.errors).toBeUndefined();
      return (response.data?.['gemeenteVerwerkingen'] as { edges: unknown[] }).edges.length;
    };
    expect(await seenBy(AMSTERDAM_PRIVACY_OFFICER)).toBe(records.length);
    expect(await seenBy(ROTTERDAM_PRIVACY_OFFICER)).toBe(personal);
  });

  it('logs a read of the person as such as the gemeente whose dossier granted it, not as the others that keep one', async () => {
    // D has a dossier in Rotterdam (D1) and in Amsterdam (D2); Amsterdam's own task and RN's
    // notification rest on D2 alone, so Rotterdam's privacy officer sees nothing of these reads.
    for (const caller of [AMSTERDAM, RN_TOEZICHT]) {
      const { traceId, response } = await gemeente.askTraced(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { bsn } } }`,
        { representations: [{ __typename: 'Justitiabele', bsn: PERSONS.D }] },
        caller,
      );
      expect(response.errors).toBeUndefined();
      const decisions = await query<{ resource: string; bronhouder: string | null }>(
        gemeente,
        'SELECT resource, bronhouder FROM access_decision WHERE trace_id = $1 ORDER BY resource',
        [traceId],
      );
      expect(decisions).toEqual([
        { resource: 'Justitiabele', bronhouder: 'gemeente:0363' },
        { resource: 'Justitiabele.bsn', bronhouder: 'gemeente:0363' },
      ]);
      const records = await query<{ bronhouder: string | null }>(
        gemeente,
        'SELECT bronhouder FROM processing_log_record WHERE trace_id = $1',
        [traceId],
      );
      expect(records).toEqual([{ bronhouder: 'gemeente:0363' }]);
      const rotterdam = await gemeente.ask(VERWERKINGEN, { traceId }, ROTTERDAM_PRIVACY_OFFICER);
      expect((rotterdam.data?.['gemeenteVerwerkingen'] as { edges: unknown[] }).edges).toEqual([]);
    }
  });
});
