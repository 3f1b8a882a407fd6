import { randomBytes } from 'node:crypto';

import { grondslagen, pseudonym, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { Grondslag, TokenClaims } from '@ketengraaf/subgraph-kit';
import { postGraphQL, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { createDjiSubgraph } from '../index';
import type { DjiSubgraph } from '../index';

const CASEMANAGER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught-1' };

let dji: TestSubgraph<DjiSubgraph>;

/** Person A returns to Amsterdam from Utrecht; Amsterdam and RN take part in the D&R-plan. */
const A = { id: '3000000001', bsn: '111222333', herkomst: '0344', terugkeer: '0363' };
/** Person B comes from and returns to Rotterdam; no plan yet. */
const B = { id: '3000000002', bsn: '111222345', herkomst: '0599', terugkeer: '0599' };

async function instroom(person: typeof A): Promise<string> {
  const response = await dji.ask<{ registreerInstroom: { id: string } }>(
    `mutation ($input: InstroomInput!) { registreerInstroom(input: $input) { id } }`,
    {
      input: {
        id: person.id,
        bsn: person.bsn,
        personalia: { voornamen: 'Test', achternaam: `Persoon ${person.id}`, geboortedatum: '1990-01-01' },
        instroomdatum: '2026-03-01',
        verwachteUitstroomdatum: '2026-12-15',
        titel: 'GEVANGENISSTRAF',
        inrichting: 'PI-VUGHT',
        herkomst: { soort: 'GEMEENTE', gemeentecode: person.herkomst },
        terugkeer: { soort: 'GEMEENTE', gemeentecode: person.terugkeer },
        casemanager: { naam: 'C. Manager', email: 'c.manager@dji.example.nl' },
      },
    },
  );
  const id = response.data?.registreerInstroom.id;
  if (!id) throw new Error(JSON.stringify(response.errors));
  return id;
}

beforeAll(async () => {
  dji = await startTestSubgraph('dji_access', createDjiSubgraph, CASEMANAGER);
  const verblijfA = await instroom(A);
  await instroom(B);
  await dji.ask(`mutation ($input: ScreeningInput!) { registreerScreening(input: $input) { id } }`, {
    input: {
      verblijfId: verblijfA,
      datum: '2026-03-08',
      reflectorAfgenomen: true,
      hulpvragen: [{ domein: 'ONDERDAK', hulpvraag: true }],
    },
  });
  await dji.ask(`mutation ($input: DrPlanInput!) { stelDrPlanVast(input: $input) { versie } }`, {
    input: {
      verblijfId: verblijfA,
      verwachteVersie: 0,
      regie: 'DJI',
      deelnemendeOrganisaties: ['dji:PI-VUGHT', 'gemeente:0363', 'reclassering:RN'],
      justitiabeleBetrokken: true,
      vastgesteldOp: '2026-03-25',
      afspraken: [
        {
          basisvoorwaarde: 'ONDERDAK',
          omschrijving: 'Opvang regelen',
          verantwoordelijkePartij: 'gemeente:0363',
          status: 'OPEN',
        },
      ],
    },
  });
});

afterAll(() => dji.stop());

/** Asks as `caller` with a fresh trace, and returns the answer with the access decisions it caused. */
async function askTraced(caller: TokenClaims, query: string, variables: Record<string, unknown> = {}) {
  const traceId = randomBytes(16).toString('hex');
  const response = await postGraphQL(dji.url, query, variables, {
    authorization: `Bearer ${await dji.issuer.sign(caller)}`,
    traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
  });
  const decisions = await dji.subgraph.database.dataSource.query<
    { resource: string; decision: string; policy: string; data_subject_id: string }[]
  >('SELECT resource, decision, policy, data_subject_id FROM access_decision WHERE trace_id = $1', [traceId]);
  return { response, decisions, traceId };
}

const PERSON_QUERY = /* GraphQL */ `
  query ($id: ID!) {
    justitiabele(id: $id) {
      bsn
      personalia {
        achternaam
      }
      huidigVerblijf {
        instroomdatum
        verwachteUitstroomdatum
        titel
        inrichting {
          code
        }
        verblijfsperioden {
          volgnummer
        }
        screening {
          datum
        }
        drPlan {
          versie
        }
      }
    }
  }
`;

/** The fields of the matrix: where each sits in the answer, and its resource name in the log. */
const FIELDS = {
  'Justitiabele.bsn': ['bsn'],
  'Justitiabele.personalia': ['personalia'],
  'Verblijf.instroomdatum': ['huidigVerblijf', 'instroomdatum'],
  'Verblijf.verwachteUitstroomdatum': ['huidigVerblijf', 'verwachteUitstroomdatum'],
  'Verblijf.titel': ['huidigVerblijf', 'titel'],
  'Verblijf.inrichting': ['huidigVerblijf', 'inrichting'],
  'Verblijf.verblijfsperioden': ['huidigVerblijf', 'verblijfsperioden'],
  'Verblijf.screening': ['huidigVerblijf', 'screening'],
  'Verblijf.drPlan': ['huidigVerblijf', 'drPlan'],
} as const;
type Field = keyof typeof FIELDS;

const E = 'EIGEN_TAAK';
const W = 'ART_51C_WJSG';
const P = 'ART_18A_PBW';

/** Per field, the ground expected to open it; absent means denied. */
const allOwnTask: Record<Field, Grondslag> = Object.fromEntries(
  Object.keys(FIELDS).map((field) => [field, E]),
) as Record<Field, Grondslag>;
const detentionOnly: Partial<Record<Field, Grondslag>> = {
  'Justitiabele.bsn': W,
  'Verblijf.instroomdatum': W,
  'Verblijf.verwachteUitstroomdatum': W,
};
const inPlanAsGemeente: Partial<Record<Field, Grondslag>> = {
  ...Object.fromEntries(Object.keys(FIELDS).map((field) => [field, P])),
  ...detentionOnly,
};
const inPlanAsReclassering: Partial<Record<Field, Grondslag>> = Object.fromEntries(
  Object.keys(FIELDS).map((field) => [field, P]),
);
const nothing: Partial<Record<Field, Grondslag>> = {};

const MATRIX: [TokenClaims, typeof A, Partial<Record<Field, Grondslag>>][] = [
  [CASEMANAGER, A, allOwnTask],
  [CASEMANAGER, B, allOwnTask],
  [{ org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'cm-almelo' }, A, allOwnTask],
  [{ org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' }, A, nothing],
  [{ org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' }, A, inPlanAsGemeente],
  [{ org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' }, B, nothing],
  [{ org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-0344' }, A, detentionOnly],
  [{ org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-0599' }, B, detentionOnly],
  [{ org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-0599' }, A, nothing],
  [{ org: 'gemeente:0363', role: 'privacy-officer', sub: 'po-0363' }, A, nothing],
  [{ org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn' }, A, inPlanAsReclassering],
  [{ org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn' }, A, inPlanAsReclassering],
  [{ org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn' }, B, nothing],
  [{ org: 'reclassering:SVG', role: 'toezichthouder', sub: 'th-svg' }, A, nothing],
  [{ org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' }, A, nothing],
  [{ org: 'om', role: 'officier', sub: 'ovj-1' }, A, nothing],
  [{ org: 'justid', role: 'bij-medewerker', sub: 'justid-1' }, A, nothing],
  [{ org: 'zvh:Amsterdam', role: 'procesregisseur', sub: 'zvh-1' }, A, nothing],
];

function valueAt(data: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
}

describe('the DJI access matrix: organisation × role × field × person', () => {
  it.each(
    MATRIX.map(
      ([caller, person, expected]) => [`${caller.org} ${caller.role}`, person.id, caller, person, expected] as const,
    ),
  )('%s reading person %s', async (_name, _id, caller, person, expected) => {
    const { response, decisions } = await askTraced(caller, PERSON_QUERY, { id: person.id });
    const subject = pseudonym(dji.pseudonymKey, { soort: 'SKN', nummer: person.id });
    const allowedFields = Object.keys(expected) as Field[];
    if (allowedFields.length === 0) {
      // No ground at all: the person is refused as a whole, and nothing of them is returned.
      expect(response.data?.['justitiabele']).toBeNull();
      expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
        [['justitiabele'], 'ACCESS_DENIED'],
      ]);
      expect(response.errors?.[0]?.message).toContain(grondslagen.EIGEN_TAAK.omschrijving);
      expect(decisions).toEqual([
        { resource: 'Justitiabele', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: subject },
      ]);
      return;
    }
    const data = response.data?.['justitiabele'];
    for (const [field, path] of Object.entries(FIELDS) as [Field, readonly string[]][]) {
      const ground = expected[field];
      const recorded = decisions.filter((decision) => decision.resource === field);
      const error = response.errors?.find(
        (candidate) => candidate.path?.join('.') === ['justitiabele', ...path].join('.'),
      );
      if (ground) {
        // Allowed: no error at the field (its value may be null when DJI has no such record yet).
        expect([field, error]).toEqual([field, undefined]);
        expect([field, recorded]).toEqual([
          field,
          [
            {
              resource: field,
              decision: 'PERMIT',
              policy: verwerkingsactiviteit('dji', ground),
              data_subject_id: subject,
            },
          ],
        ]);
      } else {
        expect([field, valueAt(data, path)]).toEqual([field, null]);
        expect([field, error?.extensions?.['code']]).toEqual([field, 'ACCESS_DENIED']);
        expect(error?.message).toContain('It requires');
        expect([field, recorded.map((decision) => decision.decision)]).toEqual([field, ['DENY']]);
      }
    }
  });

  it('names the missing ground: a gemeente of origin reading the D&R-plan is told it needs art. 18a Pbw', async () => {
    const { response } = await askTraced(
      { org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-0344' },
      PERSON_QUERY,
      { id: A.id },
    );
    const error = response.errors?.find(
      (candidate) => candidate.path?.join('.') === 'justitiabele.huidigVerblijf.drPlan',
    );
    expect(error?.message).toBe(
      `Access to Verblijf.drPlan denied: gemeente:0344 (nazorgcoordinator) has no legal ground for this person. It requires ${grondslagen.EIGEN_TAAK.omschrijving}; or ${grondslagen.ART_18A_PBW.omschrijving}.`,
    );
  });
});

describe('every path is guarded', () => {
  const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { id bsn personalia { achternaam } huidigVerblijf { instroomdatum } } } }`;

  it('gives a gemeente nothing of another gemeente’s person through _entities, by id or by bsn', async () => {
    const caller: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' };
    const { response } = await askTraced(caller, ENTITIES, {
      representations: [
        { __typename: 'Justitiabele', id: B.id },
        { __typename: 'Justitiabele', bsn: B.bsn },
        { __typename: 'Justitiabele', id: A.id },
      ],
    });
    const entities = response.data?.['_entities'] as unknown[];
    expect(entities[0]).toBeNull();
    expect(entities[1]).toBeNull();
    expect(entities[2]).toMatchObject({
      id: A.id,
      bsn: A.bsn,
      personalia: { achternaam: `Persoon ${A.id}` },
      huidigVerblijf: { instroomdatum: '2026-03-01' },
    });
    expect(JSON.stringify(response.data)).not.toContain(B.bsn);
    expect(
      response.errors
        ?.filter((error) => error.path?.[1] === 0 || error.path?.[1] === 1)
        .map((error) => error.extensions?.['code']),
    ).toEqual(['ACCESS_DENIED', 'ACCESS_DENIED']);
  });

  it('narrows a list to the people the caller may see', async () => {
    const { response } = await askTraced(
      { org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-0599' },
      `query { verblijven(first: 10) { edges { node { justitiabele { id } instroomdatum } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['verblijven']).toEqual({
      edges: [{ node: { justitiabele: { id: B.id }, instroomdatum: '2026-03-01' } }],
    });
  });

  it('refuses a list to a party with no ground to list anyone, and records the refusal', async () => {
    const { response, decisions } = await askTraced(
      { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-1' },
      `query { verblijven(first: 10) { edges { node { id } } } }`,
    );
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
    expect(decisions).toEqual([
      { resource: 'Query.verblijven', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: null },
    ]);
  });

  it('lets only DJI casemanagers change DJI’s records, and records the refusal', async () => {
    const { response, decisions } = await askTraced(
      { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' },
      `mutation { registreerMdo(input: { verblijfId: "00000000-0000-4000-8000-000000000000", datum: "2026-05-01", deelnemers: ["gemeente:0363"], justitiabeleAanwezig: true }) { id } }`,
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
    const [count] = await dji.subgraph.database.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM mdo');
    expect(count?.n).toBe(0);
    expect(decisions.map((decision) => decision.decision)).toEqual(['DENY']);
  });
});

describe('the processing log', () => {
  it('records one processing per person per activity, pseudonymised, with the asking organisation and no user', async () => {
    const caller: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' };
    const { traceId } = await askTraced(caller, PERSON_QUERY, { id: A.id });
    const records = await dji.subgraph.database.dataSource.query<Record<string, unknown>[]>(
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
    const audit = await dji.subgraph.database.dataSource.query<Record<string, unknown>[]>(
      'SELECT user_id, organisation, role FROM processing_audit_record WHERE trace_id = $1',
      [traceId],
    );
    expect(audit).toEqual([{ user_id: 'nc-0363', organisation: 'gemeente:0363', role: 'nazorgcoordinator' }]);
  });

  it('records one processing per person for a list of many fields of many people', async () => {
    const { traceId } = await askTraced(
      CASEMANAGER,
      `query { verblijven(first: 10) { edges { node { instroomdatum titel screening { datum } justitiabele { bsn personalia { achternaam } } } } } }`,
    );
    const records = await dji.subgraph.database.dataSource.query<
      { data_subject_id: string; foreign_operation_processor: string | null }[]
    >('SELECT data_subject_id, foreign_operation_processor FROM processing_log_record WHERE trace_id = $1', [traceId]);
    expect(records.map((record) => record.data_subject_id).sort()).toEqual(
      [A.id, B.id].map((id) => pseudonym(dji.pseudonymKey, { soort: 'SKN', nummer: id })).sort(),
    );
    expect(records.every((record) => record.foreign_operation_processor === null)).toBe(true);
  });

  it('refuses the read when the log cannot be written', async () => {
    const database = dji.subgraph.database.dataSource;
    await database.query('ALTER TABLE processing_audit_record RENAME TO processing_audit_record_away');
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
      await database.query('ALTER TABLE processing_audit_record_away RENAME TO processing_audit_record');
    }
    expect(status).toBe(503);
    expect(response.data).toBeUndefined();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['PROCESSING_LOG_UNAVAILABLE']);
    expect(JSON.stringify(response)).not.toContain(A.bsn);
  });

  it('is append-only', async () => {
    await expect(dji.subgraph.database.dataSource.query('DELETE FROM processing_log_record')).rejects.toThrow(
      'append-only',
    );
  });
});

describe('accountability queries for the privacy officer', () => {
  const PRIVACY_OFFICER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' };
  const VERWERKINGEN = `query ($filter: VerwerkingFilter!, $after: String) { djiVerwerkingen(filter: $filter, first: 2, after: $after) { edges { node { traceId verwerkingsactiviteit betrokkene verwerker aanvrager { gebruiker organisatie rol } } } pageInfo { hasNextPage endCursor } } }`;

  it('finds the records of one trace, of one person and of one activity, with who asked', async () => {
    const { traceId } = await askTraced(
      { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' },
      PERSON_QUERY,
      { id: A.id },
    );
    const byTrace = await dji.ask(VERWERKINGEN, { filter: { traceId } }, PRIVACY_OFFICER);
    expect(byTrace.errors).toBeUndefined();
    const edges = (byTrace.data?.['djiVerwerkingen'] as { edges: { node: Record<string, unknown> }[] }).edges;
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
      const connection = page.data?.['djiVerwerkingen'] as {
        edges: { node: Record<string, unknown> }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      trail.push(...connection.edges.map((edge) => edge.node));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    const subject = pseudonym(dji.pseudonymKey, { soort: 'SKN', nummer: A.id });
    expect(trail.length).toBeGreaterThan(2);
    expect(trail.every((record) => record['betrokkene'] === subject)).toBe(true);

    const byActivity = await dji.ask(
      VERWERKINGEN,
      { filter: { verwerkingsactiviteit: verwerkingsactiviteit('dji', W) } },
      PRIVACY_OFFICER,
    );
    const activities = (byActivity.data?.['djiVerwerkingen'] as { edges: { node: Record<string, unknown> }[] }).edges;
    expect(activities.length).toBeGreaterThan(0);
    expect(activities.every((edge) => edge.node['verwerkingsactiviteit'] === verwerkingsactiviteit('dji', W))).toBe(
      true,
    );
  });

  it('lists the access decisions of a trace, denials included', async () => {
    const { traceId } = await askTraced(
      { org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-0344' },
      PERSON_QUERY,
      { id: A.id },
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
    expect(response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
  });
});
