import { randomBytes } from 'node:crypto';

import { grondslagen, pseudonym, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { Grondslag, TokenClaims } from '@ketengraaf/subgraph-kit';
import { postGraphQL, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { djiParty } from '../index';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';

const CASEMANAGER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught-1' };

let dji: TestSubgraph<PartySubgraph>;

/** Person A returns to Amsterdam from Utrecht; Amsterdam and RN take part in the D&R-plan. */
const A = { id: '3000000001', bsn: '111222333', herkomst: '0344', terugkeer: '0363' };
/** Person B comes from and returns to Rotterdam; screened, no plan yet. */
const B = { id: '3000000002', bsn: '111222345', herkomst: '0599', terugkeer: '0599' };
/** Person C: an ended stay from and to Groningen, now a current stay from and to Almere. */
const C = { id: '3000000003', bsn: '111222357', herkomst: '0034', terugkeer: '0034' };
/** Person D: taken in at PI Vught, since moved to PI Almelo. */
const D = { id: '3000000004', bsn: '111222369', herkomst: '0363', terugkeer: '0363' };

const ALMELO: TokenClaims = { org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'cm-almelo' };

let verblijfB: string;
let eerdereVerblijfC: string;
let huidigeVerblijfC: string;

async function instroom(
  person: typeof A,
  overrides: { instroomdatum?: string; herkomst?: string; terugkeer?: string } = {},
): Promise<string> {
  const response = await dji.ask<{ registreerInstroom: { id: string } }>(
    `mutation ($input: InstroomInput!) { registreerInstroom(input: $input) { id } }`,
    {
      input: {
        id: person.id,
        bsn: person.bsn,
        personalia: { voornamen: 'Test', achternaam: `Persoon ${person.id}`, geboortedatum: '1990-01-01' },
        instroomdatum: overrides.instroomdatum ?? '2026-03-01',
        verwachteUitstroomdatum: '2026-12-15',
        titel: 'GEVANGENISSTRAF',
        inrichting: 'PI-VUGHT',
        herkomst: { soort: 'GEMEENTE', gemeentecode: overrides.herkomst ?? person.herkomst },
        terugkeer: { soort: 'GEMEENTE', gemeentecode: overrides.terugkeer ?? person.terugkeer },
        casemanager: { naam: 'C. Manager', email: 'c.manager@dji.example.nl' },
      },
    },
  );
  const id = response.data?.registreerInstroom.id;
  if (!id) throw new Error(JSON.stringify(response.errors));
  return id;
}

beforeAll(async () => {
  dji = await startTestSubgraph('dji_access', djiParty.create, CASEMANAGER);
  const verblijfA = await instroom(A);
  verblijfB = await instroom(B);
  for (const verblijfId of [verblijfA, verblijfB]) {
    await dji.ask(`mutation ($input: ScreeningInput!) { registreerScreening(input: $input) { id } }`, {
      input: {
        verblijfId,
        datum: '2026-03-08',
        reflectorAfgenomen: true,
        hulpvragen: [{ domein: 'ONDERDAK', hulpvraag: true }],
      },
    });
  }
  eerdereVerblijfC = await instroom(C, { instroomdatum: '2025-01-10', herkomst: '0014', terugkeer: '0014' });
  await dji.ask(`mutation ($input: UitstroomInput!) { registreerUitstroom(input: $input) { id } }`, {
    input: { verblijfId: eerdereVerblijfC, verwachteVersie: 1, uitstroomdatum: '2025-06-01' },
  });
  huidigeVerblijfC = await instroom(C, { instroomdatum: '2026-02-01' });
  const verblijfD = await instroom(D);
  await dji.ask(
    `mutation ($input: OverplaatsingInput!) { registreerOverplaatsing(input: $input) { id } }`,
    {
      input: {
        verblijfId: verblijfD,
        verwachteVersie: 1,
        naarInrichting: 'PI-ALMELO',
        datum: '2026-04-01',
        casemanager: { naam: 'A. Almelo', email: 'a.almelo@dji.example.nl' },
      },
    },
    // The inrichting that holds the person moves them.
    CASEMANAGER,
  );
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

const GRONINGEN: TokenClaims = { org: 'gemeente:0014', role: 'nazorgcoordinator', sub: 'nc-0014' };

const E = 'EIGEN_TAAK';
const W = 'ART_51C_WJSG';
const P = 'ART_18A_PBW';

/** Per field, the ground expected to open it; absent means denied. */
const allOwnTask: Record<Field, Grondslag> = Object.fromEntries(
  Object.keys(FIELDS).map((field) => [field, E]),
) as Record<Field, Grondslag>;
/** A gemeente of origin or return of the current stay: its dates by art. 51c, the rest by art. 18a, plan or not. */
const gemeenteOfStay: Partial<Record<Field, Grondslag>> = {
  ...Object.fromEntries(Object.keys(FIELDS).map((field) => [field, P])),
  'Justitiabele.bsn': W,
  'Verblijf.instroomdatum': W,
  'Verblijf.verwachteUitstroomdatum': W,
};
const inPlanAsReclassering: Partial<Record<Field, Grondslag>> = Object.fromEntries(
  Object.keys(FIELDS).map((field) => [field, P]),
);
const nothing: Partial<Record<Field, Grondslag>> = {};

const MATRIX: [TokenClaims, typeof A, Partial<Record<Field, Grondslag>>][] = [
  [CASEMANAGER, A, allOwnTask],
  [CASEMANAGER, B, allOwnTask],
  [ALMELO, A, nothing],
  [ALMELO, D, allOwnTask],
  [CASEMANAGER, D, nothing],
  [{ org: 'dji:HVB-VUGHT', role: 'casemanager', sub: 'cm-hvb-vught' }, A, nothing],
  [{ org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' }, A, nothing],
  [{ org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' }, A, gemeenteOfStay],
  [{ org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' }, B, nothing],
  [{ org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-0344' }, A, gemeenteOfStay],
  [{ org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-0599' }, B, gemeenteOfStay],
  [{ org: 'gemeente:0034', role: 'nazorgcoordinator', sub: 'nc-0034' }, C, gemeenteOfStay],
  [{ org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-0599' }, A, nothing],
  [{ org: 'gemeente:0363', role: 'privacy-officer', sub: 'po-0363' }, A, nothing],
  [{ org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn' }, A, inPlanAsReclassering],
  [{ org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn' }, A, inPlanAsReclassering],
  [{ org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn' }, B, nothing],
  [{ org: 'reclassering:SVG', role: 'toezichthouder', sub: 'th-svg' }, A, nothing],
  [{ org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' }, A, nothing],
  [{ org: 'om', role: 'officier', sub: 'ovj-1' }, A, nothing],
  [{ org: 'justid', role: 'bij-medewerker', sub: 'justid-1' }, A, nothing],
  [{ org: 'zvh:amsterdam-amstelland', role: 'procesregisseur', sub: 'zvh-1' }, A, nothing],
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

  it('names the missing ground: the gemeente of an ended stay reading personalia is told it needs art. 18a Pbw', async () => {
    const { response } = await askTraced(GRONINGEN, PERSON_QUERY, { id: C.id });
    const error = response.errors?.find((candidate) => candidate.path?.join('.') === 'justitiabele.personalia');
    expect(error?.message).toBe(
      `Access to Justitiabele.personalia denied: gemeente:0014 (nazorgcoordinator) has no legal ground for this person. It requires ${grondslagen.EIGEN_TAAK.omschrijving}; or ${grondslagen.ART_18A_PBW.omschrijving}.`,
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
    // Everyone held in PI Vught; D, moved to PI Almelo, is no longer this casemanager's.
    expect(records.map((record) => record.data_subject_id).sort()).toEqual(
      [A.id, B.id, C.id].map((id) => pseudonym(dji.pseudonymKey, { soort: 'SKN', nummer: id })).sort(),
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
      GRONINGEN,
      `query ($id: ID!) { verblijf(id: $id) { instroomdatum screening { datum } } }`,
      { id: eerdereVerblijfC },
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

describe('art. 18a Pbw from instroom on: the screening is shared before any D&R-plan', () => {
  const HULPVRAGEN = `query ($id: ID!) { justitiabele(id: $id) { huidigVerblijf { drPlan { versie } screening { hulpvragen { domein hulpvraag } } } } }`;
  const SVG: TokenClaims = { org: 'reclassering:SVG', role: 'adviseur', sub: 'adv-svg' };
  const REGISTREER = `mutation ($input: BetrokkenOrganisatieInput!) { registreerBetrokkenOrganisatie(input: $input) { betrokkenOrganisaties { organisatie aanleiding datum } } }`;
  const betrokken = (organisatie: string, aanleiding = 'INFORMATIEVERZOEK_SCREENING') => ({
    input: { verblijfId: verblijfB, organisatie, aanleiding, datum: '2026-03-04' },
  });

  it('lets the gemeente of origin read the hulpvragen while no plan exists', async () => {
    const { response } = await askTraced(
      { org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-0599' },
      HULPVRAGEN,
      { id: B.id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['justitiabele']).toEqual({
      huidigVerblijf: { drPlan: null, screening: { hulpvragen: [{ domein: 'ONDERDAK', hulpvraag: true }] } },
    });
  });

  it('gives an unrelated gemeente nothing of the person', async () => {
    const { response } = await askTraced(
      { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' },
      HULPVRAGEN,
      { id: B.id },
    );
    expect(response.data?.['justitiabele']).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
  });

  it('opens the hulpvragen to a reclassering organisation once DJI recorded it as involved, and to no other', async () => {
    const before = await askTraced(SVG, HULPVRAGEN, { id: B.id });
    expect(before.response.data?.['justitiabele']).toBeNull();

    const recorded = await dji.ask(REGISTREER, betrokken('reclassering:SVG'));
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.['registreerBetrokkenOrganisatie']).toEqual({
      betrokkenOrganisaties: [
        { organisatie: 'reclassering:SVG', aanleiding: 'INFORMATIEVERZOEK_SCREENING', datum: '2026-03-04' },
      ],
    });

    const after = await askTraced(SVG, HULPVRAGEN, { id: B.id });
    expect(after.response.errors).toBeUndefined();
    expect(after.response.data?.['justitiabele']).toEqual({
      huidigVerblijf: { drPlan: null, screening: { hulpvragen: [{ domein: 'ONDERDAK', hulpvraag: true }] } },
    });
    expect(after.decisions).toContainEqual(
      expect.objectContaining({ resource: 'Screening.hulpvragen', policy: verwerkingsactiviteit('dji', P) }),
    );

    const other = await askTraced({ org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn' }, HULPVRAGEN, {
      id: B.id,
    });
    expect(other.response.data?.['justitiabele']).toBeNull();

    // Lists follow the same record: SVG sees B (recorded) and not A (whose plan names RN only).
    const list = await askTraced(SVG, `query { verblijven(first: 10) { edges { node { justitiabele { id } } } } }`);
    expect(list.response.errors).toBeUndefined();
    expect(list.response.data?.['verblijven']).toEqual({ edges: [{ node: { justitiabele: { id: B.id } } }] });
  });

  it('records an organisation once per reason: a repeat changes nothing', async () => {
    await dji.ask(REGISTREER, betrokken('reclassering:SVG'));
    const repeat = await dji.ask(REGISTREER, betrokken('reclassering:SVG'));
    expect(repeat.errors).toBeUndefined();
    const rows = await dji.subgraph.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM betrokken_organisatie WHERE verblijf_id = $1 AND organisatie = 'reclassering:SVG'`,
      [verblijfB],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it.each([
    ['a gemeente', 'gemeente:0363', 'INVALID_INPUT'],
    ['an unknown reclassering organisation', 'reclassering:XYZ', 'INVALID_INPUT'],
    ['something that is no organisation', 'reclassering', 'INVALID_INPUT'],
  ])('refuses to record %s as involved', async (_case, organisatie, code) => {
    const response = await dji.ask(REGISTREER, betrokken(organisatie));
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual([code]);
  });

  it('refuses an unknown verblijf, an ended one, and a caller who is no DJI casemanager', async () => {
    const unknown = await dji.ask(REGISTREER, {
      input: { ...betrokken('reclassering:RN').input, verblijfId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const ended = await dji.ask(REGISTREER, {
      input: { ...betrokken('reclassering:RN').input, verblijfId: eerdereVerblijfC },
    });
    expect(ended.errors?.[0]?.extensions?.['code']).toBe('INVALID_STATE');
    const byReclassering = await dji.ask(REGISTREER, betrokken('reclassering:RN'), {
      org: 'reclassering:RN',
      role: 'adviseur',
      sub: 'adv-rn',
    });
    expect(byReclassering.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
    const [count] = await dji.subgraph.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM betrokken_organisatie WHERE organisatie = 'reclassering:RN'`,
    );
    expect(count?.n).toBe(0);
  });
});

describe('DJI is many organisations: a casemanager reads the persons held in their own inrichting', () => {
  const denied = (response: GraphQLResponse, path: (string | number)[]) =>
    expect(
      response.errors?.filter((error) => error.path?.join('.') === path.join('.')).map((e) => e.extensions?.['code']),
    ).toEqual(['ACCESS_DENIED']);

  it('refuses a casemanager of another inrichting on every root query', async () => {
    const byBsn = await askTraced(ALMELO, `query ($bsn: BSN!) { justitiabeleOpBsn(bsn: $bsn) { id bsn } }`, {
      bsn: A.bsn,
    });
    expect(byBsn.response.data?.['justitiabeleOpBsn']).toBeNull();
    denied(byBsn.response, ['justitiabeleOpBsn']);

    const verblijfA = (
      await askTraced(CASEMANAGER, `query ($id: ID!) { justitiabele(id: $id) { huidigVerblijf { id } } }`, {
        id: A.id,
      })
    ).response.data?.['justitiabele'] as { huidigVerblijf: { id: string } };
    const byVerblijf = await askTraced(
      ALMELO,
      `query ($id: ID!) { verblijf(id: $id) { id instroomdatum justitiabele { bsn } } }`,
      {
        id: verblijfA.huidigVerblijf.id,
      },
    );
    expect(byVerblijf.response.data?.['verblijf']).toBeNull();
    denied(byVerblijf.response, ['verblijf']);
  });

  it('refuses a casemanager of another inrichting through _entities, by id and by bsn, nested fields included', async () => {
    const { response } = await askTraced(
      ALMELO,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { id bsn personalia { achternaam } huidigVerblijf { instroomdatum screening { datum } } verblijven { instroomdatum } } } }`,
      {
        representations: [
          { __typename: 'Justitiabele', id: A.id },
          { __typename: 'Justitiabele', bsn: A.bsn },
          { __typename: 'Justitiabele', id: D.id },
        ],
      },
    );
    const entities = response.data?.['_entities'] as unknown[];
    expect(entities[0]).toBeNull();
    expect(entities[1]).toBeNull();
    expect(entities[2]).toMatchObject({ id: D.id, huidigVerblijf: { instroomdatum: '2026-03-01' } });
    expect(JSON.stringify(response.data)).not.toContain(A.bsn);
    denied(response, ['_entities', 0]);
    denied(response, ['_entities', 1]);
  });

  it('lists only the persons held in the caller’s inrichting, whatever the filter', async () => {
    const almelo = await askTraced(
      ALMELO,
      `query { verblijven(first: 50, filter: { inclusiefUitgestroomd: true }) { edges { node { justitiabele { id } } } } }`,
    );
    expect(almelo.response.errors).toBeUndefined();
    expect(almelo.response.data?.['verblijven']).toEqual({ edges: [{ node: { justitiabele: { id: D.id } } }] });

    const vughtInAlmelo = await askTraced(
      CASEMANAGER,
      `query { verblijven(first: 50, filter: { inrichting: "PI-ALMELO" }) { edges { node { id } } } }`,
    );
    expect(vughtInAlmelo.response.data?.['verblijven']).toEqual({ edges: [] });
  });

  it('leaves the casemanager of the inrichting a person left with nothing of that person', async () => {
    const { response } = await askTraced(CASEMANAGER, `query ($id: ID!) { justitiabele(id: $id) { bsn } }`, {
      id: D.id,
    });
    expect(response.data?.['justitiabele']).toBeNull();
    denied(response, ['justitiabele']);
  });
});

describe('art. 51c WJSG per stay: a gemeente reads the begin and end of the stays that name it', () => {
  it('shows the gemeente of an ended stay that stay, and neither the current stay nor that there is one', async () => {
    const { response } = await askTraced(
      GRONINGEN,
      `query ($id: ID!) { justitiabele(id: $id) { bsn huidigVerblijf { instroomdatum } verblijven { id instroomdatum uitstroomdatum herkomst { gemeentecode } } } }`,
      { id: C.id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['justitiabele']).toEqual({
      bsn: C.bsn,
      huidigVerblijf: null,
      verblijven: [
        {
          id: eerdereVerblijfC,
          instroomdatum: '2025-01-10',
          uitstroomdatum: '2025-06-01',
          herkomst: { gemeentecode: '0014' },
        },
      ],
    });
  });

  it('refuses the gemeente of an ended stay the current stay by id, and leaves it out of lists', async () => {
    const current = await askTraced(GRONINGEN, `query ($id: ID!) { verblijf(id: $id) { instroomdatum } }`, {
      id: huidigeVerblijfC,
    });
    expect(current.response.data?.['verblijf']).toBeNull();
    expect(current.response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');

    const earlier = await askTraced(
      GRONINGEN,
      `query ($id: ID!) { verblijf(id: $id) { instroomdatum uitstroomdatum titel } }`,
      {
        id: eerdereVerblijfC,
      },
    );
    expect(earlier.response.data?.['verblijf']).toEqual({
      instroomdatum: '2025-01-10',
      uitstroomdatum: '2025-06-01',
      titel: null,
    });
    expect(earlier.response.errors?.map((error) => error.path?.join('.'))).toEqual(['verblijf.titel']);

    const list = await askTraced(
      GRONINGEN,
      `query { verblijven(first: 50, filter: { inclusiefUitgestroomd: true }) { edges { node { id } } } }`,
    );
    expect(list.response.errors).toBeUndefined();
    expect(list.response.data?.['verblijven']).toEqual({ edges: [{ node: { id: eerdereVerblijfC } }] });
  });

  it('shows the gemeente of the current stay that stay only, not the earlier one that named another gemeente', async () => {
    const { response } = await askTraced(
      { org: 'gemeente:0034', role: 'nazorgcoordinator', sub: 'nc-0034' },
      `query ($id: ID!) { justitiabele(id: $id) { huidigVerblijf { id } verblijven { id } } }`,
      { id: C.id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['justitiabele']).toEqual({
      huidigVerblijf: { id: huidigeVerblijfC },
      verblijven: [{ id: huidigeVerblijfC }],
    });
  });
});

describe('writes are declared like reads: the casemanager of the inrichting that holds the person', () => {
  const UITSTROOM = `mutation ($input: VerwachteUitstroomInput!) { wijzigVerwachteUitstroom(input: $input) { versie } }`;

  it('refuses another inrichting’s casemanager a change of the person, records it, and writes nothing', async () => {
    const [before] = await dji.subgraph.database.dataSource.query<{ versie: number }[]>(
      'SELECT versie FROM verblijf WHERE id = $1',
      [verblijfB],
    );
    const { response, decisions } = await askTraced(ALMELO, UITSTROOM, {
      input: { verblijfId: verblijfB, verwachteVersie: before?.versie, verwachteUitstroomdatum: '2027-01-01' },
    });
    expect(response.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['resource']])).toEqual([
      ['ACCESS_DENIED', 'Mutation.wijzigVerwachteUitstroom'],
    ]);
    expect(response.errors?.[0]?.message).toBe(
      'Change of the records of this person denied: dji:PI-ALMELO (casemanager) may not change it. It requires own task of the owning party.',
    );
    expect(decisions).toEqual([
      {
        resource: 'Mutation.wijzigVerwachteUitstroom',
        decision: 'DENY',
        policy: 'no-legal-ground',
        data_subject_id: pseudonym(dji.pseudonymKey, { soort: 'SKN', nummer: B.id }),
      },
    ]);
    const [after] = await dji.subgraph.database.dataSource.query<{ versie: number }[]>(
      'SELECT versie FROM verblijf WHERE id = $1',
      [verblijfB],
    );
    expect(after?.versie).toBe(before?.versie);
  });

  it('refuses a registration of instroom into another inrichting than the casemanager’s own', async () => {
    const { response } = await askTraced(
      ALMELO,
      `mutation ($input: InstroomInput!) { registreerInstroom(input: $input) { id } }`,
      {
        input: {
          id: '3000000999',
          bsn: '999990020',
          personalia: { voornamen: 'Test', achternaam: 'Elders', geboortedatum: '1990-01-01' },
          instroomdatum: '2026-03-01',
          verwachteUitstroomdatum: '2026-12-15',
          titel: 'GEVANGENISSTRAF',
          inrichting: 'PI-VUGHT',
          herkomst: { soort: 'GEMEENTE', gemeentecode: '0363' },
          terugkeer: { soort: 'GEMEENTE', gemeentecode: '0363' },
          casemanager: { naam: 'C. Manager', email: 'c.manager@dji.example.nl' },
        },
      },
    );
    expect(response.errors?.[0]?.message).toBe(
      'Change of a verblijf in inrichting PI-VUGHT denied: dji:PI-ALMELO (casemanager) may not change it. It requires own task of the owning party.',
    );
    const rows = await dji.subgraph.database.dataSource.query<unknown[]>(
      `SELECT 1 FROM justitiabele WHERE id = '3000000999'`,
    );
    expect(rows).toEqual([]);
  });

  it('refuses a role the declaration does not name before anything runs, naming who may and on which ground', async () => {
    const { response, decisions } = await askTraced(
      { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-1' },
      UITSTROOM,
      { input: { verblijfId: verblijfB, verwachteVersie: 1, verwachteUitstroomdatum: '2027-01-01' } },
    );
    expect(response.errors?.[0]?.message).toBe(
      'Mutation.wijzigVerwachteUitstroom is done by dji:casemanager on own task of the owning party; gemeente:0363 (nazorgcoordinator) may not.',
    );
    expect(decisions.map((decision) => [decision.resource, decision.decision])).toEqual([
      ['Mutation.wijzigVerwachteUitstroom', 'DENY'],
    ]);
  });
});
