import { pseudonym, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import { errorCodes } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import {
  A,
  AMSTERDAM,
  B,
  C,
  CASEMANAGER,
  GRONINGEN,
  P,
  PERSON_QUERY,
  PRIVACY_OFFICER,
  startDjiWithPersons,
  W,
} from './dji-fixtures';
import type { DjiTestSubgraph, Stays } from './dji-fixtures';

let dji: DjiTestSubgraph;
let stays: Stays;

beforeAll(async () => {
  ({ dji, stays } = await startDjiWithPersons('dji_processing_log'));
});

afterAll(() => dji.stop());

const query = <T = Record<string, unknown>[]>(sql: string, parameters: unknown[] = []): Promise<T> =>
  dji.subgraph.database.dataSource.query<T>(sql, parameters);

describe('the processing log', () => {
  it('records one processing per person per activity, pseudonymised, with the asking organisation and no user', async () => {
    const { traceId } = await dji.askTraced(PERSON_QUERY, { id: A.id }, AMSTERDAM);
    const records = await query(
      'SELECT * FROM processing_log_record WHERE trace_id = $1 ORDER BY processing_activity_id',
      [traceId],
    );
    const subject = pseudonym(dji.pseudonymKey, { soort: 'SKN', nummer: A.id });
    expect(
      records.map((record) => [
        record['processing_activity_id'],
        record['data_subject_id'],
        record['foreign_operation_processor'],
      ]),
    ).toEqual([
      [verwerkingsactiviteit('dji', P), subject, 'gemeente:0363'],
      [verwerkingsactiviteit('dji', W), subject, 'gemeente:0363'],
    ]);
    expect(JSON.stringify(records)).not.toContain(A.bsn);
    expect(JSON.stringify(records)).not.toContain(A.id);
    expect(Object.keys(records[0] ?? {})).not.toContain('user_id');
    expect(
      await query('SELECT user_id, organisation, role FROM processing_audit_record WHERE trace_id = $1', [traceId]),
    ).toEqual([{ user_id: 'nc-0363', organisation: 'gemeente:0363', role: 'nazorgcoordinator' }]);
  });

  it('records one processing per person for a list of many fields of many people', async () => {
    const { traceId } = await dji.askTraced(
      `query { verblijven(first: 10) { edges { node { instroomdatum titel screening { datum } justitiabele { bsn personalia { achternaam } } } } } }`,
    );
    const records = await query<{ data_subject_id: string; foreign_operation_processor: string | null }[]>(
      'SELECT data_subject_id, foreign_operation_processor FROM processing_log_record WHERE trace_id = $1',
      [traceId],
    );
    // Everyone held in PI Vught; D, moved to PI Almelo, is no longer this casemanager's.
    expect(records.map((record) => record.data_subject_id).sort()).toEqual(
      [A.id, B.id, C.id].map((id) => pseudonym(dji.pseudonymKey, { soort: 'SKN', nummer: id })).sort(),
    );
    expect(records.every((record) => record.foreign_operation_processor === null)).toBe(true);
  });

  it('refuses the read when the log cannot be written', async () => {
    await query('ALTER TABLE processing_audit_record RENAME TO processing_audit_record_away');
    let response: GraphQLResponse;
    let status: number;
    try {
      const answer = await fetch(dji.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await dji.issuer.sign(CASEMANAGER)}` },
        body: JSON.stringify({ query: PERSON_QUERY, variables: { id: A.id } }),
      });
      status = answer.status;
      response = (await answer.json()) as GraphQLResponse;
    } finally {
      await query('ALTER TABLE processing_audit_record_away RENAME TO processing_audit_record');
    }
    expect(status).toBe(503);
    expect(response.data).toBeUndefined();
    expect(errorCodes(response)).toEqual(['PROCESSING_LOG_UNAVAILABLE']);
    expect(JSON.stringify(response)).not.toContain(A.bsn);
  });

  it('is append-only', async () => {
    for (const table of ['processing_log_entry', 'processing_log_operation', 'access_decision_set']) {
      await expect(query(`DELETE FROM ${table}`)).rejects.toThrow('append-only');
    }
  });
});

describe('accountability queries for the privacy officer', () => {
  const VERWERKINGEN = `query ($filter: VerwerkingFilter!, $after: String) { djiVerwerkingen(filter: $filter, first: 2, after: $after) { edges { node { traceId verwerkingsactiviteit betrokkene verwerker aanvrager { gebruiker organisatie rol } } } pageInfo { hasNextPage endCursor } } }`;
  type Verwerkingen = {
    edges: { node: Record<string, unknown> }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };

  it('finds the records of one trace, of one person and of one activity, with who asked', async () => {
    const { traceId } = await dji.askTraced(PERSON_QUERY, { id: A.id }, AMSTERDAM);
    const byTrace = await dji.ask(VERWERKINGEN, { filter: { traceId } }, PRIVACY_OFFICER);
    expect(byTrace.errors).toBeUndefined();
    const { edges } = byTrace.data?.['djiVerwerkingen'] as Verwerkingen;
    expect(edges).toHaveLength(2);
    expect(edges[0]?.node['aanvrager']).toEqual({
      gebruiker: 'nc-0363',
      organisatie: 'gemeente:0363',
      rol: 'nazorgcoordinator',
    });

    const trail: Record<string, unknown>[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse = await dji.ask(
        VERWERKINGEN,
        { filter: { betrokkene: { soort: 'SKN', nummer: A.id } }, after },
        PRIVACY_OFFICER,
      );
      const connection = page.data?.['djiVerwerkingen'] as Verwerkingen;
      trail.push(...connection.edges.map((edge) => edge.node));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    const subject = pseudonym(dji.pseudonymKey, { soort: 'SKN', nummer: A.id });
    // The reads of A above and in the processing log's cases, over more than one page.
    expect(trail.length).toBeGreaterThan(2);
    expect(trail.every((record) => record['betrokkene'] === subject)).toBe(true);

    const byActivity = await dji.ask(
      VERWERKINGEN,
      { filter: { verwerkingsactiviteit: verwerkingsactiviteit('dji', W) } },
      PRIVACY_OFFICER,
    );
    const activities = (byActivity.data?.['djiVerwerkingen'] as Verwerkingen).edges;
    expect(activities.length).toBeGreaterThan(0);
    expect(activities.every((edge) => edge.node['verwerkingsactiviteit'] === verwerkingsactiviteit('dji', W))).toBe(
      true,
    );
  });

  it('lists the access decisions of a trace, denials included', async () => {
    const { traceId } = await dji.askTraced(
      `query ($id: ID!) { verblijf(id: $id) { instroomdatum screening { datum } } }`,
      { id: stays.eerdereC },
      GRONINGEN,
    );
    const response = await dji.ask(
      `query ($traceId: String) { djiToegangsbesluiten(traceId: $traceId, first: 50) { edges { node { resource besluit beleid } } } }`,
      { traceId },
      PRIVACY_OFFICER,
    );
    const decisions = (
      response.data?.['djiToegangsbesluiten'] as { edges: { node: { resource: string; besluit: string } }[] }
    ).edges.map((edge) => edge.node);
    expect(decisions).toContainEqual({ resource: 'Verblijf.screening', besluit: 'DENY', beleid: 'no-legal-ground' });
    expect(decisions).toContainEqual({
      resource: 'Verblijf.instroomdatum',
      besluit: 'PERMIT',
      beleid: verwerkingsactiviteit('dji', W),
    });
  });

  it('is for the privacy officer only', async () => {
    const response = await dji.ask(VERWERKINGEN, { filter: { traceId: 'x' } }, CASEMANAGER);
    expect(errorCodes(response)[0]).toBe('ACCESS_DENIED');
  });
});
