import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { PERSONS, startAccessWorld } from './reclassering-access-fixtures';
import type { AccessWorld } from './reclassering-access-fixtures';
import { AMSTERDAM, BURGEMEESTER_AMSTERDAM, DJI_VUGHT, OM, RN_TOEZICHT, SVG_TOEZICHT } from './reclassering-fixtures';

let world: AccessWorld;

beforeAll(async () => {
  world = await startAccessWorld('reclassering_meldingen');
});

afterAll(() => world.reclassering.stop());

describe('the officier van justitie receives the meldingen of overtredingen made to OM', () => {
  const MELDINGEN = /* GraphQL */ `
    query ($after: String) {
      overtredingsmeldingen(first: 2, after: $after) {
        edges {
          node {
            organisatie
            datum
            status
            toelichting
            toezichthouder {
              naam
            }
            voorwaarde {
              type
            }
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
    overtredingsmeldingen: {
      edges: { node: { toelichting: string; justitiabele: { id: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  it('pages through every melding made to OM, with what happened and whom to ask', async () => {
    const expected = await world.reclassering.subgraph.database.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM overtredingsmelding WHERE gemeld_aan = 'om'`,
    );
    const nodes: Page['overtredingsmeldingen']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const { response }: { response: GraphQLResponse<Page> } = await world.reclassering.askTraced<Page>(
        MELDINGEN,
        { after },
        OM,
      );
      expect(response.errors).toBeUndefined();
      const connection: Page['overtredingsmeldingen'] | undefined = response.data?.overtredingsmeldingen;
      nodes.push(...(connection?.edges.map((edge) => edge.node) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(nodes).toHaveLength(Number(expected[0]?.n));
    expect(nodes).toContainEqual({
      organisatie: 'reclassering:RN',
      datum: '2026-03-15',
      status: 'TE_VERZENDEN',
      toelichting: 'Contact gezocht via sociale media',
      toezichthouder: { naam: 'Anna Aalbers' },
      voorwaarde: { type: 'CONTACTVERBOD' },
      justitiabele: { id: PERSONS.A.id },
    });
  });

  it.each([
    ['the officier', OM, [{ toelichting: 'Contact gezocht via sociale media' }]],
    ['the own organisation', RN_TOEZICHT, [{ toelichting: 'Contact gezocht via sociale media' }]],
    ['another reclassering organisation', SVG_TOEZICHT, null],
    ['a gemeente nazorgcoördinator', AMSTERDAM, null],
    ['the burgemeester', BURGEMEESTER_AMSTERDAM, null],
    ['a DJI casemanager', DJI_VUGHT, null],
  ] as const)("gives %s the person's meldingen as the rules allow", async (_who, caller, expected) => {
    const { response } = await world.reclassering.askTraced(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { overtredingsmeldingen { toelichting } } } }`,
      { r: [{ __typename: 'Justitiabele', id: PERSONS.A.id }] },
      caller,
    );
    const entity = (response.data?.['_entities'] as ({ overtredingsmeldingen: unknown } | null)[] | undefined)?.[0];
    expect(entity?.overtredingsmeldingen ?? null).toEqual(expected);
    if (!expected) {
      expect(response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
      expect(JSON.stringify(response.data)).not.toContain('sociale media');
    }
  });
});
