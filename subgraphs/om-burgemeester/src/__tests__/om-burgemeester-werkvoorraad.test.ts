import { grondslagen } from '@ketengraaf/subgraph-kit';
import { expectAllowed, expectRecorded } from '@ketengraaf/subgraph-kit/testing';

import { OFFICIER, OM_PRIVACY_OFFICER } from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';
import {
  activity,
  AMSTERDAM,
  AMSTERDAM_PRIVACY_OFFICER,
  EINDHOVEN,
  loggedFor,
  OTHERS,
  PERSONS,
  startAccessScenario,
  UTRECHT,
  WERKVOORRAAD,
} from './om-burgemeester-scenario';

let om: OmBurgemeesterSubgraph;

beforeAll(async () => {
  om = await startAccessScenario('werkvoorraad');
});

afterAll(() => om.stop());

describe('the werkvoorraad', () => {
  it('lists the meldingen of the caller’s own gemeente, each with its justitiabele', async () => {
    const amsterdam = await om.askTraced(WERKVOORRAAD, {}, AMSTERDAM);
    expect(expectAllowed(amsterdam.response, ['bijWerkvoorraad'])).toEqual({
      edges: [
        {
          node: {
            terugkeergemeente: '0363',
            terugkeerdatum: '2027-03-01',
            delictcategorie: 'ZEDEN',
            justitiabele: { id: PERSONS.A },
          },
        },
      ],
    });
    const { records } = await loggedFor(om, amsterdam.traceId);
    expect(records.map((record) => record.processing_activity_id)).toEqual([activity('ART_11A_BJSG')]);
    const utrecht = await om.ask(WERKVOORRAAD, {}, UTRECHT);
    expect(utrecht.data?.['bijWerkvoorraad']).toEqual({
      edges: [
        {
          node: {
            terugkeergemeente: '0344',
            terugkeerdatum: '2027-03-01',
            delictcategorie: 'ERNSTIG_GEWELD',
            justitiabele: { id: PERSONS.C },
          },
        },
      ],
    });
  });

  it('leads on to the person, where a burgemeester still reads OM’s data only through its disclosures', async () => {
    const response = await om.ask(
      `query { bijWerkvoorraad(first: 10) { edges { node { justitiabele { id strafzaken { delictcategorie } verstrekkingen { onderdelen delictcategorie slachtofferomgeving { gemeentecode } } } } } } }`,
      {},
      AMSTERDAM,
    );
    expect(expectAllowed(response, ['bijWerkvoorraad'])).toEqual({
      edges: [
        {
          node: {
            justitiabele: {
              id: PERSONS.A,
              strafzaken: [],
              verstrekkingen: [
                {
                  onderdelen: ['DELICTCATEGORIE', 'VI_VOORWAARDEN'],
                  delictcategorie: 'ZEDEN',
                  slachtofferomgeving: null,
                },
              ],
            },
          },
        },
      ],
    });
  });

  it('gives a burgemeester of another gemeente nothing through the werkvoorraad', async () => {
    expect(expectAllowed(await om.ask(WERKVOORRAAD, {}, EINDHOVEN), ['bijWerkvoorraad'])).toEqual({ edges: [] });
  });

  it.each([OFFICIER, OM_PRIVACY_OFFICER, AMSTERDAM_PRIVACY_OFFICER, ...OTHERS])(
    'is refused to $org $role, and the refusal recorded',
    async (caller) => {
      const { response, traceId } = await om.askTraced(WERKVOORRAAD, {}, caller);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
      expect(response.errors?.[0]?.message).toContain(grondslagen.ART_11A_BJSG.omschrijving);
      await expectRecorded(om.subgraph.database.dataSource, 'om-burgemeester', traceId, [
        { resource: 'Query.bijWerkvoorraad', grondslag: null },
      ]);
    },
  );
});
