import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { isSelect, LOG_WRITES, openDossier, ROTTERDAM, startGemeente, statementsDuring } from './gemeente-fixtures';
import type { GemeenteSubgraph } from './gemeente-fixtures';

let gemeente: GemeenteSubgraph;

beforeAll(async () => {
  gemeente = await startGemeente('gemeente_batching', ROTTERDAM);
  // Rotterdam's nazorgcoördinator keeps a dossier on each of these people, and on nobody else.
  for (const bsn of ['111222333', '111222345', '111222357']) {
    await openDossier(gemeente, { gemeentecode: '0599', bsn, herkomstgemeente: null });
  }
});

afterAll(() => gemeente.stop());

describe('the Justitiabele entity, keyed by bsn', () => {
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
    const statements = await statementsDuring(gemeente, async () => {
      response = await gemeente.ask(ENTITIES, { representations }, ROTTERDAM);
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
    const statements = await statementsDuring(gemeente, async () => {
      response = await gemeente.ask(
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
    // Its fields decided before: the log's rows in their one statement, nothing looked up.
    expect(statements.filter((sql) => !isSelect(sql)).map((sql) => sql.trimStart().slice(0, 13))).toEqual(
      LOG_WRITES.slice(-1),
    );
  });

  it("declares the bsn key only: the chain id is DJI's", async () => {
    const response = await gemeente.ask<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const sdl = response.data?._service.sdl ?? '';
    expect(sdl).toMatch(/type Justitiabele\s+@key\(fields: "bsn"\)\s*\{/);
    expect(sdl).not.toContain('@key(fields: "id")');
  });
});

describe("a gemeente's worklist page", () => {
  const PAGE = /* GraphQL */ `
    query ($first: Int!, $after: String) {
      nazorgdossiers(gemeentecode: "0599", first: $first, after: $after) {
        edges {
          node {
            justitiabele {
              bsn
            }
          }
        }
        pageInfo {
          endCursor
        }
      }
    }
  `;
  type Page = {
    nazorgdossiers: { edges: { node: { justitiabele: { bsn: string } } }[]; pageInfo: { endCursor: string } };
  };

  it('is read by one fixed statement for a first page of any size, and one for a page after a cursor', async () => {
    const pages: Page[] = [];
    const statements = await statementsDuring(gemeente, async () => {
      for (const first of [1, 2]) {
        pages.push((await gemeente.ask<Page>(PAGE, { first }, ROTTERDAM)).data as Page);
      }
      const after = pages[0]?.nazorgdossiers.pageInfo.endCursor;
      pages.push((await gemeente.ask<Page>(PAGE, { first: 2, after }, ROTTERDAM)).data as Page);
    });
    const bsns = pages.map((page) => page.nazorgdossiers.edges.map((edge) => edge.node.justitiabele.bsn));
    // Oldest opened first, then by id: the first page of 1 heads the page of 2, the page after it holds the other two.
    expect(bsns[1]?.slice(0, 1)).toEqual(bsns[0]);
    expect(bsns[2]?.[0]).toBe(bsns[1]?.[1]);
    expect([...(bsns[0] ?? []), ...(bsns[2] ?? [])].sort()).toEqual(['111222333', '111222345', '111222357']);
    const pageReads = statements.filter((sql) => isSelect(sql) && sql.includes('LIMIT'));
    expect(pageReads).toHaveLength(3);
    // The page's size and cursor are values, not text: one text, prepared once per connection (`keysetSelect`).
    expect(pageReads[1]).toBe(pageReads[0]);
    expect(pageReads[0]).toMatch(/"gemeentecode" = \$1 AND "status" = \$2 ORDER BY .* LIMIT \$3$/);
    expect(pageReads[2]).toMatch(/AND \("geopend_op", "id"\) > \(CAST\(\$4 AS date\), CAST\(\$5 AS uuid\)\) ORDER BY/);
  });
});
