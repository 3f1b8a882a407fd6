import { errorCodes } from '@ketengraaf/subgraph-kit/testing';

import { INSTROOM, instroomInput, startDji } from './dji-fixtures';
import type { DjiTestSubgraph } from './dji-fixtures';

let dji: DjiTestSubgraph;

beforeAll(async () => {
  dji = await startDji('dji_dr_plan');
});

afterAll(() => dji.stop());

describe('D&R-plan versions', () => {
  let verblijfId: string;
  const plan = (verwachteVersie: number, omschrijving: string) => ({
    input: {
      verblijfId,
      verwachteVersie,
      regie: 'DJI',
      deelnemendeOrganisaties: ['dji:PI-VUGHT', 'gemeente:0363', 'reclassering:RN'],
      justitiabeleBetrokken: true,
      wensenJustitiabele: 'Terug naar Amsterdam',
      vastgesteldOp: '2026-07-01',
      afspraken: [
        {
          basisvoorwaarde: 'ONDERDAK',
          omschrijving,
          verantwoordelijkePartij: 'gemeente:0363',
          deadline: '2026-11-30',
          status: 'OPEN',
        },
      ],
    },
  });
  const STEL_VAST = `mutation ($input: DrPlanInput!) { stelDrPlanVast(input: $input) { versie afspraken { omschrijving } } }`;

  beforeAll(async () => {
    const response = await dji.ask<{ registreerInstroom: { id: string } }>(INSTROOM, {
      input: instroomInput({ id: '2000000002', bsn: '111222345', instroomdatum: '2026-06-01', inrichting: 'PI-VUGHT' }),
    });
    verblijfId = response.data?.registreerInstroom.id ?? '';
  });

  it('saves versions in order and refuses one based on a stale version, overwriting nothing', async () => {
    expect((await dji.ask(STEL_VAST, plan(0, 'Opvang regelen'))).data?.['stelDrPlanVast']).toEqual({
      versie: 1,
      afspraken: [{ omschrijving: 'Opvang regelen' }],
    });
    expect((await dji.ask(STEL_VAST, plan(1, 'Woning zoeken'))).data?.['stelDrPlanVast']).toEqual({
      versie: 2,
      afspraken: [{ omschrijving: 'Woning zoeken' }],
    });

    const stale = await dji.ask(STEL_VAST, plan(1, 'Verouderd voorstel'));
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    expect(stale.errors?.[0]?.extensions?.['currentVersion']).toBe(2);

    const current = await dji.ask(
      `query ($id: ID!) { verblijf(id: $id) { drPlan { versie afspraken { omschrijving } } drPlanVersies { versie } } }`,
      { id: verblijfId },
    );
    expect(current.data?.['verblijf']).toEqual({
      drPlan: { versie: 2, afspraken: [{ omschrijving: 'Woning zoeken' }] },
      drPlanVersies: [{ versie: 2 }, { versie: 1 }],
    });
  });

  it('lets only one of two concurrent saves of the same version through', async () => {
    const results = await Promise.all([dji.ask(STEL_VAST, plan(2, 'Eerste')), dji.ask(STEL_VAST, plan(2, 'Tweede'))]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['OK', 'VERSION_CONFLICT']);
  });

  it('refuses an unknown organisation in the plan', async () => {
    const response = await dji.ask(STEL_VAST, {
      input: { ...plan(3, 'x').input, deelnemendeOrganisaties: ['gemeente:9999'] },
    });
    expect(errorCodes(response)).toEqual(['UNKNOWN_GEMEENTECODE']);
  });

  it('records a screening and an MDO on the verblijf', async () => {
    const screening = await dji.ask(
      `mutation ($input: ScreeningInput!) { registreerScreening(input: $input) { datum reflectorAfgenomen scilScore hulpvragen { domein hulpvraag } } }`,
      {
        input: {
          verblijfId,
          datum: '2026-06-08',
          reflectorAfgenomen: true,
          scilScore: 21,
          taaltoetsNiveau: 'A2',
          hulpvragen: [
            { domein: 'ONDERDAK', hulpvraag: true },
            { domein: 'SOCIAAL_NETWERK', hulpvraag: false },
          ],
        },
      },
    );
    expect(screening.data?.['registreerScreening']).toEqual({
      datum: '2026-06-08',
      reflectorAfgenomen: true,
      scilScore: 21,
      hulpvragen: [
        { domein: 'ONDERDAK', hulpvraag: true },
        { domein: 'SOCIAAL_NETWERK', hulpvraag: false },
      ],
    });
    const mdo = await dji.ask(
      `mutation ($input: MdoInput!) { registreerMdo(input: $input) { datum deelnemers justitiabeleAanwezig } }`,
      {
        input: {
          verblijfId,
          datum: '2026-07-15',
          deelnemers: ['dji:PI-VUGHT', 'gemeente:0363'],
          justitiabeleAanwezig: false,
        },
      },
    );
    expect(mdo.data?.['registreerMdo']).toEqual({
      datum: '2026-07-15',
      deelnemers: ['dji:PI-VUGHT', 'gemeente:0363'],
      justitiabeleAanwezig: false,
    });
  });

  it('refuses a screening that names one domain twice', async () => {
    const response = await dji.ask(`mutation ($input: ScreeningInput!) { registreerScreening(input: $input) { id } }`, {
      input: {
        verblijfId,
        datum: '2026-06-08',
        reflectorAfgenomen: false,
        hulpvragen: [
          { domein: 'ZORG', hulpvraag: true },
          { domein: 'ZORG', hulpvraag: false },
        ],
      },
    });
    expect(errorCodes(response)).toEqual(['INVALID_INPUT']);
  });
});
