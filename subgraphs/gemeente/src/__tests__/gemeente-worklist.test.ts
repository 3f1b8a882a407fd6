import { customAndGenericPlans, errorCodes } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { isSelect, openDossier, ROTTERDAM, SLUITEN, startGemeente, statementsDuring } from './gemeente-fixtures';
import type { GemeenteSubgraph } from './gemeente-fixtures';

let gemeente: GemeenteSubgraph;

beforeAll(async () => {
  gemeente = await startGemeente('gemeente_worklist', ROTTERDAM);
});

afterAll(() => gemeente.stop());

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

describe("a gemeente's list of dossiers", () => {
  // Rotterdam's worklist, listed by Rotterdam's nazorgcoördinator.
  const lijst = <T = Record<string, unknown>>(variables: Record<string, unknown>) =>
    gemeente.ask<T>(LIJST, variables, ROTTERDAM);
  const opened: { id: string; geopendOp: string }[] = [];

  beforeAll(async () => {
    // Two on one day, so the id decides their order.
    const days = ['2026-05-03', '2026-05-01', '2026-05-02', '2026-05-02', '2026-05-04'];
    const bsns = ['111222333', '111222345', '111222357', '111222369', '111222370'];
    for (const [index, geopendOp] of days.entries()) {
      const { id } = await openDossier(gemeente, {
        gemeentecode: '0599',
        bsn: bsns[index],
        herkomstgemeente: null,
        geopendOp,
      });
      opened.push({ id, geopendOp });
    }
    const other = await openDossier(gemeente, {
      gemeentecode: '0518',
      bsn: '111222382',
      herkomstgemeente: null,
      geopendOp: '2026-05-01',
    });
    const closed = await openDossier(gemeente, {
      gemeentecode: '0599',
      bsn: '111222394',
      herkomstgemeente: null,
      geopendOp: '2026-04-01',
    });
    expect(other.status).toBe('OPEN');
    const sluiting = await gemeente.ask(
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
    const statements = await statementsDuring(gemeente, () => lijst({ gemeentecode: '0599', first: 2, after }));
    const pageQueries = statements.filter((statement) => isSelect(statement) && statement.includes('LIMIT'));
    expect(pageQueries).toHaveLength(1);
    const [sql] = pageQueries;
    const [sortKey, id] = JSON.parse(Buffer.from(after ?? '', 'base64url').toString('utf8')) as [string, string];
    // The page's limit is a value too (`keysetSelect`): one text for every page size.
    const values = ['0599', 'OPEN', 3, sortKey, id];
    // The statement is prepared, so PostgreSQL may come to run it on a generic plan, for any limit and cursor.
    const { custom, generic } = await customAndGenericPlans(gemeente.subgraph.database.dataSource, sql ?? '', values);
    for (const plan of [custom, generic]) {
      expect(plan).toContain('Index Scan using nazorgdossier_per_gemeente');
      expect(plan).toMatch(/Index Cond: .*gemeentecode.*status.*ROW\(geopend_op, id\) >/);
      expect(plan).not.toContain('Sort');
    }
    // The generic plan is planned for the parameters, not for their values.
    expect(generic).toContain('$1');
  });
});
