import { errorCodes } from '@ketengraaf/subgraph-kit/testing';

import {
  ADVIES,
  advies,
  countRows,
  RN_ADVIES,
  RN_TOEZICHT,
  startReclassering,
  UNKNOWN_IDS,
} from './reclassering-fixtures';
import type { ReclasseringTestSubgraph } from './reclassering-fixtures';

let reclassering: ReclasseringTestSubgraph;

beforeAll(async () => {
  reclassering = await startReclassering('reclassering_advies');
});

afterAll(() => reclassering.stop());

const adviesRows = async () => ({
  adviezen: await countRows(reclassering, 'advies'),
  voorwaarden: await countRows(reclassering, 'advies_voorwaarde'),
});

describe('registering an advies', () => {
  it("records the advies of the caller's own organisation with its voorwaarden, in order", async () => {
    const response = await reclassering.ask(ADVIES, { input: advies() }, RN_ADVIES);
    expect(response.errors).toBeUndefined();
    const registered = response.data?.['registreerAdvies'] as Record<string, unknown>;
    expect(registered).toMatchObject({
      organisatie: 'reclassering:RN',
      opdrachtgever: 'om',
      datum: '2026-04-15',
      geadviseerdeVoorwaarden: [
        { volgnummer: 1, type: 'MELDPLICHT', toelichting: 'Wekelijks melden in de eerste drie maanden' },
        { volgnummer: 2, type: 'LOCATIEVERBOD', toelichting: 'Niet in de straat van het slachtoffer' },
      ],
      zienswijzeBurgemeesterMeegewogen: true,
      zienswijzeBurgemeesterToelichting: 'Gebiedsverbod overgenomen',
      slachtofferbelangenMeegewogen: true,
      justitiabele: { id: '4000000001' },
    });
    const read = await reclassering.ask(
      `query ($id: ID!) { advies(id: $id) { datum geadviseerdeVoorwaarden { type } } }`,
      { id: registered['id'] },
    );
    expect(read.data?.['advies']).toEqual({
      datum: '2026-04-15',
      geadviseerdeVoorwaarden: [{ type: 'MELDPLICHT' }, { type: 'LOCATIEVERBOD' }],
    });
  });

  it.each([
    [
      'an unknown reclassering organisation',
      { organisatie: 'reclassering:XYZ' },
      'INVALID_INPUT',
      'not a reclassering organisation',
    ],
    ['a gemeente as reclassering organisation', { organisatie: 'gemeente:0363' }, 'INVALID_INPUT', 'reclassering:LJ&R'],
    ['an opdrachtgever that is no organisation', { opdrachtgever: 'rechtbank' }, 'INVALID_INPUT', 'rechtbank'],
    ['an inrichting that is no DJI location', { inrichting: 'gemeente:0363' }, 'INVALID_INPUT', 'not a DJI location'],
    [
      'an opdrachtgever with an unknown gemeentecode',
      { opdrachtgever: 'burgemeester:9999' },
      'UNKNOWN_GEMEENTECODE',
      '9999',
    ],
    [
      "no words on victims' interests",
      { slachtofferbelangenMeegewogen: false, slachtofferbelangenToelichting: '  ' },
      'INVALID_INPUT',
      "victims' interests",
    ],
    [
      'a voorwaarde without toelichting',
      { geadviseerdeVoorwaarden: [{ type: 'CONTACTVERBOD', toelichting: '' }] },
      'INVALID_INPUT',
      'Geadviseerde voorwaarde 1',
    ],
    [
      'a voorwaarde type the schema does not know',
      { geadviseerdeVoorwaarden: [{ type: 'HUISARREST', toelichting: 'x' }] },
      'BAD_USER_INPUT',
      'HUISARREST',
    ],
    ['an empty strafrechtsketennummer', { justitiabeleId: ' ' }, 'INVALID_INPUT', 'strafrechtsketennummer'],
    ['an advies of another organisation', { organisatie: 'reclassering:SVG' }, 'ACCESS_DENIED', 'reclassering:SVG'],
  ])('refuses %s and writes nothing', async (_case, overrides, code, message) => {
    const before = await adviesRows();
    const response = await reclassering.ask(
      ADVIES,
      { input: advies({ justitiabeleId: '4000000099', ...overrides }) },
      RN_ADVIES,
    );
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts/);
    expect(await adviesRows()).toEqual(before);
  });

  it('lets only adviseurs register an advies', async () => {
    const response = await reclassering.ask(ADVIES, { input: advies({ justitiabeleId: '4000000098' }) }, RN_TOEZICHT);
    expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
    expect(await countRows(reclassering, `advies WHERE justitiabele_id = '4000000098'`)).toBe(0);
  });

  it('answers an unknown advies id as one without a ground: null and ACCESS_DENIED', async () => {
    for (const id of UNKNOWN_IDS) {
      const read = await reclassering.ask(`query ($id: ID!) { advies(id: $id) { id } }`, { id });
      expect(read.data).toEqual({ advies: null });
      expect(errorCodes(read)).toEqual(['ACCESS_DENIED']);
    }
  });
});
