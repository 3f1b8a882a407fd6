import { djiParty } from '@ketengraaf/dji';
import { djiLocaties } from '@ketengraaf/subgraph-kit';
import { startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';

/** Tokens are checked against the kit's list of DJI locations; DJI's own table must agree with it. */
it('names exactly the locations DJI holds in its inrichting table', async () => {
  const dji = await startTestSubgraph('refdata_dji', djiParty.create, {
    org: 'dji:PI-VUGHT',
    role: 'casemanager',
    sub: 'cm-1',
  });
  try {
    const response = await dji.ask<{ inrichtingen: { code: string }[] }>('{ inrichtingen { code } }');
    expect(response.data?.inrichtingen.map((inrichting) => inrichting.code).sort()).toEqual([...djiLocaties].sort());
  } finally {
    await dji.stop();
  }
});
