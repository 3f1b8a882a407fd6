import { demoPopulation } from '@ketengraaf/subgraph-kit';
import type { PartySubgraph, TokenClaims } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { seedOmBurgemeester } from '../index';

import { burgemeester, OFFICIER, startOmBurgemeester } from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';

const persons = demoPopulation(300);
let om: OmBurgemeesterSubgraph;
let subgraph: PartySubgraph;

beforeAll(async () => {
  om = await startOmBurgemeester('batching');
  subgraph = om.subgraph;
  await seedOmBurgemeester(subgraph.database.dataSource, persons);
});

afterAll(() => om.stop());

const query = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
  subgraph.database.dataSource.query<T[]>(sql, parameters);

/** Runs a query and returns its answer with the SQL reads it cost. */
async function withStatements(document: string, variables: Record<string, unknown>, caller: TokenClaims) {
  const statements: string[] = [];
  const stopListening = subgraph.database.statements.listen((sql) => statements.push(sql));
  try {
    const response = await om.ask(document, variables, caller);
    // The reads; the processing log's writes come on top, one statement per log table.
    return { response, statements: statements.filter((sql) => sql.trimStart().startsWith('SELECT')) };
  } finally {
    stopListening();
  }
}

/** How many reads each table cost. */
function readsPerTable(statements: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sql of statements) {
    const table = /FROM "(\w+)"\."(\w+)"/.exec(sql)?.slice(1).join('.') ?? sql;
    counts[table] = (counts[table] ?? 0) + 1;
  }
  return counts;
}

const representations = (count: number) =>
  persons.slice(0, count).map((person) => ({ __typename: 'Justitiabele', id: person.skn }));

describe('entity references are batched', () => {
  it('resolves 50 references for OM with one SQL statement per entity type', async () => {
    const { response, statements } = await withStatements(
      /* GraphQL */ `
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Justitiabele {
              id
              strafzaken {
                delictcategorie
                viBeslissing {
                  ingangsdatum
                }
                opdrachtenTotAdvies {
                  organisatie
                }
                verstrekkingen {
                  besluit
                  delictcategorie
                }
              }
              verstrekkingen {
                burgemeester
              }
              zienswijzen {
                tekst
              }
              omgevingsanalyses {
                bevindingen
              }
            }
          }
        }
      `,
      { representations: representations(50) },
      OFFICIER,
    );
    expect(response.errors).toBeUndefined();
    const entities = response.data?.['_entities'] as { id: string; strafzaken: unknown[] }[];
    expect(entities.map((entity) => entity.id)).toEqual(persons.slice(0, 50).map((person) => person.skn));
    expect(entities.every((entity) => entity.strafzaken.length === 1)).toBe(true);
    expect(readsPerTable(statements)).toEqual({
      'om.strafzaak': 1,
      'om.vi_beslissing': 1,
      'om.opdracht_tot_advies': 1,
      'om.verstrekking': 1,
      'burgemeester.zienswijze': 1,
      'burgemeester.omgevingsanalyse': 1,
    });
  });

  it('resolves 50 references for a burgemeester with one SQL statement per entity type', async () => {
    // The people returning to Amsterdam, among others that are nothing to Amsterdam.
    const returning = (
      await query<{ id: string }>(
        `SELECT DISTINCT justitiabele_id AS id FROM burgemeester.bij_melding WHERE terugkeergemeente = '0363'`,
      )
    ).map((row) => row.id);
    const mixed = [...returning, ...persons.map((person) => person.skn).filter((id) => !returning.includes(id))]
      .slice(0, 50)
      .map((id) => ({ __typename: 'Justitiabele', id }));
    const { response, statements } = await withStatements(
      /* GraphQL */ `
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Justitiabele {
              id
              bijMeldingen {
                terugkeerdatum
                binnenNorm
              }
              verstrekkingen {
                delictcategorie
              }
              zienswijzen {
                tekst
              }
            }
          }
        }
      `,
      { representations: mixed },
      burgemeester('0363'),
    );
    // The others are refused one by one, in their place.
    const entities = response.data?.['_entities'] as ({ id: string } | null)[];
    expect(entities).toHaveLength(50);
    expect(entities.filter((entity): entity is { id: string } => entity !== null).map((entity) => entity.id)).toEqual(
      returning,
    );
    // The grounds read melding, disclosures and documents; the disclosed delictcategorie reads the case.
    expect(readsPerTable(statements)).toEqual({
      'burgemeester.bij_melding': 1,
      'burgemeester.zienswijze': 1,
      'burgemeester.omgevingsanalyse': 1,
      'om.verstrekking': 1,
      'om.strafzaak': 1,
    });
  });

  it("reads only the meldingen for the OOV-adviseur's page: its ground, none of the disclosures or documents", async () => {
    const { response, statements } = await withStatements(
      /* GraphQL */ `
        query {
          bijWerkvoorraad(first: 50) {
            edges {
              node {
                terugkeerdatum
                signalen {
                  status
                }
                justitiabele {
                  id
                  bijSignalen {
                    status
                  }
                }
              }
            }
          }
        }
      `,
      {},
      burgemeester('0363'),
    );
    expect(response.errors).toBeUndefined();
    const page = response.data?.['bijWerkvoorraad'] as { edges: { node: { justitiabele: { id: string } } }[] };
    expect(page.edges.length).toBeGreaterThan(1);
    // The page, and the meldingen of its persons for ART_11A_BJSG and their signals.
    expect(readsPerTable(statements)).toEqual({ 'burgemeester.bij_melding': 2 });
  });

  it('answers null for a reference without an id, in its place', async () => {
    const { response } = await withStatements(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { id } } }`,
      { representations: [{ __typename: 'Justitiabele', id: '' }, ...representations(1)] },
      OFFICIER,
    );
    expect(response.data?.['_entities']).toEqual([null, { id: persons[0]?.skn }]);
  });
});

describe('the werkvoorraad is cursor-paginated', () => {
  const LIST = /* GraphQL */ `
    query ($after: String, $vanaf: LocalDate) {
      bijWerkvoorraad(first: 2, after: $after, vanaf: $vanaf) {
        edges {
          cursor
          node {
            id
            terugkeergemeente
            terugkeerdatum
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
  type Node = { id: string; terugkeergemeente: string; terugkeerdatum: string; justitiabele: { id: string } };
  type Page = {
    bijWerkvoorraad: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };

  async function allPages(caller: TokenClaims, vanaf: string | null = null): Promise<Node[]> {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const response: GraphQLResponse<Page> = await om.ask<Page>(LIST, { after, vanaf }, caller);
      expect(response.errors).toBeUndefined();
      const connection = response.data?.bijWerkvoorraad;
      nodes.push(...(connection?.edges.map((edge) => edge.node) ?? []));
      if (!connection?.pageInfo.hasNextPage) return nodes;
      after = connection.pageInfo.endCursor;
    }
    throw new Error('more pages than expected');
  }

  const meldingenVan = (gemeentecode: string, vanaf = '0001-01-01') =>
    query<{ id: string; justitiabele_id: string }>(
      `SELECT id, justitiabele_id FROM burgemeester.bij_melding
        WHERE terugkeergemeente = $1 AND terugkeerdatum >= $2 ORDER BY terugkeerdatum, id`,
      [gemeentecode, vanaf],
    );

  it.each(['0363', '0855', '0599'])(
    'walks every melding for gemeente %s once, by terugkeerdatum, and no other gemeente’s',
    async (code) => {
      const expected = await meldingenVan(code);
      expect(expected.length).toBeGreaterThan(2);
      const nodes = await allPages(burgemeester(code));
      expect(nodes.map((node) => [node.id, node.justitiabele.id])).toEqual(
        expected.map((row) => [row.id, row.justitiabele_id]),
      );
      expect(nodes.every((node) => node.terugkeergemeente === code)).toBe(true);
      const dates = nodes.map((node) => node.terugkeerdatum);
      expect(dates).toEqual([...dates].sort());
    },
  );

  it('starts at a day', async () => {
    const all = await allPages(burgemeester('0363'));
    const vanaf = all[Math.floor(all.length / 2)]?.terugkeerdatum ?? '2026-11-01';
    const later = await allPages(burgemeester('0363'), vanaf);
    expect(later.map((node) => node.id)).toEqual((await meldingenVan('0363', vanaf)).map((row) => row.id));
    expect(later.length).toBeLessThan(all.length);
  });

  it('refuses a cursor it did not hand out', async () => {
    const response = await om.ask(LIST, { after: 'bm9wZQ' }, burgemeester('0363'));
    expect(response.errors?.[0]?.extensions?.['code']).toBe('INVALID_CURSOR');
  });

  it('walks the index on (terugkeergemeente, terugkeerdatum, id)', async () => {
    await query('ANALYZE burgemeester.bij_melding');
    await query('SET enable_seqscan = off');
    const plan = await query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT * FROM burgemeester.bij_melding WHERE terugkeergemeente = '0363'
         AND (terugkeerdatum, id) > ('2026-01-01'::date, '00000000-0000-4000-8000-000000000000'::uuid)
       ORDER BY terugkeerdatum, id LIMIT 3`,
    );
    await query('RESET enable_seqscan');
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('bij_melding_werkvoorraad');
  });
});

describe('demo seed', () => {
  const SNAPSHOT = ['om.strafzaak', 'om.vi_beslissing', 'om.opdracht_tot_advies', 'om.verstrekking']
    .concat(['burgemeester.bij_melding', 'burgemeester.zienswijze', 'burgemeester.omgevingsanalyse'])
    .map((table) => `SELECT '${table}' AS tabel, to_jsonb(t) - 'geregistreerd_op' AS rij FROM ${table} t`)
    .join(' UNION ALL ');

  it('is deterministic, ids included, and does not seed twice', async () => {
    expect(await seedOmBurgemeester(subgraph.database.dataSource, persons)).toBe(false);
    const other = await startOmBurgemeester('seed');
    try {
      expect(await seedOmBurgemeester(other.subgraph.database.dataSource, persons)).toBe(true);
      const snapshot = `SELECT tabel, rij FROM (${SNAPSHOT}) s ORDER BY tabel, rij->>'id'`;
      const theirs = await other.subgraph.database.dataSource.query<unknown[]>(snapshot);
      const ours = await query(snapshot);
      expect(ours.length).toBeGreaterThan(300);
      expect(theirs).toEqual(ours);
    } finally {
      await other.stop();
    }
  });

  it('gives about one in ten a BIJ-melding, all of the target group (arson included), some late', async () => {
    const [counts] = await query<{
      zaken: number;
      meldingen: number;
      laat: number;
      brandstichting: number;
      buiten_doelgroep: number;
    }>(
      `SELECT (SELECT count(*) FROM om.strafzaak)::int AS zaken,
              (SELECT count(*) FROM burgemeester.bij_melding)::int AS meldingen,
              (SELECT count(*) FROM burgemeester.bij_melding WHERE dagen_voor_terugkeer < 60)::int AS laat,
              (SELECT count(*) FROM burgemeester.bij_melding WHERE delictcategorie = 'BRANDSTICHTING')::int AS brandstichting,
              (SELECT count(*) FROM burgemeester.bij_melding m
                 JOIN om.strafzaak z ON z.justitiabele_id = m.justitiabele_id
                WHERE m.grondslag = 'VEROORDELING'
                  AND z.delictcategorie NOT IN ('ZEDEN', 'ERNSTIG_GEWELD', 'LEVENSDELICT', 'BRANDSTICHTING'))::int AS buiten_doelgroep`,
    );
    expect(counts?.zaken).toBe(persons.length);
    expect(counts?.meldingen).toBeGreaterThanOrEqual(persons.length * 0.07);
    expect(counts?.meldingen).toBeLessThanOrEqual(persons.length * 0.15);
    expect(counts?.laat).toBeGreaterThan(0);
    expect(counts?.brandstichting).toBeGreaterThan(0);
    expect(counts?.buiten_doelgroep).toBe(0);
  });

  it('seeds VI-beslissingen for long sentences (supervised by the organisation that advised), opdrachten tot advies, zienswijzen, omgevingsanalyses and disclosures to the burgemeester of the terugkeergemeente', async () => {
    const [counts] = await query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM om.vi_beslissing)::int AS vi,
              (SELECT count(*) FROM om.vi_beslissing v
                 JOIN om.opdracht_tot_advies o ON o.zaak_id = v.zaak_id
                WHERE v.toezichthoudende_organisatie = o.organisatie)::int AS onder_toezicht,
              (SELECT count(*) FROM om.opdracht_tot_advies)::int AS opdrachten,
              (SELECT count(*) FROM burgemeester.zienswijze)::int AS zienswijzen,
              (SELECT count(*) FROM burgemeester.zienswijze WHERE verzonden_aan_om_op IS NOT NULL)::int AS verzonden,
              (SELECT count(*) FROM burgemeester.omgevingsanalyse)::int AS analyses,
              (SELECT count(*) FROM om.verstrekking v
                 JOIN burgemeester.bij_melding m ON m.justitiabele_id = v.justitiabele_id
                WHERE v.besluit = 'VERSTREKT' AND v.burgemeester = 'burgemeester:' || m.terugkeergemeente)::int AS verstrekt`,
    );
    const langeStraffen = persons.filter(
      (person) =>
        person.titel === 'GEVANGENISSTRAF' &&
        person.verwachteUitstroomdatum !== null &&
        Date.parse(person.verwachteUitstroomdatum) - Date.parse(person.instroomdatum) > 365 * 86_400_000,
    );
    expect(counts?.['vi']).toBeGreaterThan(0);
    expect(counts?.['vi']).toBeLessThanOrEqual(langeStraffen.length);
    for (const key of ['onder_toezicht', 'opdrachten', 'zienswijzen', 'verzonden', 'analyses', 'verstrekt']) {
      expect([key, (counts?.[key] ?? 0) > 0]).toEqual([key, true]);
    }
  });
});
