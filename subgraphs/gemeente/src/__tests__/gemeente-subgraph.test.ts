import { demoPopulation } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { gemeenteParty, seedGemeente } from '../index';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';

/** A nazorgcoördinator of gemeente `code`: the one who may read and change that gemeente's own dossiers. */
function asGemeente(code: string): TokenClaims {
  return { org: `gemeente:${code}`, role: 'nazorgcoordinator', sub: `nc-${code}` };
}

/** Amsterdam, whose dossiers `nazorgdossier()` describes unless told otherwise. */
const AMSTERDAM = asGemeente('0363');

let gemeente: TestSubgraph<PartySubgraph>;
let subgraph: PartySubgraph;

beforeAll(async () => {
  gemeente = await startTestSubgraph('gemeente', gemeenteParty.create, AMSTERDAM);
  subgraph = gemeente.subgraph;
});

afterAll(() => gemeente.stop());

/** Asks as `caller`, by default Amsterdam's nazorgcoördinator. */
const ask = <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  caller: TokenClaims = AMSTERDAM,
): Promise<GraphQLResponse<T>> => gemeente.ask<T>(query, variables, caller);

interface DossierAnswer {
  id: string;
  versie: number;
  status: string;
}

const OPEN = /* GraphQL */ `
  mutation ($input: NazorgdossierInput!) {
    openNazorgdossier(input: $input) {
      id
      versie
      status
      gemeentecode
      rol
      herkomstgemeente
      ontvangendeGemeente
      aangemeldDoor
      geopendOp
      nazorgcoordinator {
        naam
        email
        telefoon
      }
      justitiabele {
        bsn
      }
      basisvoorwaarden {
        identiteitsbewijs {
          aangevraagdOp
          gereedOp
        }
        onderdak {
          type
          per
        }
        inkomen {
          werk
          bankrekening
        }
        zorg {
          zorgverzekering
        }
      }
    }
  }
`;
const BIJWERKEN = /* GraphQL */ `
  mutation ($input: BasisvoorwaardenInput!) {
    werkBasisvoorwaardenBij(input: $input) {
      versie
      basisvoorwaarden {
        identiteitsbewijs {
          aangevraagdOp
          gereedOp
        }
        onderdak {
          type
          per
        }
        inkomen {
          uitkeringAangevraagdOp
          uitkeringToegekendOp
          werk
          bankrekening
        }
        schulden {
          schuldhulpGestartOp
        }
        zorg {
          zorgverzekering
          indicatie
        }
      }
    }
  }
`;
const SLUITEN = /* GraphQL */ `
  mutation ($input: SluitingInput!) {
    sluitNazorgdossier(input: $input) {
      id
      versie
      status
      geslotenOp
    }
  }
`;
const LIJST = /* GraphQL */ `
  query ($gemeentecode: Gemeentecode!, $status: DossierStatus, $first: Int, $after: String) {
    nazorgdossiers(gemeentecode: $gemeentecode, status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          geopendOp
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

function nazorgdossier(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    gemeentecode: '0363',
    bsn: '111222308',
    rol: 'ONTVANGENDE_GEMEENTE',
    herkomstgemeente: '0479',
    aangemeldDoor: 'dji:PI-ZAANSTAD',
    nazorgcoordinator: { naam: 'N. Coordinator', email: 'n.coordinator@amsterdam.example.nl' },
    procesregie: 'GEMEENTE',
    zvhBetrokken: false,
    geopendOp: '2026-03-01',
    ...overrides,
  };
}

/** Opens a dossier as the nazorgcoördinator of the gemeente that keeps it. */
async function open(overrides: Record<string, unknown> = {}): Promise<DossierAnswer> {
  const input = nazorgdossier(overrides);
  const response = await ask<{ openNazorgdossier: DossierAnswer }>(
    OPEN,
    { input },
    asGemeente(String(input['gemeentecode'])),
  );
  expect(response.errors).toBeUndefined();
  if (!response.data) {
    throw new Error('no dossier opened');
  }
  return response.data.openNazorgdossier;
}

async function countRows(table: string): Promise<number> {
  const [row] = await subgraph.database.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
}

/** True for a statement that reads; the processing log's writes and their transaction are not reads. */
const isSelect = (sql: string): boolean => /^\s*SELECT\b/i.test(sql);

/** The processing log's writes for one request: one transaction, one INSERT per log table. */
const LOG_WRITES = [
  'START TRANSACTION',
  'INSERT INTO processing_audit_record',
  'INSERT INTO processing_log_record',
  'INSERT INTO access_decision',
  'COMMIT',
];

/** Runs `work` and returns the SQL statements the subgraph sent meanwhile. */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const stop = subgraph.database.statements.listen((sql) => statements.push(sql));
  try {
    await work();
  } finally {
    stop();
  }
  return statements;
}

describe('opening and closing a nazorgdossier', () => {
  let dossier: DossierAnswer;

  it('opens a dossier with the own gemeente on its side of the rol and nothing arranged yet', async () => {
    const response = await ask<{ openNazorgdossier: DossierAnswer }>(OPEN, { input: nazorgdossier() });
    expect(response.errors).toBeUndefined();
    expect(response.data?.openNazorgdossier).toMatchObject({
      versie: 1,
      status: 'OPEN',
      gemeentecode: '0363',
      rol: 'ONTVANGENDE_GEMEENTE',
      herkomstgemeente: '0479',
      ontvangendeGemeente: '0363',
      aangemeldDoor: 'dji:PI-ZAANSTAD',
      geopendOp: '2026-03-01',
      nazorgcoordinator: { naam: 'N. Coordinator', email: 'n.coordinator@amsterdam.example.nl', telefoon: null },
      justitiabele: { bsn: '111222308' },
      basisvoorwaarden: {
        identiteitsbewijs: { aangevraagdOp: null, gereedOp: null },
        onderdak: { type: null, per: null },
        inkomen: { werk: false, bankrekening: false },
        zorg: { zorgverzekering: false },
      },
    });
    dossier = response.data?.openNazorgdossier ?? dossier;
  });

  it('refuses a second open dossier of the same gemeente on the same person, and writes nothing', async () => {
    const before = await countRows('nazorgdossier');
    const response = await ask(OPEN, { input: nazorgdossier({ geopendOp: '2026-04-01' }) });
    expect(errorCodes(response)).toEqual(['INVALID_STATE']);
    expect(await countRows('nazorgdossier')).toBe(before);
  });

  it('lets the gemeente of origin keep its own dossier on the same person', async () => {
    const herkomst = await open({
      gemeentecode: '0479',
      rol: 'HERKOMSTGEMEENTE',
      herkomstgemeente: null,
      ontvangendeGemeente: '0363',
    });
    expect(herkomst).toMatchObject({ status: 'OPEN', versie: 1 });
  });

  it('refuses closing before the dossier was opened, then closes it', async () => {
    const early = await ask(SLUITEN, {
      input: { dossierId: dossier.id, verwachteVersie: 1, geslotenOp: '2026-02-28' },
    });
    expect(errorCodes(early)).toEqual(['INVALID_PERIOD']);
    const closed = await ask(SLUITEN, {
      input: { dossierId: dossier.id, verwachteVersie: 1, geslotenOp: '2026-09-30' },
    });
    expect(closed.data?.['sluitNazorgdossier']).toEqual({
      id: dossier.id,
      versie: 2,
      status: 'GESLOTEN',
      geslotenOp: '2026-09-30',
    });
  });

  it('lets only one of two concurrent openings for the same gemeente and person through', async () => {
    const input = nazorgdossier({ gemeentecode: '0772', bsn: '111222400', herkomstgemeente: null });
    const zaanstad = asGemeente('0772');
    const results = await Promise.all([ask(OPEN, { input }, zaanstad), ask(OPEN, { input }, zaanstad)]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['INVALID_STATE', 'OK']);
  });

  it('refuses changes to a closed dossier but allows a new open one', async () => {
    const change = await ask(BIJWERKEN, {
      input: { dossierId: dossier.id, verwachteVersie: 2, zorg: { zorgverzekering: true } },
    });
    expect(errorCodes(change)).toEqual(['INVALID_STATE']);
    const again = await ask(SLUITEN, {
      input: { dossierId: dossier.id, verwachteVersie: 2, geslotenOp: '2026-10-01' },
    });
    expect(errorCodes(again)).toEqual(['INVALID_STATE']);
    expect(await open({ geopendOp: '2026-10-15' })).toMatchObject({ status: 'OPEN', versie: 1 });
  });
});

describe('status per basisvoorwaarde', () => {
  // Utrecht's dossiers, changed and read by Utrecht's nazorgcoördinator.
  const UTRECHT = asGemeente('0344');
  let dossierId: string;
  const bijwerken = (input: Record<string, unknown>) => ask(BIJWERKEN, { input: { dossierId, ...input } }, UTRECHT);
  const stored = async () =>
    (
      await subgraph.database.dataSource.query<Record<string, unknown>[]>(
        `SELECT d.versie, s.identiteitsbewijs_aangevraagd_op, s.identiteitsbewijs_gereed_op, s.onderdak_type, s.inkomen_uitkering_toegekend_op
         FROM nazorgdossier d JOIN basisvoorwaarden_status s ON s.dossier_id = d.id WHERE d.id = $1`,
        [dossierId],
      )
    )[0];

  beforeAll(async () => {
    dossierId = (await open({ bsn: '111222321', gemeentecode: '0344', herkomstgemeente: null })).id;
  });

  it('changes only the voorwaarden given, bumps the dossier version, and reads them back', async () => {
    const first = await bijwerken({
      verwachteVersie: 1,
      identiteitsbewijs: { aangevraagdOp: '2026-03-10', gereedOp: '2026-03-31' },
      onderdak: { type: 'MAATSCHAPPELIJKE_OPVANG', per: '2026-06-01' },
    });
    expect(first.errors).toBeUndefined();
    const second = await bijwerken({
      verwachteVersie: 2,
      inkomen: { uitkeringAangevraagdOp: '2026-05-01', werk: false, bankrekening: true },
      zorg: { zorgverzekering: true, indicatie: ' Wmo-begeleiding ' },
    });
    expect(second.data?.['werkBasisvoorwaardenBij']).toEqual({
      versie: 3,
      basisvoorwaarden: {
        identiteitsbewijs: { aangevraagdOp: '2026-03-10', gereedOp: '2026-03-31' },
        onderdak: { type: 'MAATSCHAPPELIJKE_OPVANG', per: '2026-06-01' },
        inkomen: { uitkeringAangevraagdOp: '2026-05-01', uitkeringToegekendOp: null, werk: false, bankrekening: true },
        schulden: { schuldhulpGestartOp: null },
        zorg: { zorgverzekering: true, indicatie: 'Wmo-begeleiding' },
      },
    });
    const read = await ask(
      `query ($id: ID!) { nazorgdossier(id: $id) { versie basisvoorwaarden { onderdak { type } zorg { indicatie } } } }`,
      { id: dossierId },
      UTRECHT,
    );
    expect(read.data?.['nazorgdossier']).toEqual({
      versie: 3,
      basisvoorwaarden: { onderdak: { type: 'MAATSCHAPPELIJKE_OPVANG' }, zorg: { indicatie: 'Wmo-begeleiding' } },
    });
  });

  it('refuses a change based on a stale version and overwrites nothing', async () => {
    const response = await bijwerken({ verwachteVersie: 2, onderdak: { type: 'GEEN' } });
    expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
    expect(response.errors?.[0]?.extensions?.['currentVersion']).toBe(3);
    expect(await stored()).toMatchObject({ versie: 3, onderdak_type: 'MAATSCHAPPELIJKE_OPVANG' });
  });

  it('lets only one of two concurrent changes based on the same version through', async () => {
    const other = (await open({ bsn: '111222424', gemeentecode: '0344', herkomstgemeente: null })).id;
    const change = (type: string) =>
      ask(BIJWERKEN, { input: { dossierId: other, verwachteVersie: 1, onderdak: { type } } }, UTRECHT);
    const results = await Promise.all([change('EIGEN_WONING'), change('KAMERVERHUUR')]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['OK', 'VERSION_CONFLICT']);
  });

  it.each([
    [
      'an identiteitsbewijs ready before it was applied for',
      { identiteitsbewijs: { aangevraagdOp: '2026-04-10', gereedOp: '2026-04-01' } },
      'Identiteitsbewijs',
    ],
    [
      'an uitkering granted before it was applied for',
      {
        inkomen: {
          uitkeringAangevraagdOp: '2026-05-01',
          uitkeringToegekendOp: '2026-04-30',
          werk: false,
          bankrekening: true,
        },
      },
      'Uitkering',
    ],
  ])('refuses %s with INVALID_PERIOD and writes nothing', async (_case, change, message) => {
    const response = await bijwerken({ verwachteVersie: 3, onderdak: { type: 'GEEN' }, ...change });
    expect(errorCodes(response)).toEqual(['INVALID_PERIOD']);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(await stored()).toEqual({
      versie: 3,
      identiteitsbewijs_aangevraagd_op: '2026-03-10',
      identiteitsbewijs_gereed_op: '2026-03-31',
      onderdak_type: 'MAATSCHAPPELIJKE_OPVANG',
      inkomen_uitkering_toegekend_op: null,
    });
  });

  it('refuses a change that names no voorwaarde', async () => {
    expect(errorCodes(await bijwerken({ verwachteVersie: 3 }))).toEqual(['INVALID_INPUT']);
  });

  it('answers an unknown dossier id with NOT_FOUND to a change, and the query as one without a ground', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const change = await ask(
        BIJWERKEN,
        { input: { dossierId: id, verwachteVersie: 1, zorg: { zorgverzekering: true } } },
        UTRECHT,
      );
      expect(errorCodes(change)).toEqual(['NOT_FOUND']);
      const close = await ask(
        SLUITEN,
        { input: { dossierId: id, verwachteVersie: 1, geslotenOp: '2026-10-01' } },
        UTRECHT,
      );
      expect(errorCodes(close)).toEqual(['NOT_FOUND']);
      const read = await ask(`query ($id: ID!) { nazorgdossier(id: $id) { id } }`, { id }, UTRECHT);
      expect(read.data).toEqual({ nazorgdossier: null });
      expect(errorCodes(read)).toEqual(['ACCESS_DENIED']);
    }
  });
});

describe('bad input gets a specific error and writes nothing', () => {
  it.each([
    ['a BSN failing the elfproef', { bsn: '123456789' }, 'INVALID_BSN', 'elfproef'],
    ['a BSN of eight digits', { bsn: '12345678' }, 'INVALID_BSN', 'nine digits'],
    ['an unknown gemeentecode', { gemeentecode: '9999' }, 'UNKNOWN_GEMEENTECODE', '9999'],
    ['an unknown herkomstgemeente', { herkomstgemeente: '0000' }, 'UNKNOWN_GEMEENTECODE', '0000'],
    [
      'an e-mail address without @',
      { nazorgcoordinator: { naam: 'N. C', email: 'nc.amsterdam.nl' } },
      'INVALID_INPUT',
      'e-mail',
    ],
    [
      'a ZVH named while it takes no part',
      { zvhNaam: 'Zorg- en Veiligheidshuis Amsterdam' },
      'INVALID_INPUT',
      'zvhBetrokken',
    ],
    [
      'procesregie with a ZVH that takes no part',
      { procesregie: 'ZORG_EN_VEILIGHEIDSHUIS' },
      'INVALID_INPUT',
      'zvhBetrokken',
    ],
    ['a notifier that is no organisation', { aangemeldDoor: 'iemand' }, 'INVALID_INPUT', 'iemand'],
    ['a notifying gemeente that does not exist', { aangemeldDoor: 'gemeente:9999' }, 'UNKNOWN_GEMEENTECODE', '9999'],
    ['an ontvangende gemeente other than its own', { ontvangendeGemeente: '0599' }, 'INVALID_INPUT', '0599'],
  ])('refuses %s', async (_case, overrides, code, message) => {
    const before = await countRows('nazorgdossier');
    const response = await ask(OPEN, { input: nazorgdossier({ bsn: '999990019', ...overrides }) });
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts/);
    expect(await countRows('nazorgdossier')).toBe(before);
    expect(await countRows('basisvoorwaarden_status')).toBe(before);
  });
});

describe("a gemeente's list of dossiers", () => {
  // Rotterdam's worklist, listed by Rotterdam's nazorgcoördinator.
  const ROTTERDAM = asGemeente('0599');
  const lijst = <T = Record<string, unknown>>(variables: Record<string, unknown>) =>
    ask<T>(LIJST, variables, ROTTERDAM);
  const opened: { id: string; geopendOp: string }[] = [];

  beforeAll(async () => {
    // Two on one day, so the id decides their order.
    const days = ['2026-05-03', '2026-05-01', '2026-05-02', '2026-05-02', '2026-05-04'];
    const bsns = ['111222333', '111222345', '111222357', '111222369', '111222370'];
    for (const [index, geopendOp] of days.entries()) {
      const { id } = await open({ gemeentecode: '0599', bsn: bsns[index], herkomstgemeente: null, geopendOp });
      opened.push({ id, geopendOp });
    }
    const other = await open({
      gemeentecode: '0518',
      bsn: '111222382',
      herkomstgemeente: null,
      geopendOp: '2026-05-01',
    });
    const closed = await open({
      gemeentecode: '0599',
      bsn: '111222394',
      herkomstgemeente: null,
      geopendOp: '2026-04-01',
    });
    expect(other.status).toBe('OPEN');
    const sluiting = await ask(
      SLUITEN,
      { input: { dossierId: closed.id, verwachteVersie: 1, geslotenOp: '2026-04-15' } },
      ROTTERDAM,
    );
    expect(sluiting.errors).toBeUndefined();
  });

  it('pages through the open dossiers oldest first, without overlap or gaps', async () => {
    const pages: {
      edges: { node: { id: string; geopendOp: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    }[] = [];
    let after: string | null = null;
    do {
      const response: GraphQLResponse<{ nazorgdossiers: (typeof pages)[number] }> = await lijst({
        gemeentecode: '0599',
        first: 2,
        after,
      });
      expect(response.errors).toBeUndefined();
      const page = response.data?.nazorgdossiers;
      if (!page) throw new Error('no page');
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 10);

    expect(pages.map((page) => [page.edges.length, page.pageInfo.hasNextPage])).toEqual([
      [2, true],
      [2, true],
      [1, false],
    ]);
    const ids = pages.flatMap((page) => page.edges.map((edge) => edge.node.id));
    expect(new Set(ids).size).toBe(ids.length);
    const expected = [...opened].sort((a, b) => a.geopendOp.localeCompare(b.geopendOp) || a.id.localeCompare(b.id));
    expect(ids).toEqual(expected.map((dossier) => dossier.id));
  });

  it('lists the closed dossiers on request', async () => {
    const response = await lijst<{ nazorgdossiers: { edges: { node: { geopendOp: string } }[] } }>({
      gemeentecode: '0599',
      status: 'GESLOTEN',
    });
    expect(response.data?.nazorgdossiers.edges.map((edge) => edge.node.geopendOp)).toEqual(['2026-04-01']);
  });

  it('refuses a cursor it did not hand out and an unknown gemeentecode', async () => {
    const forged = (sortKey: string, id: string) => Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
    for (const after of [
      'nonsense',
      forged('not-a-date', '00000000-0000-4000-8000-000000000000'),
      forged('2026-02-30', '00000000-0000-4000-8000-000000000000'),
      forged('2026-05-01', 'not-a-uuid'),
    ]) {
      expect(errorCodes(await lijst({ gemeentecode: '0599', after }))).toEqual(['INVALID_CURSOR']);
    }
    expect(errorCodes(await lijst({ gemeentecode: '9999' }))).toEqual(['UNKNOWN_GEMEENTECODE']);
  });

  it('reads a later page through the index on (gemeentecode, status, geopend_op, id), without sorting', async () => {
    const firstPage = await lijst<{ nazorgdossiers: { pageInfo: { endCursor: string } } }>({
      gemeentecode: '0599',
      first: 2,
    });
    const after = firstPage.data?.nazorgdossiers.pageInfo.endCursor;
    // The page's own query; the access check then reads the listed people's dossiers by BSN.
    const statements = await statementsDuring(() => lijst({ gemeentecode: '0599', first: 2, after }));
    const pageQueries = statements.filter((statement) => isSelect(statement) && statement.includes('LIMIT'));
    expect(pageQueries).toHaveLength(1);
    const [sql] = pageQueries;
    const [sortKey, id] = JSON.parse(Buffer.from(after ?? '', 'base64url').toString('utf8')) as [string, string];
    const plan = await subgraph.database.dataSource.transaction(async (manager) => {
      // The test tables are tiny; without this PostgreSQL would rightly scan them instead.
      await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql ?? ''}`, ['0599', 'OPEN', sortKey, id]);
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('Index Scan using nazorgdossier_per_gemeente');
    expect(text).toMatch(/Index Cond: .*gemeentecode.*status.*ROW\(geopend_op, id\) >/);
    expect(text).not.toContain('Sort');
  });
});

describe('the Justitiabele entity, keyed by bsn', () => {
  // Rotterdam's nazorgcoördinator, who has the dossiers opened in the list tests above.
  const ROTTERDAM = asGemeente('0599');
  const ENTITIES = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Justitiabele {
          bsn
          nazorgdossiers {
            gemeentecode
            rol
            status
          }
        }
      }
    }
  `;

  it('resolves several BSNs with their dossiers in exactly one SQL SELECT', async () => {
    const representations = ['111222333', '111222345', '111222412', '123456789'].map((bsn) => ({
      __typename: 'Justitiabele',
      bsn,
    }));
    let response: GraphQLResponse<{ _entities: unknown[] }> = {};
    const statements = await statementsDuring(async () => {
      response = await ask(ENTITIES, { representations }, ROTTERDAM);
    });
    expect(response.data?._entities).toEqual([
      { bsn: '111222333', nazorgdossiers: [{ gemeentecode: '0599', rol: 'ONTVANGENDE_GEMEENTE', status: 'OPEN' }] },
      { bsn: '111222345', nazorgdossiers: [{ gemeentecode: '0599', rol: 'ONTVANGENDE_GEMEENTE', status: 'OPEN' }] },
      // No dossier of Rotterdam's on this person, so no legal ground to say anything of them.
      null,
      // Not a BSN at all: refused the same way, so no answer tells a held person from another.
      null,
    ]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['_entities', 2], 'ACCESS_DENIED'],
      [['_entities', 3], 'ACCESS_DENIED'],
    ]);
    // The dossiers of all the BSNs (for the access checks and the answer alike) in one read ...
    const selects = statements.filter(isSelect);
    expect(selects).toHaveLength(1);
    expect(selects[0]).toContain('"nazorgdossier"');
    // ... and, apart from it, the processing log's writes of this request.
    const writes = statements.filter((sql) => !isSelect(sql));
    expect(writes.map((sql) => LOG_WRITES.find((write) => sql.trimStart().startsWith(write)) ?? sql)).toEqual(
      LOG_WRITES,
    );
  });

  it('loads the basisvoorwaarden of all those dossiers in one more statement', async () => {
    const representations = ['111222333', '111222345', '111222357'].map((bsn) => ({ __typename: 'Justitiabele', bsn }));
    let response: GraphQLResponse<{ _entities: { nazorgdossiers: unknown[] }[] }> = {};
    const statements = await statementsDuring(async () => {
      response = await ask(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { nazorgdossiers { basisvoorwaarden { zorg { zorgverzekering } } } } } }`,
        { representations },
        ROTTERDAM,
      );
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities.map((entity) => entity.nazorgdossiers)).toEqual([
      [{ basisvoorwaarden: { zorg: { zorgverzekering: false } } }],
      [{ basisvoorwaarden: { zorg: { zorgverzekering: false } } }],
      [{ basisvoorwaarden: { zorg: { zorgverzekering: false } } }],
    ]);
    const selects = statements.filter(isSelect);
    expect(selects).toHaveLength(2);
    expect(selects[1]).toContain('"basisvoorwaarden_status"');
    expect(statements.filter((sql) => !isSelect(sql))).toHaveLength(LOG_WRITES.length);
  });

  it("declares the bsn key only: the chain id is DJI's", async () => {
    const response = await ask<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const sdl = response.data?._service.sdl ?? '';
    expect(sdl).toMatch(/type Justitiabele\s+@key\(fields: "bsn"\)\s*\{/);
    expect(sdl).not.toContain('@key(fields: "id")');
  });
});

describe('demo seed', () => {
  interface SeedCount {
    rol: string;
    status: string;
    dossiers: number;
    zonder_onderdak_en_id: number;
  }
  const counts = (target: PartySubgraph) =>
    target.database.dataSource.query<SeedCount[]>(
      `SELECT d.rol, d.status, count(*)::int AS dossiers,
              count(*) FILTER (WHERE s.onderdak_type IS NULL AND s.identiteitsbewijs_gereed_op IS NULL)::int AS zonder_onderdak_en_id
         FROM nazorgdossier d JOIN basisvoorwaarden_status s ON s.dossier_id = d.id
        GROUP BY d.rol, d.status ORDER BY d.rol, d.status`,
    );
  // Every seeded value but the generated ids and timestamps.
  const fingerprint = async (target: PartySubgraph) =>
    (
      await target.database.dataSource.query<{ md5: string }[]>(
        `SELECT md5(string_agg(((to_jsonb(d) - 'id' - 'geregistreerd_op') || (to_jsonb(s) - 'dossier_id'))::text, ','
                               ORDER BY d.gemeentecode, d.bsn))
           FROM nazorgdossier d JOIN basisvoorwaarden_status s ON s.dossier_id = d.id`,
      )
    )[0]?.md5;

  async function withSubgraph<T>(work: (target: PartySubgraph) => Promise<T>): Promise<T> {
    const target = await startTestSubgraph('gemeente_seed', gemeenteParty.create, AMSTERDAM);
    try {
      return await work(target.subgraph);
    } finally {
      await target.stop();
    }
  }

  it('seeds once, deterministically, with a dossier wherever the population says', async () => {
    const persons = demoPopulation(40);
    const first = await withSubgraph(async (target) => {
      expect(await seedGemeente(target.database.dataSource, persons)).toBe(true);
      const seeded = { counts: await counts(target), fingerprint: await fingerprint(target) };
      expect(await seedGemeente(target.database.dataSource, persons)).toBe(false);
      expect(await counts(target)).toEqual(seeded.counts);
      return seeded;
    });
    const second = await withSubgraph(async (target) => {
      await seedGemeente(target.database.dataSource, persons);
      return { counts: await counts(target), fingerprint: await fingerprint(target) };
    });
    expect(second).toEqual(first);

    const expectedOntvangend = persons.filter((person) => person.terugkeer.soort === 'GEMEENTE').length;
    const expectedHerkomst = persons.filter(
      (person) =>
        person.herkomst.soort === 'GEMEENTE' &&
        (person.terugkeer.soort !== 'GEMEENTE' || person.terugkeer.gemeentecode !== person.herkomst.gemeentecode),
    ).length;
    const total = (rol: string) =>
      first.counts.filter((row) => row.rol === rol).reduce((sum, row) => sum + row.dossiers, 0);
    expect(total('ONTVANGENDE_GEMEENTE')).toBe(expectedOntvangend);
    expect(total('HERKOMSTGEMEENTE')).toBe(expectedHerkomst);
    expect(first.counts.some((row) => row.status === 'GESLOTEN')).toBe(true);
    // The hard cases: open dossiers with neither onderdak nor an identiteitsbewijs.
    expect(first.counts.some((row) => row.status === 'OPEN' && row.zonder_onderdak_en_id > 0)).toBe(true);
  });
});
