import { expectAllowed, expectDenied } from '@ketengraaf/subgraph-kit/testing';

import {
  countRows,
  expectError,
  HERROEP_VI,
  must,
  OFFICIER,
  registreerZaak,
  REGISTREER_SLACHTOFFEROMGEVING,
  REGISTREER_VI,
  startOmBurgemeester,
} from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';

const PERSOON = '5000000001';
const ANDER = '5000000002';

const OPDRACHT = /* GraphQL */ `
  mutation ($input: OpdrachtTotAdviesInput!) {
    geefOpdrachtTotAdvies(input: $input) {
      organisatie
      datum
      vraag
    }
  }
`;
const VERSTREKKING = /* GraphQL */ `
  mutation ($input: VerstrekkingInput!) {
    registreerVerstrekking(input: $input) {
      id
      besluit
      burgemeester
      reden
      onderdelen
      delictcategorie
      slachtofferomgeving {
        inDirecteWoonomgeving
        gemeentecode
      }
      viBeslissing {
        ingangsdatum
        herroeping {
          datum
        }
      }
      viVoorwaarden {
        omschrijving
      }
    }
  }
`;

let om: OmBurgemeesterSubgraph;
let zaakId: string;

/** A ZEDEN case with a victim in Amsterdam and a VI, revoked: every item a disclosure can give. */
beforeAll(async () => {
  om = await startOmBurgemeester('verstrekking');
  zaakId = await registreerZaak(om, PERSOON, '13/123456-26', 'ZEDEN');
  await must(om, OFFICIER, REGISTREER_SLACHTOFFEROMGEVING, {
    zaakId,
    verwachteVersie: 1,
    inDirecteWoonomgeving: true,
    gemeentecode: '0363',
  });
  const vi = await must<{ id: string }>(om, OFFICIER, REGISTREER_VI, {
    zaakId,
    datum: '2026-01-05',
    ingangsdatum: '2026-01-31',
    voorwaarden: ['Meldplicht bij de reclassering', 'Contactverbod met het slachtoffer'],
    proeftijdMaanden: 13,
  });
  await must(om, OFFICIER, HERROEP_VI, {
    viBeslissingId: vi.id,
    verwachteVersie: 1,
    datum: '2026-06-01',
    reden: 'Contactverbod overtreden',
  });
});

afterAll(() => om.stop());

describe('opdrachten tot advies', () => {
  const opdracht = (organisatie: string, vraag = 'Advies over bijzondere voorwaarden bij VI') => ({
    input: { zaakId, organisatie, datum: '2025-11-01', vraag },
  });

  it('go to one of the three reclassering organisations', async () => {
    for (const organisatie of ['reclassering:RN', 'reclassering:SVG', 'reclassering:LJ&R']) {
      expect(expectAllowed(await om.ask(OPDRACHT, opdracht(organisatie)), ['geefOpdrachtTotAdvies'])).toEqual({
        organisatie,
        datum: '2025-11-01',
        vraag: 'Advies over bijzondere voorwaarden bij VI',
      });
    }
  });

  it('refuses another organisation, an unknown reclassering, an empty question or no case', async () => {
    expectError(await om.ask(OPDRACHT, opdracht('reclassering:XYZ')), 'INVALID_INPUT', /RN, SVG, LJ&R/);
    expectError(await om.ask(OPDRACHT, opdracht('gemeente:0363')), 'INVALID_INPUT', /reclassering organisation/);
    expectError(await om.ask(OPDRACHT, opdracht('reclassering:RN', ' ')), 'INVALID_INPUT', /may not be empty/);
    expectError(
      await om.ask(OPDRACHT, {
        input: { ...opdracht('reclassering:RN').input, zaakId: '00000000-0000-4000-8000-000000000000' },
      }),
      'ACCESS_DENIED',
    );
    expect(await countRows(om, 'om.opdracht_tot_advies')).toBe(3);
  });
});

describe('disclosures under the Aanwijzing WJSG', () => {
  const verstrekking = (overrides: Record<string, unknown> = {}) => ({
    input: {
      zaakId,
      burgemeester: 'burgemeester:0363',
      besluit: 'VERSTREKT',
      reden: 'Nodig voor de openbare orde bij terugkeer',
      datum: '2026-02-01',
      onderdelen: ['DELICTCATEGORIE', 'SLACHTOFFEROMGEVING', 'VI_BESLISSING', 'VI_VOORWAARDEN'],
      ...overrides,
    },
  });

  it('records a decision VERSTREKT with the items it gives, read from OM’s records', async () => {
    const response = await om.ask(VERSTREKKING, verstrekking());
    expect(expectAllowed(response, ['registreerVerstrekking'])).toMatchObject({
      besluit: 'VERSTREKT',
      burgemeester: 'burgemeester:0363',
      reden: 'Nodig voor de openbare orde bij terugkeer',
      delictcategorie: 'ZEDEN',
      slachtofferomgeving: { inDirecteWoonomgeving: true, gemeentecode: '0363' },
      viBeslissing: { ingangsdatum: '2026-01-31', herroeping: { datum: '2026-06-01' } },
      viVoorwaarden: [
        { omschrijving: 'Meldplicht bij de reclassering' },
        { omschrijving: 'Contactverbod met het slachtoffer' },
      ],
    });
  });

  it('records a refusal, which gives nothing', async () => {
    const response = await om.ask(
      VERSTREKKING,
      verstrekking({
        burgemeester: 'burgemeester:0599',
        besluit: 'GEWEIGERD',
        reden: 'Niet nodig voor het doel',
        datum: '2026-01-20',
      }),
    );
    expect(expectAllowed(response, ['registreerVerstrekking'])).toMatchObject({
      besluit: 'GEWEIGERD',
      delictcategorie: null,
      slachtofferomgeving: null,
      viBeslissing: null,
      viVoorwaarden: null,
    });
  });

  it('refuses another organisation, an unknown gemeente, no reason, no items, an item twice, or an item not recorded', async () => {
    expectError(
      await om.ask(VERSTREKKING, verstrekking({ burgemeester: 'gemeente:0363' })),
      'INVALID_INPUT',
      /to a burgemeester/,
    );
    expectError(
      await om.ask(VERSTREKKING, verstrekking({ burgemeester: 'burgemeester:9999' })),
      'UNKNOWN_GEMEENTECODE',
    );
    expectError(await om.ask(VERSTREKKING, verstrekking({ reden: '  ' })), 'INVALID_INPUT', /proportionality reason/);
    expectError(await om.ask(VERSTREKKING, verstrekking({ onderdelen: [] })), 'INVALID_INPUT', /names the items/);
    expectError(
      await om.ask(VERSTREKKING, verstrekking({ onderdelen: ['DELICTCATEGORIE', 'DELICTCATEGORIE'] })),
      'INVALID_INPUT',
      /more than once/,
    );
    const ander = await registreerZaak(om, ANDER, '05/000001-25', 'OPIUMWET');
    expectError(
      await om.ask(VERSTREKKING, verstrekking({ zaakId: ander, onderdelen: ['VI_VOORWAARDEN'] })),
      'INVALID_STATE',
      /no VI_VOORWAARDEN recorded/,
    );
    expectError(
      await om.ask(VERSTREKKING, verstrekking({ zaakId: ander, onderdelen: ['SLACHTOFFEROMGEVING'] })),
      'INVALID_STATE',
      /no SLACHTOFFEROMGEVING recorded/,
    );
    expect(await countRows(om, 'om.verstrekking')).toBe(2);
  });

  it('lets OM find a case by parketnummer with everything in it', async () => {
    const response = await om.ask(
      `query ($parketnummer: String!) { strafzaak(parketnummer: $parketnummer) { parketnummer delictcategorie viBeslissing { versie } opdrachtenTotAdvies { organisatie } verstrekkingen { besluit burgemeester } } }`,
      { parketnummer: '13/123456-26' },
    );
    const zaak = expectAllowed(response, ['strafzaak']) as { opdrachtenTotAdvies: unknown[] };
    expect(zaak).toMatchObject({
      parketnummer: '13/123456-26',
      delictcategorie: 'ZEDEN',
      viBeslissing: { versie: 2 },
      verstrekkingen: [
        { besluit: 'VERSTREKT', burgemeester: 'burgemeester:0363' },
        { besluit: 'GEWEIGERD', burgemeester: 'burgemeester:0599' },
      ],
    });
    expect(zaak.opdrachtenTotAdvies).toHaveLength(3);
    // Refused as a case without a ground, so the answer does not tell which parketnummers exist.
    expectDenied(await om.ask(`query { strafzaak(parketnummer: "13/000000-20") { id } }`), ['strafzaak']);
  });
});
