import { demoPopulation } from '@ketengraaf/subgraph-kit';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { seedDji } from '../index';

import { startDji } from './dji-fixtures';
import type { DjiTestSubgraph } from './dji-fixtures';

const persons = demoPopulation(120);
let dji: DjiTestSubgraph;
let subgraph: PartySubgraph;

beforeAll(async () => {
  dji = await startDji('dji_batching');
  subgraph = dji.subgraph;
  await seedDji(subgraph.database.dataSource, persons);
  // This file counts statements, not scope: every stay is moved to the casemanager's own inrichting
  // (and the list by inrichting is planned for another one, as the whole table is now in this one).
  await subgraph.database.dataSource.query(`UPDATE verblijf SET huidige_inrichting = 'PI-VUGHT'`);
});

afterAll(() => dji.stop());

/** Runs a query and returns its answer with the SQL statements it cost. */
async function withStatements(query: string, variables: Record<string, unknown>) {
  const statements: string[] = [];
  const stopListening = subgraph.database.statements.listen((sql) => statements.push(sql));
  try {
    const response = await dji.ask(query, variables);
    // The reads; the processing log's writes come on top, one statement per log table.
    return { response, statements: statements.filter((sql) => sql.trimStart().startsWith('SELECT')) };
  } finally {
    stopListening();
  }
}

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        id
        bsn
        huidigVerblijf {
          status
          inrichting {
            code
          }
        }
      }
    }
  }
`;

describe('entity references are batched', () => {
  it('resolves 50 references, by id and by bsn mixed, with one SQL statement per entity type', async () => {
    const representations = persons
      .slice(0, 50)
      .map((person, index) =>
        index % 2 === 0
          ? { __typename: 'Justitiabele', id: person.skn }
          : { __typename: 'Justitiabele', bsn: person.bsn },
      );
    const { response, statements } = await withStatements(ENTITIES, { representations });

    expect(response.errors).toBeUndefined();
    const entities = response.data?.['_entities'] as { id: string }[];
    expect(entities.map((entity) => entity.id)).toEqual(persons.slice(0, 50).map((person) => person.skn));
    // justitiabele, verblijf, inrichting: one statement each, whatever the number of references.
    expect(statements).toHaveLength(3);
    expect(statements.filter((sql) => /FROM "justitiabele"/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /FROM "verblijf"/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /FROM "inrichting"/.test(sql))).toHaveLength(1);
  });

  // `huidigVerblijf` is a part of the joined `signalen`: asked with keys only, a reference to nobody
  // is answered as a refused reference (keys echoed, the part refused), as one without a ground is.
  it('answers a reference to nobody in its place, with its part refused', async () => {
    const { response } = await withStatements(ENTITIES, {
      representations: [
        { __typename: 'Justitiabele', id: 'onbekend' },
        { __typename: 'Justitiabele', bsn: persons[0]?.bsn },
        { __typename: 'Justitiabele', bsn: '123456789' },
      ],
    });
    expect(response.data?.['_entities']).toEqual([
      { id: 'onbekend', bsn: null, huidigVerblijf: null },
      expect.objectContaining({ id: persons[0]?.skn }),
      { id: null, bsn: '123456789', huidigVerblijf: null },
    ]);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED', 'ACCESS_DENIED']);
  });
});

describe('lists are cursor-paginated', () => {
  const LIST = /* GraphQL */ `
    query ($filter: VerblijfFilter, $after: String) {
      verblijven(filter: $filter, first: 7, after: $after) {
        edges {
          cursor
          node {
            id
            verwachteUitstroomdatum
            inrichting {
              code
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
  type Page = {
    verblijven: {
      edges: { node: { id: string; verwachteUitstroomdatum: string | null; inrichting: { code: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  type Node = Page['verblijven']['edges'][number]['node'];

  async function allPages(filter: Record<string, unknown>): Promise<Node[]> {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const response: GraphQLResponse<Page> = await dji.ask<Page>(LIST, { filter, after });
      expect(response.errors).toBeUndefined();
      const connection = response.data?.verblijven;
      nodes.push(...(connection?.edges.map((edge) => edge.node) ?? []));
      if (!connection?.pageInfo.hasNextPage) return nodes;
      after = connection.pageInfo.endCursor;
    }
    throw new Error('more pages than expected');
  }

  it('walks every current verblijf of a terugkeergemeente once, in order of expected uitstroom', async () => {
    const returningTo = (code: string) =>
      persons.filter(
        (p) => p.uitstroomdatum === null && p.terugkeer.soort === 'GEMEENTE' && p.terugkeer.gemeentecode === code,
      );
    const expected = returningTo('0363');
    const nodes = await allPages({ terugkeergemeente: '0363' });
    expect(expected.length).toBeGreaterThan(7);
    expect(nodes).toHaveLength(expected.length);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    const dates = nodes.map((node) => node.verwachteUitstroomdatum ?? '9999-12-31');
    expect(dates).toEqual([...dates].sort());
  });

  it('filters on an uitstroom window and an inrichting', async () => {
    const window = await allPages({ uitstroomVanaf: '2026-11-01', uitstroomTot: '2027-06-30' });
    expect(window.length).toBeGreaterThan(0);
    for (const { verwachteUitstroomdatum } of window) {
      expect(verwachteUitstroomdatum).not.toBeNull();
      expect(String(verwachteUitstroomdatum) >= '2026-11-01' && String(verwachteUitstroomdatum) <= '2027-06-30').toBe(
        true,
      );
    }
    const code = window[0]?.inrichting.code;
    const inInrichting = await allPages({ inrichting: code });
    expect(inInrichting.every((node) => node.inrichting.code === code)).toBe(true);
  });

  it('refuses a cursor it did not hand out and a window that ends before it begins', async () => {
    const badCursor = await dji.ask(LIST, { after: 'bm9wZQ' });
    expect(badCursor.errors?.[0]?.extensions?.['code']).toBe('INVALID_CURSOR');
    const badWindow = await dji.ask(LIST, {
      filter: { uitstroomVanaf: '2027-01-01', uitstroomTot: '2026-01-01' },
    });
    expect(badWindow.errors?.[0]?.extensions?.['code']).toBe('INVALID_PERIOD');
  });

  it('uses the index for a list by inrichting', async () => {
    await subgraph.database.dataSource.query('ANALYZE verblijf');
    await subgraph.database.dataSource.query('SET enable_seqscan = off');
    const plan = await subgraph.database.dataSource.query<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT * FROM verblijf WHERE huidige_inrichting = 'PI-ZWOLLE' ORDER BY uitstroom_sorteerdatum, id LIMIT 8`,
    );
    await subgraph.database.dataSource.query('RESET enable_seqscan');
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('verblijf_per_inrichting');
  });
});

describe('demo seed', () => {
  it('is deterministic and does not seed twice', async () => {
    expect(await seedDji(subgraph.database.dataSource, persons)).toBe(false);
    const [counts] = await subgraph.database.dataSource.query<{ personen: number; harde_gevallen: number }[]>(
      `SELECT (SELECT count(*) FROM justitiabele)::int AS personen,
              (SELECT count(*) FROM verblijf WHERE herkomst_soort <> 'GEMEENTE' OR terugkeer_soort <> 'GEMEENTE')::int AS harde_gevallen`,
    );
    expect(counts?.personen).toBe(120);
    expect(counts?.harde_gevallen).toBe(
      persons.filter((p) => p.herkomst.soort !== 'GEMEENTE' || p.terugkeer.soort !== 'GEMEENTE').length,
    );
  });
});
