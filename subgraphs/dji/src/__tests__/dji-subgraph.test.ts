import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { djiParty } from '../index';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';

let dji: TestSubgraph<PartySubgraph>;
let subgraph: PartySubgraph;

beforeAll(async () => {
  dji = await startTestSubgraph('dji', djiParty.create, {
    org: 'dji:PI-VUGHT',
    role: 'casemanager',
    sub: 'cm-vught-1',
  });
  subgraph = dji.subgraph;
});

afterAll(() => dji.stop());

const ask = <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  caller?: TokenClaims,
): Promise<GraphQLResponse<T>> => dji.ask<T>(query, variables, caller);

/** A casemanager reads the persons held in their own inrichting: the huis van bewaring's own, at instroom. */
const CASEMANAGER_HVB: TokenClaims = { org: 'dji:HVB-ZAANSTAD', role: 'casemanager', sub: 'cm-zaanstad-1' };

const INSTROOM = /* GraphQL */ `
  mutation ($input: InstroomInput!) {
    registreerInstroom(input: $input) {
      id
      versie
      status
      terugkeer {
        soort
        gemeentecode
        gemeentenaam
      }
      inrichting {
        code
      }
    }
  }
`;

function instroom(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '2000000001',
    bsn: '111222333',
    personalia: { voornamen: 'Test', achternaam: 'Persoon', geboortedatum: '1990-05-01' },
    instroomdatum: '2026-01-10',
    verwachteUitstroomdatum: '2026-12-01',
    titel: 'GEVANGENISSTRAF',
    inrichting: 'HVB-ZAANSTAD',
    herkomst: { soort: 'GEMEENTE', gemeentecode: '0363' },
    terugkeer: { soort: 'GEMEENTE', gemeentecode: '0479' },
    casemanager: { naam: 'C. Manager', email: 'c.manager@dji.example.nl' },
    ...overrides,
  };
}

async function countRows(table: string): Promise<number> {
  const [row] = await subgraph.database.dataSource.query<
    {
      n: number;
    }[]
  >(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
}

describe('instroom, overplaatsing and uitstroom', () => {
  let verblijfId: string;

  it('registers an instroom with its gemeenten and first period', async () => {
    const response = await ask<{
      registreerInstroom: { id: string; versie: number; status: string; terugkeer: unknown; inrichting: unknown };
    }>(INSTROOM, { input: instroom() }, CASEMANAGER_HVB);
    expect(response.errors).toBeUndefined();
    const verblijf = response.data?.registreerInstroom;
    expect(verblijf).toMatchObject({
      versie: 1,
      status: 'BINNEN',
      terugkeer: { soort: 'GEMEENTE', gemeentecode: '0479', gemeentenaam: 'Zaanstad' },
      inrichting: { code: 'HVB-ZAANSTAD' },
    });
    verblijfId = verblijf?.id ?? '';
  });

  it('moves the person from the huis van bewaring to a PI and keeps the history', async () => {
    const response = await ask(
      `mutation ($input: OverplaatsingInput!) { registreerOverplaatsing(input: $input) { versie inrichting { code } verblijfsperioden { volgnummer inrichting { code } begindatum einddatum reden casemanager { naam } } } }`,
      {
        input: {
          verblijfId,
          verwachteVersie: 1,
          naarInrichting: 'PI-VUGHT',
          datum: '2026-02-15',
          casemanager: { naam: 'P. Vught', email: 'p.vught@dji.example.nl' },
        },
      },
      // The huis van bewaring that holds the person moves them.
      CASEMANAGER_HVB,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['registreerOverplaatsing']).toEqual({
      versie: 2,
      inrichting: { code: 'PI-VUGHT' },
      verblijfsperioden: [
        {
          volgnummer: 1,
          inrichting: { code: 'HVB-ZAANSTAD' },
          begindatum: '2026-01-10',
          einddatum: '2026-02-15',
          reden: 'INSTROOM',
          casemanager: { naam: 'C. Manager' },
        },
        {
          volgnummer: 2,
          inrichting: { code: 'PI-VUGHT' },
          begindatum: '2026-02-15',
          einddatum: null,
          reden: 'OVERPLAATSING',
          casemanager: { naam: 'P. Vught' },
        },
      ],
    });
  });

  it('refuses a change based on a stale version of the verblijf', async () => {
    const response = await ask(`mutation ($input: UitstroomInput!) { registreerUitstroom(input: $input) { status } }`, {
      input: { verblijfId, verwachteVersie: 1, uitstroomdatum: '2026-11-01' },
    });
    expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
    expect(response.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
  });

  it('refuses an uitstroom before the current period began, and writes nothing', async () => {
    const response = await ask(`mutation ($input: UitstroomInput!) { registreerUitstroom(input: $input) { status } }`, {
      input: { verblijfId, verwachteVersie: 2, uitstroomdatum: '2026-02-01' },
    });
    expect(errorCodes(response)).toEqual(['INVALID_PERIOD']);
    const [verblijf] = await subgraph.database.dataSource.query<{ status: string; versie: number }[]>(
      'SELECT status, versie FROM verblijf WHERE id = $1',
      [verblijfId],
    );
    expect(verblijf).toEqual({ status: 'BINNEN', versie: 2 });
  });

  it('ends the verblijf and refuses a second instroom while one is current', async () => {
    const second = await ask(INSTROOM, { input: instroom({ instroomdatum: '2026-03-01' }) }, CASEMANAGER_HVB);
    expect(errorCodes(second)).toEqual(['INVALID_STATE']);
    const ended = await ask(
      `mutation ($input: UitstroomInput!) { registreerUitstroom(input: $input) { status uitstroomdatum } }`,
      { input: { verblijfId, verwachteVersie: 2, uitstroomdatum: '2026-11-01' } },
    );
    expect(ended.data?.['registreerUitstroom']).toEqual({ status: 'UITGESTROOMD', uitstroomdatum: '2026-11-01' });
  });
});

describe('bad input gets a specific error and writes nothing', () => {
  it.each([
    ['a BSN failing the elfproef', { bsn: '123456789' }, 'INVALID_BSN', 'elfproef'],
    ['a BSN of eight digits', { bsn: '12345678' }, 'INVALID_BSN', 'nine digits'],
    [
      'an unknown gemeentecode',
      { terugkeer: { soort: 'GEMEENTE', gemeentecode: '9999' } },
      'UNKNOWN_GEMEENTECODE',
      '9999',
    ],
    ['a gemeente registration without code', { herkomst: { soort: 'GEMEENTE' } }, 'INVALID_INPUT', 'gemeentecode'],
    ['abroad without a country', { terugkeer: { soort: 'BUITENLAND' } }, 'INVALID_INPUT', 'land'],
    [
      'an expected uitstroom before instroom',
      { verwachteUitstroomdatum: '2025-12-31' },
      'INVALID_PERIOD',
      'lies before',
    ],
    ['an unknown inrichting', { inrichting: 'PI-NERGENS' }, 'UNKNOWN_INRICHTING', 'PI-NERGENS'],
  ])('refuses %s', async (_case, overrides, code, message) => {
    const before = await countRows('verblijf');
    const response = await ask(
      INSTROOM,
      { input: instroom({ id: '2000000099', bsn: '999990019', ...overrides }) },
      CASEMANAGER_HVB,
    );
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts/);
    expect(await countRows('verblijf')).toBe(before);
    expect(await countRows("justitiabele WHERE id = '2000000099'")).toBe(0);
  });

  it('answers an unknown verblijf id with NOT_FOUND', async () => {
    for (const verblijfId of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await ask(`mutation ($input: MdoInput!) { registreerMdo(input: $input) { id } }`, {
        input: { verblijfId, datum: '2026-05-01', deelnemers: ['dji:PI-VUGHT'], justitiabeleAanwezig: true },
      });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    }
  });
});

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
    const response = await ask<{ registreerInstroom: { id: string } }>(INSTROOM, {
      input: instroom({ id: '2000000002', bsn: '111222345', instroomdatum: '2026-06-01', inrichting: 'PI-VUGHT' }),
    });
    verblijfId = response.data?.registreerInstroom.id ?? '';
  });

  it('saves versions in order and refuses one based on a stale version, overwriting nothing', async () => {
    expect((await ask(STEL_VAST, plan(0, 'Opvang regelen'))).data?.['stelDrPlanVast']).toEqual({
      versie: 1,
      afspraken: [{ omschrijving: 'Opvang regelen' }],
    });
    expect((await ask(STEL_VAST, plan(1, 'Woning zoeken'))).data?.['stelDrPlanVast']).toEqual({
      versie: 2,
      afspraken: [{ omschrijving: 'Woning zoeken' }],
    });

    const stale = await ask(STEL_VAST, plan(1, 'Verouderd voorstel'));
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    expect(stale.errors?.[0]?.extensions?.['currentVersion']).toBe(2);

    const current = await ask(
      `query ($id: ID!) { verblijf(id: $id) { drPlan { versie afspraken { omschrijving } } drPlanVersies { versie } } }`,
      { id: verblijfId },
    );
    expect(current.data?.['verblijf']).toEqual({
      drPlan: { versie: 2, afspraken: [{ omschrijving: 'Woning zoeken' }] },
      drPlanVersies: [{ versie: 2 }, { versie: 1 }],
    });
  });

  it('lets only one of two concurrent saves of the same version through', async () => {
    const results = await Promise.all([ask(STEL_VAST, plan(2, 'Eerste')), ask(STEL_VAST, plan(2, 'Tweede'))]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['OK', 'VERSION_CONFLICT']);
  });

  it('refuses an unknown organisation in the plan', async () => {
    const response = await ask(STEL_VAST, {
      input: { ...plan(3, 'x').input, deelnemendeOrganisaties: ['gemeente:9999'] },
    });
    expect(errorCodes(response)).toEqual(['UNKNOWN_GEMEENTECODE']);
  });

  it('records a screening and an MDO on the verblijf', async () => {
    const screening = await ask(
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
    const mdo = await ask(
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
    const response = await ask(`mutation ($input: ScreeningInput!) { registreerScreening(input: $input) { id } }`, {
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
