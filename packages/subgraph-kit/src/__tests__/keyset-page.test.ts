import type { DataSource } from 'typeorm';

import { openPartyDatabase } from '../database/data-source';
import { urgencyKeysetPage } from '../database/keyset-page';
import type { UrgencyRow } from '../database/keyset-page';
import { encodeCursor } from '../graphql/pagination';
import type { Connection } from '../graphql/pagination';
import { createLogger } from '../logging/logger';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';

/** A werkvoorraad by urgency over real PostgreSQL: every row once, most urgent first, filtered as asked. */
let database: TestDatabase;
let dataSource: DataSource;

interface Item extends UrgencyRow {
  readonly team: string;
}

/** Rows of two teams; equal deadlines and rows with none (`infinity`) order by id. */
const ITEMS: readonly Item[] = [
  ['00000000-0000-4000-8000-000000000001', 'infinity', 'a'],
  ['00000000-0000-4000-8000-000000000002', '2026-03-01', 'a'],
  ['00000000-0000-4000-8000-000000000003', '2026-01-15', 'a'],
  ['00000000-0000-4000-8000-000000000004', '2026-03-01', 'a'],
  ['00000000-0000-4000-8000-000000000005', '2025-12-31', 'b'],
  ['00000000-0000-4000-8000-000000000006', 'infinity', 'a'],
  ['00000000-0000-4000-8000-000000000007', '2026-03-01', 'a'],
  ['00000000-0000-4000-8000-000000000008', '2025-11-01', 'a'],
].map(([id = '', urgentie = '', team = '']) => ({ id, urgentie, team }));

/** The team's rows as the page's SQL sees them: a subquery with `$1` of its own, as the parties' werkvoorraden have. */
const TEAM_ROWS = 'SELECT id, urgentie, team FROM item WHERE team = $1';

/** Team `a`'s rows as two alternatives no row meets both of, as a gemeente of origin or else of return. */
const TEAM_ROWS_SPLIT = [
  `${TEAM_ROWS} AND id::text < '00000000-0000-4000-8000-000000000004'`,
  `${TEAM_ROWS} AND id::text >= '00000000-0000-4000-8000-000000000004'`,
];

/** Every page of team `a`'s werkvoorraad, `first` at a time, following each page's `endCursor`. */
async function allPages(
  first: number,
  rows: string | readonly string[] = TEAM_ROWS,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages += 1) {
    const page: Connection<Item> = await urgencyKeysetPage<Item>(dataSource, rows, ['a'], {
      first,
      maxPageSize: 50,
      after,
    });
    ids.push(...page.edges.map((edge) => edge.node.id));
    if (!page.pageInfo.hasNextPage) return { ids, pages };
    after = page.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  database = await createTestDatabase('kit_keyset');
  ({ dataSource } = await openPartyDatabase({
    url: database.url,
    entities: [],
    migrations: [],
    log: createLogger('kit-keyset', 'silent'),
  }));
  await dataSource.query('CREATE TABLE item (id uuid PRIMARY KEY, urgentie date NOT NULL, team text NOT NULL)');
  for (const item of ITEMS) {
    await dataSource.query('INSERT INTO item (id, urgentie, team) VALUES ($1, $2, $3)', [
      item.id,
      item.urgentie,
      item.team,
    ]);
  }
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

describe('urgencyKeysetPage', () => {
  const expected = ITEMS.filter((item) => item.team === 'a')
    .sort((x, y) => {
      const key = (item: Item) => (item.urgentie === 'infinity' ? '9999-12-31' : item.urgentie);
      return key(x).localeCompare(key(y)) || x.id.localeCompare(y.id);
    })
    .map((item) => item.id);

  it('returns the rows most urgent first, ties by id, those with nothing due last, each once over every page', async () => {
    for (const first of [1, 2, 3, 50]) {
      const { ids, pages } = await allPages(first);
      expect({ first, ids, pages }).toEqual({ first, ids: expected, pages: Math.ceil(expected.length / first) });
    }
  });

  it('merges alternatives into the same pages as the rows read as one, each row once', async () => {
    for (const first of [1, 2, 3, 50]) {
      const { ids, pages } = await allPages(first, TEAM_ROWS_SPLIT);
      expect({ first, ids, pages }).toEqual({ first, ids: expected, pages: Math.ceil(expected.length / first) });
    }
  });

  it('gives each node as its SQL selected it, with a cursor of its deadline and id', async () => {
    const page = await urgencyKeysetPage<Item>(dataSource, TEAM_ROWS, ['a'], { first: 1, maxPageSize: 50 });
    expect(page).toEqual({
      edges: [
        {
          cursor: encodeCursor('2025-11-01', '00000000-0000-4000-8000-000000000008'),
          node: { id: '00000000-0000-4000-8000-000000000008', urgentie: '2025-11-01', team: 'a' },
        },
      ],
      pageInfo: { hasNextPage: true, endCursor: encodeCursor('2025-11-01', '00000000-0000-4000-8000-000000000008') },
    });
  });

  it('refuses a cursor it did not hand out, and a page of no rows', async () => {
    const ask = (options: { first: number; after?: string }) =>
      urgencyKeysetPage<Item>(dataSource, TEAM_ROWS, ['a'], { maxPageSize: 50, ...options });
    await expect(ask({ first: 2, after: encodeCursor("2026-01-01'; --", expected[0] ?? '') })).rejects.toMatchObject({
      extensions: { code: 'INVALID_CURSOR' },
    });
    await expect(ask({ first: 2, after: 'not a cursor' })).rejects.toMatchObject({
      extensions: { code: 'INVALID_CURSOR' },
    });
    await expect(ask({ first: 0 })).rejects.toMatchObject({ extensions: { code: 'INVALID_INPUT' } });
  });
});
