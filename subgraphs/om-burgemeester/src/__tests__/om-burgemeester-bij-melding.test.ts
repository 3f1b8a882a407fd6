import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { expectAllowed } from '@ketengraaf/subgraph-kit/testing';

import {
  asPerson,
  bijMeldingInput,
  burgemeester,
  countRows,
  expectError,
  JUSTID,
  nazorg,
  OFFICIER,
  ONTVANG_BIJ_MELDING as ONTVANG,
  sql,
  startOmBurgemeester,
} from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';

const PERSOON = '5000000001';
const AMSTERDAM = burgemeester('0363');

let om: OmBurgemeesterSubgraph;

beforeAll(async () => {
  om = await startOmBurgemeester('bij_melding');
});

afterAll(() => om.stop());

const melding = (overrides: Record<string, unknown> = {}) => ({ input: bijMeldingInput(overrides) });

describe('BIJ-meldingen', () => {
  it('are delivered by Justid only: anyone else is refused and nothing is written', async () => {
    for (const caller of [AMSTERDAM, OFFICIER, nazorg('0363')] satisfies TokenClaims[]) {
      expectError(await om.ask(ONTVANG, melding(), caller), 'ACCESS_DENIED', /bij-medewerker/);
    }
    expect(await countRows(om, 'burgemeester.bij_melding')).toBe(0);
  });

  it.each([
    [
      'a conviction for a property offence',
      { delictcategorie: 'VERMOGEN' },
      'A conviction for VERMOGEN is not for a sexual or serious violent offence, nor for arson.',
    ],
    [
      'a conviction for an offence under the Opiumwet',
      { delictcategorie: 'OPIUMWET' },
      'A conviction for OPIUMWET is not for a sexual or serious violent offence, nor for arson.',
    ],
    [
      'a conviction for another offence',
      { delictcategorie: 'OVERIG' },
      'A conviction for OVERIG is not for a sexual or serious violent offence, nor for arson.',
    ],
    ['a conviction that is not irrevocable', { onherroepelijk: false }, 'This judgment is not irrevocable.'],
    [
      'tbs met voorwaarden',
      { grondslag: 'TBS_MET_VOORWAARDEN', delictcategorie: 'ERNSTIG_GEWELD' },
      'Tbs met voorwaarden is not tbs met dwangverpleging.',
    ],
    [
      'a PIJ-maatregel that cannot be extended',
      { grondslag: 'PIJ_NIET_VERLENGBAAR' },
      'This PIJ-maatregel cannot be extended.',
    ],
  ])('refuses a melding about %s, naming the rule of art. 11a Bjsg', async (_name, overrides, reason) => {
    const response = await om.ask(ONTVANG, melding(overrides), JUSTID);
    expectError(response, 'INVALID_INPUT');
    expect(response.errors?.[0]?.message).toBe(
      `A BIJ-melding (art. 11a Bjsg) is only for a person irrevocably convicted of a sexual or serious violent offence or of arson (ZEDEN, ERNSTIG_GEWELD, LEVENSDELICT, BRANDSTICHTING), or under tbs met dwangverpleging or an extendable PIJ-maatregel. ${reason} Nothing was received.`,
    );
    expect(response.errors?.[0]?.extensions?.['regel']).toBe('art-11a-bjsg-doelgroep');
    expect(await countRows(om, 'burgemeester.bij_melding')).toBe(0);
  });

  it('refuses an unknown terugkeergemeente', async () => {
    expectError(await om.ask(ONTVANG, melding({ terugkeergemeente: '9999' }), JUSTID), 'UNKNOWN_GEMEENTECODE');
  });

  it('receives an eligible melding once, however often Justid delivers it', async () => {
    expect(expectAllowed(await om.ask(ONTVANG, melding(), JUSTID), ['ontvangBijMelding'])).toEqual({
      kenmerk: 'BIJ-2026-000001',
      nieuw: true,
    });
    // A retry arrives a day later: the same melding, received once.
    expect(
      expectAllowed(await om.ask(ONTVANG, melding({ ontvangenOp: '2026-12-02' }), JUSTID), ['ontvangBijMelding']),
    ).toEqual({ kenmerk: 'BIJ-2026-000001', nieuw: false });
    expect(await countRows(om, 'burgemeester.bij_melding')).toBe(1);
    expectError(
      await om.ask(ONTVANG, melding({ terugkeerdatum: '2027-04-01' }), JUSTID),
      'INVALID_STATE',
      /kenmerk of its own/,
    );
  });

  it('receives tbs met dwangverpleging and an extendable PIJ-maatregel, whatever the delict', async () => {
    for (const [kenmerk, grondslag, terugkeerdatum, gemeenteNeemtDeel] of [
      ['BIJ-2026-000002', 'TBS_MET_DWANGVERPLEGING', '2026-12-31', true],
      ['BIJ-2026-000003', 'PIJ_VERLENGBAAR', '2026-12-15', false],
    ] as const) {
      const response = await om.ask(
        ONTVANG,
        melding({ kenmerk, grondslag, terugkeerdatum, gemeenteNeemtDeel, delictcategorie: 'OVERIG', soort: 'VERLOF' }),
        JUSTID,
      );
      expect(expectAllowed(response, ['ontvangBijMelding'])).toEqual({ kenmerk, nieuw: true });
    }
  });

  it('receives a melding about a conviction for arson: brandstichting is in the BIJ-regeling since 2024', async () => {
    const response = await om.ask(
      ONTVANG,
      melding({ kenmerk: 'BIJ-2026-000004', justitiabeleId: 'SKN-BRAND', delictcategorie: 'BRANDSTICHTING' }),
      JUSTID,
    );
    expect(expectAllowed(response, ['ontvangBijMelding'])).toEqual({ kenmerk: 'BIJ-2026-000004', nieuw: true });
    const [row] = await sql<{ delictcategorie: string }>(
      om,
      `SELECT delictcategorie FROM burgemeester.bij_melding WHERE kenmerk = 'BIJ-2026-000004'`,
    );
    expect(row).toEqual({ delictcategorie: 'BRANDSTICHTING' });
  });

  it('counts the days received before the return and checks the 60-day norm of participating gemeenten', async () => {
    const response = await om.ask(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { bijMeldingen { kenmerk terugkeerdatum dagenVoorTerugkeer binnenNorm } } } }`,
      asPerson(PERSOON),
      AMSTERDAM,
    );
    expect(expectAllowed(response, ['_entities', 0, 'bijMeldingen'])).toEqual([
      // 14 days: late; the gemeente does not take part in BIJ, so no norm applies.
      { kenmerk: 'BIJ-2026-000003', terugkeerdatum: '2026-12-15', dagenVoorTerugkeer: 14, binnenNorm: null },
      { kenmerk: 'BIJ-2026-000002', terugkeerdatum: '2026-12-31', dagenVoorTerugkeer: 30, binnenNorm: false },
      { kenmerk: 'BIJ-2026-000001', terugkeerdatum: '2027-03-01', dagenVoorTerugkeer: 90, binnenNorm: true },
    ]);
  });
});
