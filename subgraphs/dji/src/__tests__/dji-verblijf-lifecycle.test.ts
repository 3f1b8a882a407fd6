import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes } from '@ketengraaf/subgraph-kit/testing';

import { countRows, INSTROOM, instroomInput, startDji } from './dji-fixtures';
import type { DjiTestSubgraph } from './dji-fixtures';

let dji: DjiTestSubgraph;

beforeAll(async () => {
  dji = await startDji('dji_verblijf_lifecycle');
});

afterAll(() => dji.stop());

/** A casemanager reads the persons held in their own inrichting: the huis van bewaring's own, at instroom. */
const CASEMANAGER_HVB: TokenClaims = { org: 'dji:HVB-ZAANSTAD', role: 'casemanager', sub: 'cm-zaanstad-1' };

describe('instroom, overplaatsing and uitstroom', () => {
  let verblijfId: string;

  it('registers an instroom with its gemeenten and first period', async () => {
    const response = await dji.ask<{
      registreerInstroom: { id: string; versie: number; status: string; terugkeer: unknown; inrichting: unknown };
    }>(INSTROOM, { input: instroomInput() }, CASEMANAGER_HVB);
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
    const response = await dji.ask(
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
    const response = await dji.ask(
      `mutation ($input: UitstroomInput!) { registreerUitstroom(input: $input) { status } }`,
      {
        input: { verblijfId, verwachteVersie: 1, uitstroomdatum: '2026-11-01' },
      },
    );
    expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
    expect(response.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
  });

  it('refuses an uitstroom before the current period began, and writes nothing', async () => {
    const response = await dji.ask(
      `mutation ($input: UitstroomInput!) { registreerUitstroom(input: $input) { status } }`,
      {
        input: { verblijfId, verwachteVersie: 2, uitstroomdatum: '2026-02-01' },
      },
    );
    expect(errorCodes(response)).toEqual(['INVALID_PERIOD']);
    const [verblijf] = await dji.subgraph.database.dataSource.query<{ status: string; versie: number }[]>(
      'SELECT status, versie FROM verblijf WHERE id = $1',
      [verblijfId],
    );
    expect(verblijf).toEqual({ status: 'BINNEN', versie: 2 });
  });

  it('ends the verblijf and refuses a second instroom while one is current', async () => {
    const second = await dji.ask(INSTROOM, { input: instroomInput({ instroomdatum: '2026-03-01' }) }, CASEMANAGER_HVB);
    expect(errorCodes(second)).toEqual(['INVALID_STATE']);
    const ended = await dji.ask(
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
    const before = await countRows(dji, 'verblijf');
    const response = await dji.ask(
      INSTROOM,
      { input: instroomInput({ id: '2000000099', bsn: '999990019', ...overrides }) },
      CASEMANAGER_HVB,
    );
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts/);
    expect(await countRows(dji, 'verblijf')).toBe(before);
    expect(await countRows(dji, "justitiabele WHERE id = '2000000099'")).toBe(0);
  });

  it('answers an unknown verblijf id as a change it may not make', async () => {
    for (const verblijfId of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await dji.ask(`mutation ($input: MdoInput!) { registreerMdo(input: $input) { id } }`, {
        input: { verblijfId, datum: '2026-05-01', deelnemers: ['dji:PI-VUGHT'], justitiabeleAanwezig: true },
      });
      expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
    }
  });
});
