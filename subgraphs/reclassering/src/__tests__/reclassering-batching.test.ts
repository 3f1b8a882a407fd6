import { addDays, DEMO_REFERENCE_DATE, demoPopulation } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { customAndGenericPlans, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { reclasseringParty, seedReclassering } from '../index';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';

// Enough persons that a DJI casemanager has more than ten of its own among the reclassering's.
const persons = demoPopulation(1200);
const RN_TOEZICHT: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' };
const DJI_CASEMANAGER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught-1' };

let reclassering: TestSubgraph<PartySubgraph>;
let subgraph: PartySubgraph;

beforeAll(async () => {
  reclassering = await startTestSubgraph('reclassering_batching', reclasseringParty.create, RN_TOEZICHT);
  subgraph = reclassering.subgraph;
  await seedReclassering(subgraph.database.dataSource, persons);
});

afterAll(() => reclassering.stop());

const query = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
  subgraph.database.dataSource.query<T[]>(sql, parameters);

const isSelect = (sql: string): boolean => /^\s*SELECT\b/i.test(sql);

/** Runs a query and returns its answer with the reads it cost; the processing log's writes come on top. */
async function withStatements(caller: TokenClaims, document: string, variables: Record<string, unknown>) {
  const statements: string[] = [];
  const stopListening = subgraph.database.statements.listen((sql) => statements.push(sql));
  try {
    const response = await reclassering.ask(document, variables, caller);
    return { response, selects: statements.filter(isSelect) };
  } finally {
    stopListening();
  }
}

/** How many of the statements read from each table, by the table named after FROM. */
function selectsPerTable(selects: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sql of selects) {
    const table = /FROM "([a-z_]+)"/.exec(sql)?.[1] ?? sql;
    counts[table] = (counts[table] ?? 0) + 1;
  }
  return counts;
}

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        id
        adviezen {
          datum
          geadviseerdeVoorwaarden {
            type
          }
        }
        toezichten {
          status
          toezichthouder {
            naam
          }
          bijzondereVoorwaarden {
            type
            naleving {
              uitkomst
              melding {
                gemeldAan
              }
            }
          }
        }
        risicotaxatie {
          recidiverisico
          gevaarrisico
        }
      }
    }
  }
`;

describe('entity references are batched', () => {
  /** The persons the reclassering has records on, in population order. */
  let known: string[];

  /** 50 of them in population order: as many as 25 that `visible` holds, the rest persons it does not. */
  function referencesAmong(visible: ReadonlySet<string>): string[] {
    const seen = known.filter((id) => visible.has(id)).slice(0, 25);
    const chosen = new Set([...seen, ...known.filter((id) => !visible.has(id)).slice(0, 50 - seen.length)]);
    return known.filter((id) => chosen.has(id));
  }

  beforeAll(async () => {
    const rows = await query<{ id: string }>(
      'SELECT justitiabele_id AS id FROM toezicht UNION SELECT justitiabele_id FROM advies',
    );
    const withRecords = new Set(rows.map((row) => row.id));
    known = persons.filter((person) => withRecords.has(person.skn)).map((person) => person.skn);
  });

  it.each([
    [
      'a toezichthouder of RN, who reads every kind of record of its own people',
      RN_TOEZICHT,
      `SELECT justitiabele_id AS id FROM toezicht WHERE organisatie = 'reclassering:RN'
       UNION SELECT justitiabele_id FROM advies WHERE organisatie = 'reclassering:RN'`,
      {
        toezicht: 1,
        advies: 1,
        adviesopdracht: 1,
        screeningmelding: 1,
        risicotaxatie: 1,
        advies_voorwaarde: 1,
        bijzondere_voorwaarde: 1,
        naleving: 1,
        overtredingsmelding: 1,
      },
    ],
    [
      'a DJI casemanager, who reads under art. 18a and 18b Pbw only',
      DJI_CASEMANAGER,
      `SELECT justitiabele_id AS id FROM toezicht WHERE status = 'LOPEND' AND 'dji:PI-VUGHT' = ANY (ketenpartners)
       UNION SELECT r.justitiabele_id FROM risicotaxatie r
        WHERE r.datum = (SELECT max(datum) FROM risicotaxatie l WHERE l.justitiabele_id = r.justitiabele_id)
          AND r.gevaarrisico <> 'LAAG'
          AND (SELECT inrichting FROM (
                 SELECT datum, 0 AS rang, inrichting FROM advies a WHERE a.justitiabele_id = r.justitiabele_id
                 UNION ALL
                 SELECT begindatum, 1, CASE WHEN status = 'LOPEND' THEN inrichting END
                   FROM toezicht t WHERE t.justitiabele_id = r.justitiabele_id
               ) laatst ORDER BY datum DESC, rang DESC LIMIT 1) = 'dji:PI-VUGHT'`,
      // The adviezen tell where the person is held; no naleving is read outside the own task, nor the meldingen to OM.
      // The person's records, OM's adviesopdrachten and DJI's screeningmeldingen among them, are read together whichever ground asks first.
      { toezicht: 1, advies: 1, adviesopdracht: 1, screeningmelding: 1, risicotaxatie: 1, bijzondere_voorwaarde: 1 },
    ],
  ])(
    'resolves 50 references for %s with one SQL SELECT per entity type',
    async (_caller, caller, visibleSql, expected) => {
      const visible = new Set((await query<{ id: string }>(visibleSql)).map((row) => row.id));
      const references = referencesAmong(visible);
      const representations = references.map((id) => ({ __typename: 'Justitiabele', id }));
      expect(representations).toHaveLength(50);
      const { response, selects } = await withStatements(caller, ENTITIES, { representations });

      const entities = response.data?.['_entities'] as ({ id: string } | null)[];
      expect(entities.map((entity) => entity?.id ?? null)).toEqual(
        references.map((id) => (visible.has(id) ? id : null)),
      );
      expect(entities.filter(Boolean).length).toBeGreaterThanOrEqual(10);
      expect(entities.filter((entity) => entity === null).length).toBeGreaterThanOrEqual(10);
      // One statement per table, whatever the number of references and records.
      expect(selectsPerTable(selects)).toEqual(expected);
    },
  );

  it('refuses a reference it cannot place as one it has no ground for, in its place', async () => {
    const rn = (
      await query<{ id: string }>(
        `SELECT justitiabele_id AS id FROM toezicht WHERE organisatie = 'reclassering:RN' LIMIT 1`,
      )
    )[0]?.id;
    const { response } = await withStatements(RN_TOEZICHT, ENTITIES, {
      representations: [
        { __typename: 'Justitiabele', id: 'onbekend' },
        { __typename: 'Justitiabele', id: rn },
        { __typename: 'Justitiabele', id: ' ' },
      ],
    });
    expect(response.data?.['_entities']).toEqual([null, expect.objectContaining({ id: rn }), null]);
    // A number it has no record of, or no number at all: no ground to say anything, not even that it is unknown.
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['_entities', 0], 'ACCESS_DENIED'],
      [['_entities', 2], 'ACCESS_DENIED'],
    ]);
  });
});

describe('the werkvoorraad is cursor-paginated', () => {
  const WERKVOORRAAD = /* GraphQL */ `
    query Werkvoorraad($after: String) {
      werkvoorraad(first: 2, after: $after) {
        edges {
          node {
            id
            organisatie
            status
            begindatum
            toezichthouderGebruiker
            justitiabele {
              id
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `;
  type Node = {
    id: string;
    organisatie: string;
    status: string;
    begindatum: string;
    toezichthouderGebruiker: string;
    justitiabele: { id: string };
  };
  type Page = {
    werkvoorraad: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };

  it("walks a seeded toezichthouder's own lopende toezichten once each, by begindatum", async () => {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const response: GraphQLResponse<Page> = await reclassering.ask<Page>(WERKVOORRAAD, { after }, RN_TOEZICHT);
      expect(response.errors).toBeUndefined();
      const connection = response.data?.werkvoorraad;
      nodes.push(...(connection?.edges.map((edge) => edge.node) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const expected = await query<{ id: string }>(
      `SELECT id FROM toezicht WHERE organisatie = 'reclassering:RN' AND toezichthouder_gebruiker = 'th-rn-1'
          AND status = 'LOPEND' ORDER BY begindatum, id`,
    );
    expect(expected.length).toBeGreaterThan(2);
    expect(nodes.map((node) => node.id)).toEqual(expected.map((row) => row.id));
    expect(
      nodes.every(
        (node) =>
          node.organisatie === 'reclassering:RN' &&
          node.status === 'LOPEND' &&
          node.toezichthouderGebruiker === 'th-rn-1' &&
          node.justitiabele.id !== '',
      ),
    ).toBe(true);
  });

  it('refuses a cursor it did not hand out', async () => {
    const response = await reclassering.ask(WERKVOORRAAD, { after: 'bm9wZQ' }, RN_TOEZICHT);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('INVALID_CURSOR');
  });

  it('reads a later page through the index on (organisatie, toezichthouder, status, begindatum, id), without sorting', async () => {
    const first = await reclassering.ask<Page>(WERKVOORRAAD, {}, RN_TOEZICHT);
    const after = first.data?.werkvoorraad.pageInfo.endCursor ?? '';
    const statements: string[] = [];
    const stop = subgraph.database.statements.listen((sql) => statements.push(sql));
    try {
      await reclassering.ask(WERKVOORRAAD, { after }, RN_TOEZICHT);
    } finally {
      stop();
    }
    const [sql] = statements.filter((statement) => isSelect(statement) && statement.includes('LIMIT'));
    const [sortKey, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string];
    // With the statistics a running database keeps: without them the planner guesses one row per
    // organisation and may as well sort it.
    await query('ANALYZE toezicht');
    // The page's limit is a value too (`keysetSelect`): one text for every page size.
    const values = ['reclassering:RN', 'th-rn-1', 'LOPEND', 3, sortKey, id];
    // The statement is prepared, so PostgreSQL may come to run it on a generic plan, for any limit and cursor.
    const { custom, generic } = await customAndGenericPlans(subgraph.database.dataSource, sql ?? '', values);
    for (const plan of [custom, generic]) {
      expect(plan).toContain('Index Scan using toezicht_werkvoorraad');
      expect(plan).not.toContain('Sort');
    }
    // The generic plan is planned for the parameters, not for their values.
    expect(generic).toContain('$1');
  });
});

describe('demo seed', () => {
  interface SeedCount {
    tabel: string;
    rijen: number;
  }
  const TABLES = [
    'advies',
    'advies_voorwaarde',
    'toezicht',
    'bijzondere_voorwaarde',
    'naleving',
    'overtredingsmelding',
    'risicotaxatie',
  ];
  const counts = (target: PartySubgraph) =>
    target.database.dataSource.query<SeedCount[]>(
      TABLES.map((table) => `SELECT '${table}' AS tabel, count(*)::int AS rijen FROM ${table}`).join(' UNION ALL '),
    );
  // Every seeded value but the generated ids and timestamps; children carry their parent's person.
  const fingerprint = async (target: PartySubgraph) =>
    (
      await target.database.dataSource.query<{ md5: string }[]>(
        `SELECT md5(string_agg(r, ',' ORDER BY r)) AS md5 FROM (
           SELECT (to_jsonb(t) - 'id' - 'geregistreerd_op')::text AS r FROM toezicht t
           UNION ALL SELECT (to_jsonb(a) - 'id' - 'geregistreerd_op')::text FROM advies a
           UNION ALL SELECT a.justitiabele_id || (to_jsonb(v) - 'advies_id')::text
             FROM advies_voorwaarde v JOIN advies a ON a.id = v.advies_id
           UNION ALL SELECT t.justitiabele_id || (to_jsonb(v) - 'id' - 'toezicht_id')::text
             FROM bijzondere_voorwaarde v JOIN toezicht t ON t.id = v.toezicht_id
           UNION ALL SELECT t.justitiabele_id || v.type || (to_jsonb(n) - 'id' - 'voorwaarde_id' - 'geregistreerd_op')::text
             FROM naleving n JOIN bijzondere_voorwaarde v ON v.id = n.voorwaarde_id JOIN toezicht t ON t.id = v.toezicht_id
           UNION ALL SELECT (to_jsonb(m) - 'id' - 'naleving_id' - 'toezicht_id' - 'aangemaakt_op')::text
             FROM overtredingsmelding m
           UNION ALL SELECT (to_jsonb(r) - 'id' - 'geregistreerd_op')::text FROM risicotaxatie r) seeded`,
      )
    )[0]?.md5;

  async function withSubgraph<T>(work: (target: PartySubgraph) => Promise<T>): Promise<T> {
    const target = await startTestSubgraph('reclassering_seed', reclasseringParty.create, RN_TOEZICHT);
    try {
      return await work(target.subgraph);
    } finally {
      await target.stop();
    }
  }

  it('seeds once, deterministically', async () => {
    const small = demoPopulation(120);
    const first = await withSubgraph(async (target) => {
      expect(await seedReclassering(target.database.dataSource, small)).toBe(true);
      const seeded = { counts: await counts(target), fingerprint: await fingerprint(target) };
      expect(await seedReclassering(target.database.dataSource, small)).toBe(false);
      expect(await counts(target)).toEqual(seeded.counts);
      return seeded;
    });
    const second = await withSubgraph(async (target) => {
      await seedReclassering(target.database.dataSource, small);
      return { counts: await counts(target), fingerprint: await fingerprint(target) };
    });
    expect(second).toEqual(first);
    expect(first.counts.every((count) => count.rijen > 0)).toBe(true);
  });

  it('supervises about a third of those who left or are near uitstroom, with the partners the demo chain knows', async () => {
    expect(await seedReclassering(subgraph.database.dataSource, persons)).toBe(false);
    const toezichten = await query<{ justitiabele_id: string; ketenpartners: string[]; woongemeente: string | null }>(
      'SELECT justitiabele_id, ketenpartners, woongemeente FROM toezicht',
    );
    const kandidaten = persons.filter(
      (person) =>
        person.uitstroomdatum !== null ||
        (person.verwachteUitstroomdatum !== null &&
          person.verwachteUitstroomdatum <= addDays(DEMO_REFERENCE_DATE, 120)),
    );
    expect(toezichten.length / kandidaten.length).toBeGreaterThan(0.2);
    expect(toezichten.length / kandidaten.length).toBeLessThan(0.5);
    const bySkn = new Map(persons.map((person) => [person.skn, person]));
    for (const toezicht of toezichten) {
      const terugkeer = bySkn.get(toezicht.justitiabele_id)?.terugkeer;
      expect(kandidaten.map((person) => person.skn)).toContain(toezicht.justitiabele_id);
      expect(toezicht.ketenpartners.filter((partner) => partner.startsWith('dji:'))).toHaveLength(1);
      expect(toezicht.ketenpartners.filter((partner) => partner.startsWith('gemeente:'))).toEqual(
        terugkeer?.soort === 'GEMEENTE' ? [`gemeente:${terugkeer.gemeentecode}`] : [],
      );
      expect(toezicht.woongemeente).toBe(terugkeer?.soort === 'GEMEENTE' ? terugkeer.gemeentecode : null);
    }
  });

  it('has breaches reported to OM, and latest risicotaxaties at every level', async () => {
    const [breaches] = await query<{ overtreden: number; meldingen: number }>(
      `SELECT (SELECT count(*) FROM naleving WHERE uitkomst = 'OVERTREDEN')::int AS overtreden,
              (SELECT count(*) FROM overtredingsmelding WHERE gemeld_aan = 'om')::int AS meldingen`,
    );
    expect(breaches?.overtreden).toBeGreaterThan(0);
    expect(breaches?.meldingen).toBe(breaches?.overtreden);
    const latest = await query<{ niveau: string }>(
      `SELECT DISTINCT CASE WHEN recidiverisico = 'LAAG' AND gevaarrisico = 'LAAG' THEN 'LAAG' ELSE 'VERHOOGD' END AS niveau
         FROM risicotaxatie r
        WHERE r.datum = (SELECT max(datum) FROM risicotaxatie l WHERE l.justitiabele_id = r.justitiabele_id)`,
    );
    expect(latest.map((row) => row.niveau).sort()).toEqual(['LAAG', 'VERHOOGD']);
    const gebruikers = await query<{ toezichthouder_gebruiker: string }>(
      'SELECT DISTINCT toezichthouder_gebruiker FROM toezicht ORDER BY 1',
    );
    expect(gebruikers.map((row) => row.toezichthouder_gebruiker)).toContain('th-rn-1');
  });
});
