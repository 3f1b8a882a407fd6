import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { decisionsOf, PERSONS, processingOf, startAccessWorld } from './reclassering-access-fixtures';
import type { AccessWorld } from './reclassering-access-fixtures';
import {
  AMSTERDAM,
  DJI_VUGHT,
  LJR_TOEZICHT,
  OM,
  RN_ADVIES,
  RN_COLLEGA,
  RN_TOEZICHT,
  SVG_TOEZICHT,
} from './reclassering-fixtures';

let world: AccessWorld;

beforeAll(async () => {
  world = await startAccessWorld('reclassering_werkvoorraad');
});

afterAll(() => world.reclassering.stop());

describe("a toezichthouder's werkvoorraad", () => {
  const WERKVOORRAAD = /* GraphQL */ `
    query ($after: String) {
      werkvoorraad(first: 2, after: $after) {
        edges {
          node {
            id
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
  type Page = {
    werkvoorraad: {
      edges: { node: { id: string; justitiabele: { id: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  async function allPages(caller: TokenClaims): Promise<string[]> {
    const persons: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const traced: { response: GraphQLResponse<Page> } = await world.reclassering.askTraced<Page>(
        WERKVOORRAAD,
        { after },
        caller,
      );
      const response: GraphQLResponse<Page> = traced.response;
      expect(response.errors).toBeUndefined();
      const connection: Page['werkvoorraad'] | undefined = response.data?.werkvoorraad;
      expect(connection?.edges.length).toBeLessThanOrEqual(2);
      persons.push(...(connection?.edges.map((edge) => edge.node.justitiabele.id) ?? []));
      if (!connection?.pageInfo.hasNextPage) return persons;
      after = connection.pageInfo.endCursor;
    }
    throw new Error('more pages than expected');
  }

  it.each([
    // Not E (ended), not the colleague's, not SVG's whose toezichthouder has the same user id.
    ['th-rn-1 of RN', RN_TOEZICHT, [PERSONS.A.id, PERSONS.B.id, '5000000011', '5000000012']],
    ['a colleague at RN', RN_COLLEGA, ['5000000013']],
    ['th-rn-1 of SVG', SVG_TOEZICHT, [PERSONS.C.id]],
    ['a toezichthouder with no toezicht', LJR_TOEZICHT, []],
  ] as const)('pages through the lopende toezichten of %s only, by begindatum', async (_case, caller, expected) => {
    expect(await allPages(caller)).toEqual(expected);
  });

  it.each([
    ['an adviseur', RN_ADVIES],
    ['a DJI casemanager', DJI_VUGHT],
    ['a nazorgcoördinator', AMSTERDAM],
    ['the officier van justitie', OM],
  ] as const)('is refused to %s, and the refusal is recorded', async (_case, caller) => {
    const { response, traceId } = await world.reclassering.askTraced(WERKVOORRAAD, {}, caller);
    const decisions = await decisionsOf(world, traceId);
    const records = await processingOf(world, traceId);
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['werkvoorraad'], 'ACCESS_DENIED'],
    ]);
    expect(decisions).toEqual([
      { resource: 'Query.werkvoorraad', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: null },
    ]);
    expect(records).toEqual([]);
  });
});
