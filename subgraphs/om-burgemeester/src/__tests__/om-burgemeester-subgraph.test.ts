import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { omBurgemeesterParty } from '../index';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';

const OFFICIER: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };
const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-1' };
const AMSTERDAM: TokenClaims = { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' };
const ROTTERDAM: TokenClaims = { org: 'burgemeester:0599', role: 'oov-adviseur', sub: 'oov-0599' };

const PERSOON = '5000000001';
const ANDER = '5000000002';

let om: TestSubgraph<PartySubgraph>;

beforeAll(async () => {
  om = await startTestSubgraph('om_burgemeester', omBurgemeesterParty.create, OFFICIER);
});

afterAll(() => om.stop());

const ask = <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  caller: TokenClaims = OFFICIER,
): Promise<GraphQLResponse<T>> => om.ask<T>(query, variables, caller);

async function countRows(table: string): Promise<number> {
  const [row] = await om.subgraph.database.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
}

/** The answer's data at `field`, failing the test with the errors when there is none. */
// The type parameter is named at each call site: it types the answer the test expects.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function dataOf<T>(response: GraphQLResponse, field: string): T {
  const value = response.data?.[field];
  if (value == null) {
    throw new Error(`no ${field}: ${JSON.stringify(response.errors)}`);
  }
  return value as T;
}

function expectRefused(response: GraphQLResponse, code: string, message?: string | RegExp): void {
  expect(errorCodes(response)).toEqual([code]);
  if (message) {
    expect(response.errors?.[0]?.message).toMatch(message);
  }
}

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        id
        strafzaken {
          parketnummer
          delictcategorie
          versie
        }
        zienswijzen {
          id
          tekst
          verzondenAanOmOp
        }
        omgevingsanalyses {
          id
          bevindingen
          verzondenAanOmOp
        }
        bijMeldingen {
          kenmerk
          terugkeerdatum
          dagenVoorTerugkeer
          binnenNorm
        }
      }
    }
  }
`;

function person(response: GraphQLResponse): Record<string, unknown> {
  const entities = dataOf<(Record<string, unknown> | null)[]>(response, '_entities');
  const [first] = entities;
  if (!first) throw new Error(`no person: ${JSON.stringify(response.errors)}`);
  return first;
}

const asPerson = (id: string) => ({ representations: [{ __typename: 'Justitiabele', id }] });

// -------------------------------------------------------------------------------------------
// OM: cases, delictcategorie, slachtofferomgeving
// -------------------------------------------------------------------------------------------

const DELICT = /* GraphQL */ `
  mutation ($input: DelictcategorieInput!) {
    registreerDelictcategorie(input: $input) {
      id
      parketnummer
      delictcategorie
      versie
    }
  }
`;
const SLACHTOFFER = /* GraphQL */ `
  mutation ($input: SlachtofferomgevingInput!) {
    registreerSlachtofferomgeving(input: $input) {
      versie
      slachtofferomgeving {
        inDirecteWoonomgeving
        gemeentecode
      }
    }
  }
`;

let zaakId: string;

describe('a case and its delictcategorie', () => {
  it('registers a new case with its delictcategorie', async () => {
    const response = await ask(DELICT, {
      input: {
        justitiabeleId: PERSOON,
        parketnummer: '13/123456-26',
        delictcategorie: 'ERNSTIG_GEWELD',
        verwachteVersie: 0,
      },
    });
    const zaak = dataOf<{ id: string; versie: number }>(response, 'registreerDelictcategorie');
    expect(zaak).toMatchObject({ parketnummer: '13/123456-26', delictcategorie: 'ERNSTIG_GEWELD', versie: 1 });
    zaakId = zaak.id;
  });

  it('changes the delictcategorie when based on the current version', async () => {
    const response = await ask(DELICT, {
      input: { justitiabeleId: PERSOON, parketnummer: '13/123456-26', delictcategorie: 'ZEDEN', verwachteVersie: 1 },
    });
    expect(dataOf(response, 'registreerDelictcategorie')).toMatchObject({ delictcategorie: 'ZEDEN', versie: 2 });
  });

  it('refuses a change based on a stale version with VERSION_CONFLICT and writes nothing', async () => {
    const response = await ask(DELICT, {
      input: { justitiabeleId: PERSOON, parketnummer: '13/123456-26', delictcategorie: 'VERMOGEN', verwachteVersie: 1 },
    });
    expectRefused(response, 'VERSION_CONFLICT', /at version 2, not 1/);
    expect(response.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    const [row] = await om.subgraph.database.dataSource.query<{ delictcategorie: string; versie: number }[]>(
      `SELECT delictcategorie, versie FROM om.strafzaak WHERE parketnummer = '13/123456-26'`,
    );
    expect(row).toEqual({ delictcategorie: 'ZEDEN', versie: 2 });
  });

  it('refuses registering a case that exists as new (VERSION_CONFLICT), an unknown one as known (NOT_FOUND), and another person’s', async () => {
    const base = { justitiabeleId: PERSOON, parketnummer: '13/123456-26', delictcategorie: 'ZEDEN' };
    expectRefused(await ask(DELICT, { input: { ...base, verwachteVersie: 0 } }), 'VERSION_CONFLICT');
    expectRefused(
      await ask(DELICT, { input: { ...base, parketnummer: '13/999999-26', verwachteVersie: 3 } }),
      'NOT_FOUND',
      /does not exist/,
    );
    expectRefused(
      await ask(DELICT, { input: { ...base, justitiabeleId: ANDER, verwachteVersie: 2 } }),
      'INVALID_INPUT',
      /against another person/,
    );
    expect(await countRows('om.strafzaak')).toBe(1);
  });

  it('refuses a parketnummer that is not one, and an unknown delictcategorie', async () => {
    const base = { justitiabeleId: PERSOON, delictcategorie: 'ZEDEN', verwachteVersie: 0 };
    expectRefused(await ask(DELICT, { input: { ...base, parketnummer: '123456' } }), 'INVALID_INPUT', /13\/123456-26/);
    const unknown = await ask(DELICT, {
      input: { ...base, parketnummer: '13/111111-26', delictcategorie: 'DIEFSTAL' },
    });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(await countRows('om.strafzaak')).toBe(1);
  });

  it('records the slachtofferomgeving with its gemeente, versioned', async () => {
    const response = await ask(SLACHTOFFER, {
      input: { zaakId, verwachteVersie: 2, inDirecteWoonomgeving: true, gemeentecode: '0363' },
    });
    expect(dataOf(response, 'registreerSlachtofferomgeving')).toEqual({
      versie: 3,
      slachtofferomgeving: { inDirecteWoonomgeving: true, gemeentecode: '0363' },
    });
  });

  it('refuses a slachtofferomgeving without gemeente, with an unknown gemeentecode, stale or on no case', async () => {
    expectRefused(
      await ask(SLACHTOFFER, { input: { zaakId, verwachteVersie: 3, inDirecteWoonomgeving: true } }),
      'INVALID_INPUT',
      /gemeentecode/,
    );
    expectRefused(
      await ask(SLACHTOFFER, {
        input: { zaakId, verwachteVersie: 3, inDirecteWoonomgeving: true, gemeentecode: '9999' },
      }),
      'UNKNOWN_GEMEENTECODE',
    );
    expectRefused(
      await ask(SLACHTOFFER, { input: { zaakId, verwachteVersie: 2, inDirecteWoonomgeving: false } }),
      'VERSION_CONFLICT',
    );
    expectRefused(
      await ask(SLACHTOFFER, {
        input: { zaakId: '00000000-0000-4000-8000-000000000000', verwachteVersie: 1, inDirecteWoonomgeving: false },
      }),
      'NOT_FOUND',
    );
    const [row] = await om.subgraph.database.dataSource.query<{ in: boolean; versie: number }[]>(
      `SELECT slachtoffer_in_directe_woonomgeving AS in, versie FROM om.strafzaak WHERE id = $1`,
      [zaakId],
    );
    expect(row).toEqual({ in: true, versie: 3 });
  });
});

// -------------------------------------------------------------------------------------------
// OM: VI-beslissing and herroeping
// -------------------------------------------------------------------------------------------

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
    expectRefused(await ask(VI, vi({ ingangsdatum: '2026-01-01' })), 'INVALID_PERIOD');
    expectRefused(await ask(VI, vi({ proeftijdEinddatum: '2027-06-01' })), 'INVALID_INPUT', /either in months/);
    expectRefused(await ask(VI, vi({ proeftijdMaanden: null })), 'INVALID_INPUT', /either in months/);
    expectRefused(
      await ask(VI, vi({ proeftijdMaanden: null, proeftijdEinddatum: '2026-01-31' })),
      'INVALID_PERIOD',
      /does not lie after the ingangsdatum/,
    );
    expectRefused(await ask(VI, vi({ proeftijdMaanden: 0 })), 'INVALID_INPUT', /outside 1 to 240/);
    expectRefused(await ask(VI, vi({ voorwaarden: [] })), 'INVALID_INPUT', /at least one condition/);
    expectRefused(await ask(VI, vi({ voorwaarden: ['  '] })), 'INVALID_INPUT', /Voorwaarde 1 may not be empty/);
    expectRefused(await ask(VI, vi({ zaakId: 'geen-zaak' })), 'NOT_FOUND');
    expect(await countRows('om.vi_beslissing')).toBe(0);
  });

  it('records it with its conditions, the end of a proeftijd in months following from the ingangsdatum', async () => {
    const response = await ask(VI, vi());
    const beslissing = dataOf<{ id: string }>(response, 'registreerViBeslissing');
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
    expectRefused(await ask(VI, vi()), 'INVALID_STATE', /already has a VI-beslissing/);
    expect(await countRows('om.vi_beslissing')).toBe(1);
  });

  it('refuses a herroeping before the beslissing or after the proeftijd with INVALID_PERIOD', async () => {
    const herroep = (datum: string) => ({
      input: { viBeslissingId: viId, verwachteVersie: 1, datum, reden: 'Contactverbod overtreden' },
    });
    expectRefused(await ask(HERROEP, herroep('2026-01-04')), 'INVALID_PERIOD', /lies before the begin/);
    expectRefused(await ask(HERROEP, herroep('2027-03-01')), 'INVALID_PERIOD', /after the end of the proeftijd/);
    expectRefused(
      await ask(HERROEP, { input: { viBeslissingId: viId, verwachteVersie: 1, datum: '2026-06-01', reden: '' } }),
      'INVALID_INPUT',
    );
  });

  it('revokes once, versioned: a stale version is refused and writes nothing', async () => {
    const stale = await ask(HERROEP, {
      input: { viBeslissingId: viId, verwachteVersie: 0, datum: '2026-06-01', reden: 'Contactverbod overtreden' },
    });
    expectRefused(stale, 'VERSION_CONFLICT');
    const response = await ask(HERROEP, {
      input: { viBeslissingId: viId, verwachteVersie: 1, datum: '2026-06-01', reden: 'Contactverbod overtreden' },
    });
    expect(dataOf(response, 'herroepVi')).toEqual({
      versie: 2,
      herroeping: { datum: '2026-06-01', reden: 'Contactverbod overtreden' },
    });
    expectRefused(
      await ask(HERROEP, {
        input: { viBeslissingId: viId, verwachteVersie: 2, datum: '2026-07-01', reden: 'Nogmaals' },
      }),
      'INVALID_STATE',
      /cannot be revoked again/,
    );
    expectRefused(
      await ask(HERROEP, {
        input: {
          viBeslissingId: '00000000-0000-4000-8000-000000000000',
          verwachteVersie: 1,
          datum: '2026-07-01',
          reden: 'x',
        },
      }),
      'NOT_FOUND',
    );
  });
});

// -------------------------------------------------------------------------------------------
// OM: opdracht tot advies and disclosures
// -------------------------------------------------------------------------------------------

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

describe('opdrachten tot advies', () => {
  const opdracht = (organisatie: string, vraag = 'Advies over bijzondere voorwaarden bij VI') => ({
    input: { zaakId, organisatie, datum: '2025-11-01', vraag },
  });

  it('go to one of the three reclassering organisations', async () => {
    for (const organisatie of ['reclassering:RN', 'reclassering:SVG', 'reclassering:LJ&R']) {
      expect(dataOf(await ask(OPDRACHT, opdracht(organisatie)), 'geefOpdrachtTotAdvies')).toEqual({
        organisatie,
        datum: '2025-11-01',
        vraag: 'Advies over bijzondere voorwaarden bij VI',
      });
    }
  });

  it('refuses another organisation, an unknown reclassering, an empty question or no case', async () => {
    expectRefused(await ask(OPDRACHT, opdracht('reclassering:XYZ')), 'INVALID_INPUT', /RN, SVG, LJ&R/);
    expectRefused(await ask(OPDRACHT, opdracht('gemeente:0363')), 'INVALID_INPUT', /reclassering organisation/);
    expectRefused(await ask(OPDRACHT, opdracht('reclassering:RN', ' ')), 'INVALID_INPUT', /may not be empty/);
    expectRefused(
      await ask(OPDRACHT, {
        input: { ...opdracht('reclassering:RN').input, zaakId: '00000000-0000-4000-8000-000000000000' },
      }),
      'NOT_FOUND',
    );
    expect(await countRows('om.opdracht_tot_advies')).toBe(3);
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
    const response = await ask(VERSTREKKING, verstrekking());
    expect(dataOf(response, 'registreerVerstrekking')).toMatchObject({
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
    const response = await ask(
      VERSTREKKING,
      verstrekking({
        burgemeester: 'burgemeester:0599',
        besluit: 'GEWEIGERD',
        reden: 'Niet nodig voor het doel',
        datum: '2026-01-20',
      }),
    );
    expect(dataOf(response, 'registreerVerstrekking')).toMatchObject({
      besluit: 'GEWEIGERD',
      delictcategorie: null,
      slachtofferomgeving: null,
      viBeslissing: null,
      viVoorwaarden: null,
    });
  });

  it('refuses another organisation, an unknown gemeente, no reason, no items, an item twice, or an item not recorded', async () => {
    expectRefused(
      await ask(VERSTREKKING, verstrekking({ burgemeester: 'gemeente:0363' })),
      'INVALID_INPUT',
      /to a burgemeester/,
    );
    expectRefused(await ask(VERSTREKKING, verstrekking({ burgemeester: 'burgemeester:9999' })), 'UNKNOWN_GEMEENTECODE');
    expectRefused(await ask(VERSTREKKING, verstrekking({ reden: '  ' })), 'INVALID_INPUT', /proportionality reason/);
    expectRefused(await ask(VERSTREKKING, verstrekking({ onderdelen: [] })), 'INVALID_INPUT', /names the items/);
    expectRefused(
      await ask(VERSTREKKING, verstrekking({ onderdelen: ['DELICTCATEGORIE', 'DELICTCATEGORIE'] })),
      'INVALID_INPUT',
      /more than once/,
    );
    const ander = dataOf<{ id: string }>(
      await ask(DELICT, {
        input: { justitiabeleId: ANDER, parketnummer: '05/000001-25', delictcategorie: 'OPIUMWET', verwachteVersie: 0 },
      }),
      'registreerDelictcategorie',
    );
    expectRefused(
      await ask(VERSTREKKING, verstrekking({ zaakId: ander.id, onderdelen: ['VI_VOORWAARDEN'] })),
      'INVALID_STATE',
      /no VI_VOORWAARDEN recorded/,
    );
    expectRefused(
      await ask(VERSTREKKING, verstrekking({ zaakId: ander.id, onderdelen: ['SLACHTOFFEROMGEVING'] })),
      'INVALID_STATE',
      /no SLACHTOFFEROMGEVING recorded/,
    );
    expect(await countRows('om.verstrekking')).toBe(2);
  });

  it('lets OM find a case by parketnummer with everything in it', async () => {
    const response = await ask(
      `query ($parketnummer: String!) { strafzaak(parketnummer: $parketnummer) { parketnummer delictcategorie viBeslissing { versie } opdrachtenTotAdvies { organisatie } verstrekkingen { besluit burgemeester } } }`,
      { parketnummer: '13/123456-26' },
    );
    expect(dataOf(response, 'strafzaak')).toMatchObject({
      parketnummer: '13/123456-26',
      delictcategorie: 'ZEDEN',
      viBeslissing: { versie: 2 },
      verstrekkingen: [
        { besluit: 'VERSTREKT', burgemeester: 'burgemeester:0363' },
        { besluit: 'GEWEIGERD', burgemeester: 'burgemeester:0599' },
      ],
    });
    expect(dataOf<{ opdrachtenTotAdvies: unknown[] }>(response, 'strafzaak').opdrachtenTotAdvies).toHaveLength(3);
    const unknown = await ask(`query { strafzaak(parketnummer: "13/000000-20") { id } }`);
    // Refused as a case without a ground, so the answer does not tell which parketnummers exist.
    expect(unknown.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    expect(unknown.data?.['strafzaak']).toBeNull();
  });
});

// -------------------------------------------------------------------------------------------
// Burgemeester: BIJ-meldingen from Justid
// -------------------------------------------------------------------------------------------

const ONTVANG = /* GraphQL */ `
  mutation ($input: BijMeldingInput!) {
    ontvangBijMelding(input: $input) {
      kenmerk
      nieuw
    }
  }
`;

function melding(overrides: Record<string, unknown> = {}): { input: Record<string, unknown> } {
  return {
    input: {
      kenmerk: 'BIJ-2026-000001',
      justitiabeleId: PERSOON,
      soort: 'TERUGKEER',
      terugkeerdatum: '2027-03-01',
      terugkeergemeente: '0363',
      delictcategorie: 'ZEDEN',
      grondslag: 'VEROORDELING',
      onherroepelijk: true,
      gemeenteNeemtDeel: true,
      ontvangenOp: '2026-12-01',
      ...overrides,
    },
  };
}

describe('BIJ-meldingen', () => {
  it('are delivered by Justid only: anyone else is refused and nothing is written', async () => {
    const nazorg: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc' };
    for (const caller of [AMSTERDAM, OFFICIER, nazorg]) {
      expectRefused(await ask(ONTVANG, melding(), caller), 'ACCESS_DENIED', /bij-medewerker/);
    }
    expect(await countRows('burgemeester.bij_melding')).toBe(0);
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
    const response = await ask(ONTVANG, melding(overrides), JUSTID);
    expectRefused(response, 'INVALID_INPUT');
    expect(response.errors?.[0]?.message).toBe(
      `A BIJ-melding (art. 11a Bjsg) is only for a person irrevocably convicted of a sexual or serious violent offence or of arson (ZEDEN, ERNSTIG_GEWELD, LEVENSDELICT, BRANDSTICHTING), or under tbs met dwangverpleging or an extendable PIJ-maatregel. ${reason} Nothing was received.`,
    );
    expect(response.errors?.[0]?.extensions?.['regel']).toBe('art-11a-bjsg-doelgroep');
    expect(await countRows('burgemeester.bij_melding')).toBe(0);
  });

  it('refuses an unknown terugkeergemeente', async () => {
    expectRefused(await ask(ONTVANG, melding({ terugkeergemeente: '9999' }), JUSTID), 'UNKNOWN_GEMEENTECODE');
  });

  it('receives an eligible melding once, however often Justid delivers it', async () => {
    expect(dataOf(await ask(ONTVANG, melding(), JUSTID), 'ontvangBijMelding')).toEqual({
      kenmerk: 'BIJ-2026-000001',
      nieuw: true,
    });
    // A retry arrives a day later: the same melding, received once.
    expect(dataOf(await ask(ONTVANG, melding({ ontvangenOp: '2026-12-02' }), JUSTID), 'ontvangBijMelding')).toEqual({
      kenmerk: 'BIJ-2026-000001',
      nieuw: false,
    });
    expect(await countRows('burgemeester.bij_melding')).toBe(1);
    expectRefused(
      await ask(ONTVANG, melding({ terugkeerdatum: '2027-04-01' }), JUSTID),
      'INVALID_STATE',
      /kenmerk of its own/,
    );
  });

  it('receives tbs met dwangverpleging and an extendable PIJ-maatregel, whatever the delict', async () => {
    for (const [kenmerk, grondslag, terugkeerdatum, gemeenteNeemtDeel] of [
      ['BIJ-2026-000002', 'TBS_MET_DWANGVERPLEGING', '2026-12-31', true],
      ['BIJ-2026-000003', 'PIJ_VERLENGBAAR', '2026-12-15', false],
    ] as const) {
      const response = await ask(
        ONTVANG,
        melding({ kenmerk, grondslag, terugkeerdatum, gemeenteNeemtDeel, delictcategorie: 'OVERIG', soort: 'VERLOF' }),
        JUSTID,
      );
      expect(dataOf(response, 'ontvangBijMelding')).toEqual({ kenmerk, nieuw: true });
    }
  });

  it('receives a melding about a conviction for arson: brandstichting is in the BIJ-regeling since 2024', async () => {
    const response = await ask(
      ONTVANG,
      melding({ kenmerk: 'BIJ-2026-000004', justitiabeleId: 'SKN-BRAND', delictcategorie: 'BRANDSTICHTING' }),
      JUSTID,
    );
    expect(dataOf(response, 'ontvangBijMelding')).toEqual({ kenmerk: 'BIJ-2026-000004', nieuw: true });
    const [row] = await om.subgraph.database.dataSource.query<{ delictcategorie: string }[]>(
      `SELECT delictcategorie FROM burgemeester.bij_melding WHERE kenmerk = 'BIJ-2026-000004'`,
    );
    expect(row).toEqual({ delictcategorie: 'BRANDSTICHTING' });
  });

  it('counts the days received before the return and checks the 60-day norm of participating gemeenten', async () => {
    const answer = person(await ask(ENTITIES, asPerson(PERSOON), AMSTERDAM));
    expect(answer['bijMeldingen']).toEqual([
      // 14 days: late; the gemeente does not take part in BIJ, so no norm applies.
      { kenmerk: 'BIJ-2026-000003', terugkeerdatum: '2026-12-15', dagenVoorTerugkeer: 14, binnenNorm: null },
      { kenmerk: 'BIJ-2026-000002', terugkeerdatum: '2026-12-31', dagenVoorTerugkeer: 30, binnenNorm: false },
      { kenmerk: 'BIJ-2026-000001', terugkeerdatum: '2027-03-01', dagenVoorTerugkeer: 90, binnenNorm: true },
    ]);
  });
});

// -------------------------------------------------------------------------------------------
// Burgemeester: zienswijze and omgevingsanalyse, sent to OM
// -------------------------------------------------------------------------------------------

const ZIENSWIJZE = /* GraphQL */ `
  mutation ($input: ZienswijzeInput!) {
    geefZienswijze(input: $input) {
      id
      burgemeester
      datum
      tekst
      gebiedsverbod
      verzondenAanOmOp
      versie
    }
  }
`;
const WIJZIG_ZIENSWIJZE = /* GraphQL */ `
  mutation ($input: ZienswijzeWijzigingInput!) {
    wijzigZienswijze(input: $input) {
      tekst
      gebiedsverbod
      versie
    }
  }
`;
const ANALYSE = /* GraphQL */ `
  mutation ($input: OmgevingsanalyseInput!) {
    registreerOmgevingsanalyse(input: $input) {
      id
      burgemeester
      bevindingen
      versie
    }
  }
`;
const WIJZIG_ANALYSE = /* GraphQL */ `
  mutation ($input: OmgevingsanalyseWijzigingInput!) {
    wijzigOmgevingsanalyse(input: $input) {
      bevindingen
      versie
    }
  }
`;
const STUUR = /* GraphQL */ `
  mutation ($input: StuurNaarOmInput!) {
    stuurNaarOm(input: $input) {
      __typename
      ... on Zienswijze {
        verzondenAanOmOp
        versie
      }
      ... on Omgevingsanalyse {
        verzondenAanOmOp
        versie
      }
    }
  }
`;

describe('zienswijze and omgevingsanalyse', () => {
  let zienswijzeId: string;
  let analyseId: string;

  it('records a zienswijze of the caller’s own burgemeester', async () => {
    const response = await ask(
      ZIENSWIJZE,
      {
        input: {
          justitiabeleId: PERSOON,
          datum: '2026-12-10',
          tekst: 'Gebiedsverbod rond de woning van het slachtoffer gewenst.',
          gebiedsverbod: 'Straal van 500 meter rond de Dapperstraat',
        },
      },
      AMSTERDAM,
    );
    const zienswijze = dataOf<{ id: string }>(response, 'geefZienswijze');
    expect(zienswijze).toMatchObject({
      burgemeester: 'burgemeester:0363',
      gebiedsverbod: 'Straal van 500 meter rond de Dapperstraat',
      verzondenAanOmOp: null,
      versie: 1,
    });
    zienswijzeId = zienswijze.id;
  });

  it('is written only by OOV-advisers of a burgemeester, and changed only by its own', async () => {
    const input = { justitiabeleId: PERSOON, datum: '2026-12-10', tekst: 'x' };
    expectRefused(await ask(ZIENSWIJZE, { input }, OFFICIER), 'ACCESS_DENIED');
    expectRefused(
      await ask(ZIENSWIJZE, { input }, { org: 'burgemeester:0363', role: 'privacy-officer', sub: 'po' }),
      'ACCESS_DENIED',
    );
    expectRefused(
      await ask(
        WIJZIG_ZIENSWIJZE,
        { input: { id: zienswijzeId, verwachteVersie: 1, tekst: 'Overgenomen' } },
        ROTTERDAM,
      ),
      'ACCESS_DENIED',
      /Zienswijze/,
    );
    expectRefused(await ask(ZIENSWIJZE, { input: { ...input, tekst: ' ' } }, AMSTERDAM), 'INVALID_INPUT');
    expect(await countRows('burgemeester.zienswijze')).toBe(1);
  });

  it('changes one not yet sent, versioned', async () => {
    const change = (verwachteVersie: number, tekst: string) => ({
      input: { id: zienswijzeId, verwachteVersie, tekst, gebiedsverbod: 'Dapperbuurt' },
    });
    expect(
      dataOf(
        await ask(WIJZIG_ZIENSWIJZE, change(1, 'Gebiedsverbod Dapperbuurt gewenst.'), AMSTERDAM),
        'wijzigZienswijze',
      ),
    ).toEqual({
      tekst: 'Gebiedsverbod Dapperbuurt gewenst.',
      gebiedsverbod: 'Dapperbuurt',
      versie: 2,
    });
    expectRefused(await ask(WIJZIG_ZIENSWIJZE, change(1, 'Iets anders'), AMSTERDAM), 'VERSION_CONFLICT');
    expectRefused(
      await ask(
        WIJZIG_ZIENSWIJZE,
        { input: { id: '00000000-0000-4000-8000-000000000000', verwachteVersie: 1, tekst: 'x' } },
        AMSTERDAM,
      ),
      'NOT_FOUND',
    );
    const [row] = await om.subgraph.database.dataSource.query<{ tekst: string }[]>(
      `SELECT tekst FROM burgemeester.zienswijze WHERE id = $1`,
      [zienswijzeId],
    );
    expect(row?.tekst).toBe('Gebiedsverbod Dapperbuurt gewenst.');
  });

  it('records and changes an omgevingsanalyse', async () => {
    const created = dataOf<{ id: string }>(
      await ask(
        ANALYSE,
        { input: { justitiabeleId: PERSOON, datum: '2026-12-12', bevindingen: 'School op 200 meter.' } },
        AMSTERDAM,
      ),
      'registreerOmgevingsanalyse',
    );
    analyseId = created.id;
    expect(created).toMatchObject({ burgemeester: 'burgemeester:0363', versie: 1 });
    expect(
      dataOf(
        await ask(
          WIJZIG_ANALYSE,
          { input: { id: analyseId, verwachteVersie: 1, bevindingen: 'School op 250 meter.' } },
          AMSTERDAM,
        ),
        'wijzigOmgevingsanalyse',
      ),
    ).toEqual({ bevindingen: 'School op 250 meter.', versie: 2 });
  });

  it('keeps what was not sent from OM', async () => {
    const answer = person(await ask(ENTITIES, asPerson(PERSOON), OFFICIER));
    expect(answer['zienswijzen']).toEqual([]);
    expect(answer['omgevingsanalyses']).toEqual([]);
  });

  it('sends to OM no earlier than the document’s date, versioned, and never changes it after', async () => {
    expectRefused(
      await ask(
        STUUR,
        { input: { stuk: 'ZIENSWIJZE', id: zienswijzeId, verwachteVersie: 2, verzondenOp: '2026-12-01' } },
        AMSTERDAM,
      ),
      'INVALID_PERIOD',
    );
    expectRefused(
      await ask(
        STUUR,
        { input: { stuk: 'ZIENSWIJZE', id: zienswijzeId, verwachteVersie: 1, verzondenOp: '2026-12-11' } },
        AMSTERDAM,
      ),
      'VERSION_CONFLICT',
    );
    expectRefused(
      await ask(
        STUUR,
        { input: { stuk: 'ZIENSWIJZE', id: zienswijzeId, verwachteVersie: 2, verzondenOp: '2026-12-11' } },
        ROTTERDAM,
      ),
      'ACCESS_DENIED',
    );
    // The id of an omgevingsanalyse is no zienswijze.
    expectRefused(
      await ask(
        STUUR,
        { input: { stuk: 'ZIENSWIJZE', id: analyseId, verwachteVersie: 2, verzondenOp: '2026-12-13' } },
        AMSTERDAM,
      ),
      'NOT_FOUND',
    );
    expect(
      dataOf(
        await ask(
          STUUR,
          { input: { stuk: 'ZIENSWIJZE', id: zienswijzeId, verwachteVersie: 2, verzondenOp: '2026-12-11' } },
          AMSTERDAM,
        ),
        'stuurNaarOm',
      ),
    ).toEqual({ __typename: 'Zienswijze', verzondenAanOmOp: '2026-12-11', versie: 3 });
    expect(
      dataOf(
        await ask(
          STUUR,
          { input: { stuk: 'OMGEVINGSANALYSE', id: analyseId, verwachteVersie: 2, verzondenOp: '2026-12-13' } },
          AMSTERDAM,
        ),
        'stuurNaarOm',
      ),
    ).toEqual({ __typename: 'Omgevingsanalyse', verzondenAanOmOp: '2026-12-13', versie: 3 });
    expectRefused(
      await ask(WIJZIG_ZIENSWIJZE, { input: { id: zienswijzeId, verwachteVersie: 3, tekst: 'Later' } }, AMSTERDAM),
      'INVALID_STATE',
      /sent to OM on 2026-12-11/,
    );
    expectRefused(
      await ask(
        STUUR,
        { input: { stuk: 'OMGEVINGSANALYSE', id: analyseId, verwachteVersie: 3, verzondenOp: '2026-12-14' } },
        AMSTERDAM,
      ),
      'INVALID_STATE',
    );
  });

  it('lets OM read what was sent to it', async () => {
    const answer = person(await ask(ENTITIES, asPerson(PERSOON), OFFICIER));
    expect(answer['zienswijzen']).toEqual([
      { id: zienswijzeId, tekst: 'Gebiedsverbod Dapperbuurt gewenst.', verzondenAanOmOp: '2026-12-11' },
    ]);
    expect(answer['omgevingsanalyses']).toEqual([
      { id: analyseId, bevindingen: 'School op 250 meter.', verzondenAanOmOp: '2026-12-13' },
    ]);
  });
});

// -------------------------------------------------------------------------------------------
// Two owners, two schemas
// -------------------------------------------------------------------------------------------

describe('the two owners are kept apart in the database', () => {
  const query = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
    om.subgraph.database.dataSource.query<T[]>(sql, parameters);

  it('keeps OM’s tables in schema om and the burgemeesters’ in schema burgemeester', async () => {
    const tables = await query<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.tables
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY table_schema, table_name`,
    );
    expect(tables).toEqual([
      { table_schema: 'burgemeester', table_name: 'bij_melding' },
      { table_schema: 'burgemeester', table_name: 'omgevingsanalyse' },
      { table_schema: 'burgemeester', table_name: 'zienswijze' },
      { table_schema: 'om', table_name: 'opdracht_tot_advies' },
      { table_schema: 'om', table_name: 'strafzaak' },
      { table_schema: 'om', table_name: 'verstrekking' },
      { table_schema: 'om', table_name: 'vi_beslissing' },
      // Only the machinery is shared: the migrations and the processing log.
      { table_schema: 'public', table_name: 'access_decision' },
      { table_schema: 'public', table_name: 'migrations' },
      { table_schema: 'public', table_name: 'processing_audit_record' },
      { table_schema: 'public', table_name: 'processing_log_record' },
    ]);
  });

  it('has the data written above in those schemas', async () => {
    const counts = await query<{ schema: string; rows: number }>(
      `SELECT 'om' AS schema, ((SELECT count(*) FROM om.strafzaak) + (SELECT count(*) FROM om.vi_beslissing)
                + (SELECT count(*) FROM om.opdracht_tot_advies) + (SELECT count(*) FROM om.verstrekking))::int AS rows
       UNION ALL
       SELECT 'burgemeester', ((SELECT count(*) FROM burgemeester.bij_melding) + (SELECT count(*) FROM burgemeester.zienswijze)
                + (SELECT count(*) FROM burgemeester.omgevingsanalyse))::int`,
    );
    expect(counts).toEqual([
      { schema: 'om', rows: 2 + 1 + 3 + 2 },
      { schema: 'burgemeester', rows: 4 + 1 + 1 },
    ]);
  });

  it('lets no foreign key cross from one owner’s schema to the other’s', async () => {
    const crossing = await query<{ constraint_name: string }>(
      `SELECT c.conname AS constraint_name
         FROM pg_constraint c
         JOIN pg_class source ON source.oid = c.conrelid
         JOIN pg_namespace source_ns ON source_ns.oid = source.relnamespace
         JOIN pg_class target ON target.oid = c.confrelid
         JOIN pg_namespace target_ns ON target_ns.oid = target.relnamespace
        WHERE c.contype = 'f' AND source_ns.nspname <> target_ns.nspname`,
    );
    expect(crossing).toEqual([]);
  });

  it('keeps only the BIJ target group, also when a statement passes by the service', async () => {
    const insert = (kenmerk: string, delictcategorie: string) =>
      query(
        `INSERT INTO burgemeester.bij_melding (kenmerk, justitiabele_id, soort, terugkeerdatum, terugkeergemeente, delictcategorie, grondslag, onherroepelijk, gemeente_neemt_deel, ontvangen_op)
         VALUES ($1, '1', 'TERUGKEER', '2027-01-01', '0363', $2, 'VEROORDELING', true, true, '2026-11-01')`,
        [kenmerk, delictcategorie],
      );
    await expect(insert('X', 'VERMOGEN')).rejects.toThrow('bij_doelgroep');
    await expect(insert('Y', 'BRANDSTICHTING')).resolves.toBeDefined();
    await query(`DELETE FROM burgemeester.bij_melding WHERE kenmerk = 'Y'`);
  });
});

describe('only the owning party writes', () => {
  it('refuses OM’s changes to a burgemeester and a burgemeester’s to OM, and records the refusal', async () => {
    const before = await countRows('access_decision');
    expectRefused(
      await ask(
        DELICT,
        {
          input: {
            justitiabeleId: PERSOON,
            parketnummer: '13/555555-26',
            delictcategorie: 'ZEDEN',
            verwachteVersie: 0,
          },
        },
        AMSTERDAM,
      ),
      'ACCESS_DENIED',
      /is done by om:officier on own task of the owning party/,
    );
    expectRefused(
      await ask(ANALYSE, { input: { justitiabeleId: PERSOON, datum: '2026-12-12', bevindingen: 'x' } }, OFFICIER),
      'ACCESS_DENIED',
    );
    expect(await countRows('access_decision')).toBe(before + 2);
    expect(await countRows('om.strafzaak')).toBe(2);
  });
});
