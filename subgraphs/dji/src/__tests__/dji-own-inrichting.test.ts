import { expectDenied } from '@ketengraaf/subgraph-kit/testing';

import { A, ALMELO, CASEMANAGER, D, startDjiWithPersons } from './dji-fixtures';
import type { DjiTestSubgraph, Stays } from './dji-fixtures';

let dji: DjiTestSubgraph;
let stays: Stays;

beforeAll(async () => {
  ({ dji, stays } = await startDjiWithPersons('dji_own_inrichting'));
});

afterAll(() => dji.stop());

describe('DJI is many organisations: a casemanager reads the persons held in their own inrichting', () => {
  it('refuses a casemanager of another inrichting on every root query', async () => {
    const byBsn = await dji.ask(
      `query ($bsn: BSN!) { justitiabeleOpBsn(bsn: $bsn) { id bsn } }`,
      { bsn: A.bsn },
      ALMELO,
    );
    expectDenied(byBsn, ['justitiabeleOpBsn']);

    const byVerblijf = await dji.ask(
      `query ($id: ID!) { verblijf(id: $id) { id instroomdatum justitiabele { bsn } } }`,
      { id: stays.A },
      ALMELO,
    );
    expectDenied(byVerblijf, ['verblijf']);
  });

  it('refuses a casemanager of another inrichting through _entities, by id and by bsn, nested fields included', async () => {
    const response = await dji.ask(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { id bsn personalia { achternaam } huidigVerblijf { instroomdatum screening { datum } } verblijven { instroomdatum } } } }`,
      {
        representations: [
          { __typename: 'Justitiabele', id: A.id },
          { __typename: 'Justitiabele', bsn: A.bsn },
          { __typename: 'Justitiabele', id: D.id },
        ],
      },
      ALMELO,
    );
    expectDenied(response, ['_entities', 0]);
    expectDenied(response, ['_entities', 1]);
    expect((response.data?.['_entities'] as unknown[])[2]).toMatchObject({
      id: D.id,
      huidigVerblijf: { instroomdatum: '2026-03-01' },
    });
    expect(JSON.stringify(response.data)).not.toContain(A.bsn);
  });

  it('lists only the persons held in the caller’s inrichting, whatever the filter', async () => {
    const almelo = await dji.ask(
      `query { verblijven(first: 50, filter: { inclusiefUitgestroomd: true }) { edges { node { justitiabele { id } } } } }`,
      {},
      ALMELO,
    );
    expect(almelo.errors).toBeUndefined();
    expect(almelo.data?.['verblijven']).toEqual({ edges: [{ node: { justitiabele: { id: D.id } } }] });

    const vughtInAlmelo = await dji.ask(
      `query { verblijven(first: 50, filter: { inrichting: "PI-ALMELO" }) { edges { node { id } } } }`,
      {},
      CASEMANAGER,
    );
    expect(vughtInAlmelo.data?.['verblijven']).toEqual({ edges: [] });
  });

  it('leaves the casemanager of the inrichting a person left with nothing of that person', async () => {
    const response = await dji.ask(`query ($id: ID!) { justitiabele(id: $id) { bsn } }`, { id: D.id }, CASEMANAGER);
    expectDenied(response, ['justitiabele']);
  });
});
