import { expectAllowed } from '@ketengraaf/subgraph-kit/testing';

import { countRows, expectError, registreerZaak, startOmBurgemeester } from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';

const VI = /* GraphQL */ `
  mutation ($input: ViBeslissingInput!) {
    registreerViBeslissing(input: $input) {
      id
      datum
      ingangsdatum
      voorwaarden {
        volgnummer
        omschrijving
      }
      proeftijd {
        maanden
        einddatum
      }
      herroeping {
        datum
      }
      versie
    }
  }
`;
const HERROEP = /* GraphQL */ `
  mutation ($input: HerroepingInput!) {
    herroepVi(input: $input) {
      versie
      herroeping {
        datum
        reden
      }
    }
  }
`;

let om: OmBurgemeesterSubgraph;
let zaakId: string;

beforeAll(async () => {
  om = await startOmBurgemeester('vi_beslissing');
  zaakId = await registreerZaak(om, '5000000001', '13/123456-26', 'ZEDEN');
});

afterAll(() => om.stop());

describe('the VI-beslissing', () => {
  let viId: string;
  const vi = (overrides: Record<string, unknown> = {}) => ({
    input: {
      zaakId,
      datum: '2026-01-05',
      ingangsdatum: '2026-01-31',
      voorwaarden: ['Meldplicht bij de reclassering', 'Contactverbod met het slachtoffer'],
      proeftijdMaanden: 13,
      ...overrides,
    },
  });

  it('refuses an ingangsdatum before the beslissing, a proeftijd given twice or not at all, an end before the start, and no conditions', async () => {
    expectError(await om.ask(VI, vi({ ingangsdatum: '2026-01-01' })), 'INVALID_PERIOD');
    expectError(await om.ask(VI, vi({ proeftijdEinddatum: '2027-06-01' })), 'INVALID_INPUT', /either in months/);
    expectError(await om.ask(VI, vi({ proeftijdMaanden: null })), 'INVALID_INPUT', /either in months/);
    expectError(
      await om.ask(VI, vi({ proeftijdMaanden: null, proeftijdEinddatum: '2026-01-31' })),
      'INVALID_PERIOD',
      /does not lie after the ingangsdatum/,
    );
    expectError(await om.ask(VI, vi({ proeftijdMaanden: 0 })), 'INVALID_INPUT', /outside 1 to 240/);
    expectError(await om.ask(VI, vi({ voorwaarden: [] })), 'INVALID_INPUT', /at least one condition/);
    expectError(await om.ask(VI, vi({ voorwaarden: ['  '] })), 'INVALID_INPUT', /Voorwaarde 1 may not be empty/);
    expectError(await om.ask(VI, vi({ zaakId: 'geen-zaak' })), 'ACCESS_DENIED');
    expect(await countRows(om, 'om.vi_beslissing')).toBe(0);
  });

  it('records it with its conditions, the end of a proeftijd in months following from the ingangsdatum', async () => {
    const beslissing = expectAllowed(await om.ask(VI, vi()), ['registreerViBeslissing']) as { id: string };
    expect(beslissing).toMatchObject({
      datum: '2026-01-05',
      ingangsdatum: '2026-01-31',
      voorwaarden: [
        { volgnummer: 1, omschrijving: 'Meldplicht bij de reclassering' },
        { volgnummer: 2, omschrijving: 'Contactverbod met het slachtoffer' },
      ],
      // 31 January plus 13 months: February has no 31st, so its last day.
      proeftijd: { maanden: 13, einddatum: '2027-02-28' },
      herroeping: null,
      versie: 1,
    });
    viId = beslissing.id;
  });

  it('refuses a second VI-beslissing in the same case', async () => {
    expectError(await om.ask(VI, vi()), 'INVALID_STATE', /already has a VI-beslissing/);
    expect(await countRows(om, 'om.vi_beslissing')).toBe(1);
  });

  it('refuses a herroeping before the beslissing or after the proeftijd with INVALID_PERIOD', async () => {
    const herroep = (datum: string) => ({
      input: { viBeslissingId: viId, verwachteVersie: 1, datum, reden: 'Contactverbod overtreden' },
    });
    expectError(await om.ask(HERROEP, herroep('2026-01-04')), 'INVALID_PERIOD', /lies before the begin/);
    expectError(await om.ask(HERROEP, herroep('2027-03-01')), 'INVALID_PERIOD', /after the end of the proeftijd/);
    expectError(
      await om.ask(HERROEP, { input: { viBeslissingId: viId, verwachteVersie: 1, datum: '2026-06-01', reden: '' } }),
      'INVALID_INPUT',
    );
  });

  it('revokes once, versioned: a stale version is refused and writes nothing', async () => {
    const stale = await om.ask(HERROEP, {
      input: { viBeslissingId: viId, verwachteVersie: 0, datum: '2026-06-01', reden: 'Contactverbod overtreden' },
    });
    expectError(stale, 'VERSION_CONFLICT');
    const response = await om.ask(HERROEP, {
      input: { viBeslissingId: viId, verwachteVersie: 1, datum: '2026-06-01', reden: 'Contactverbod overtreden' },
    });
    expect(expectAllowed(response, ['herroepVi'])).toEqual({
      versie: 2,
      herroeping: { datum: '2026-06-01', reden: 'Contactverbod overtreden' },
    });
    expectError(
      await om.ask(HERROEP, {
        input: { viBeslissingId: viId, verwachteVersie: 2, datum: '2026-07-01', reden: 'Nogmaals' },
      }),
      'INVALID_STATE',
      /cannot be revoked again/,
    );
    expectError(
      await om.ask(HERROEP, {
        input: {
          viBeslissingId: '00000000-0000-4000-8000-000000000000',
          verwachteVersie: 1,
          datum: '2026-07-01',
          reden: 'x',
        },
      }),
      'ACCESS_DENIED',
    );
  });
});
