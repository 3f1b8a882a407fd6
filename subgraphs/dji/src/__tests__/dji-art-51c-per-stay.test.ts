import { errorCodes, expectDenied } from '@ketengraaf/subgraph-kit/testing';

import { C, GRONINGEN, startDjiWithPersons } from './dji-fixtures';
import type { DjiTestSubgraph, Stays } from './dji-fixtures';

let dji: DjiTestSubgraph;
let stays: Stays;

beforeAll(async () => {
  ({ dji, stays } = await startDjiWithPersons('dji_art_51c'));
});

afterAll(() => dji.stop());

describe('art. 51c WJSG per stay: a gemeente reads the begin and end of the stays that name it', () => {
  it('shows the gemeente of an ended stay that stay, and neither the current stay nor that there is one', async () => {
    const response = await dji.ask(
      `query ($id: ID!) { justitiabele(id: $id) { bsn huidigVerblijf { instroomdatum } verblijven { id instroomdatum uitstroomdatum herkomst { gemeentecode } } } }`,
      { id: C.id },
      GRONINGEN,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['justitiabele']).toEqual({
      bsn: C.bsn,
      huidigVerblijf: null,
      verblijven: [
        {
          id: stays.eerdereC,
          instroomdatum: '2025-01-10',
          uitstroomdatum: '2025-06-01',
          herkomst: { gemeentecode: '0014' },
        },
      ],
    });
  });

  it('refuses the gemeente of an ended stay the current stay by id, and leaves it out of lists', async () => {
    const current = await dji.ask(
      `query ($id: ID!) { verblijf(id: $id) { instroomdatum } }`,
      { id: stays.huidigeC },
      GRONINGEN,
    );
    expectDenied(current, ['verblijf']);

    const earlier = await dji.ask(
      `query ($id: ID!) { verblijf(id: $id) { instroomdatum uitstroomdatum titel } }`,
      { id: stays.eerdereC },
      GRONINGEN,
    );
    expect(earlier.data?.['verblijf']).toEqual({
      instroomdatum: '2025-01-10',
      uitstroomdatum: '2025-06-01',
      titel: null,
    });
    expectDenied(earlier, ['verblijf', 'titel']);
    expect(errorCodes(earlier)).toEqual(['ACCESS_DENIED']);

    const list = await dji.ask(
      `query { verblijven(first: 50, filter: { inclusiefUitgestroomd: true }) { edges { node { id } } } }`,
      {},
      GRONINGEN,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.['verblijven']).toEqual({ edges: [{ node: { id: stays.eerdereC } }] });
  });

  it('shows the gemeente of the current stay that stay only, not the earlier one that named another gemeente', async () => {
    const response = await dji.ask(
      `query ($id: ID!) { justitiabele(id: $id) { huidigVerblijf { id } verblijven { id } } }`,
      { id: C.id },
      { org: 'gemeente:0034', role: 'nazorgcoordinator', sub: 'nc-0034' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['justitiabele']).toEqual({
      huidigVerblijf: { id: stays.huidigeC },
      verblijven: [{ id: stays.huidigeC }],
    });
  });
});
