import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { reclasseringParty } from '../index';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';

/** A toezichthouder of Reclassering Nederland: the default caller. */
const RN_TOEZICHT: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' };
const RN_ADVIES: TokenClaims = { org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn-1' };
const SVG_TOEZICHT: TokenClaims = { org: 'reclassering:SVG', role: 'toezichthouder', sub: 'th-svg-1' };

let reclassering: TestSubgraph<PartySubgraph>;
let subgraph: PartySubgraph;

beforeAll(async () => {
  reclassering = await startTestSubgraph('reclassering', reclasseringParty.create, RN_TOEZICHT);
  subgraph = reclassering.subgraph;
});

afterAll(() => reclassering.stop());

/** Asks as `caller`, by default an RN toezichthouder. */
const ask = <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  caller: TokenClaims = RN_TOEZICHT,
): Promise<GraphQLResponse<T>> => reclassering.ask<T>(query, variables, caller);

async function countRows(table: string): Promise<number> {
  const [row] = await subgraph.database.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
}

/** Every row of a table as stored, to show that a refused change wrote nothing. */
const stored = (table: string) =>
  subgraph.database.dataSource.query<unknown[]>(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY t.id`);

const UNKNOWN_IDS = ['00000000-0000-4000-8000-000000000000', 'not-a-uuid'];

// ---------------------------------------------------------------------------------------------
// Adviezen
// ---------------------------------------------------------------------------------------------

const ADVIES = /* GraphQL */ `
  mutation ($input: AdviesInput!) {
    registreerAdvies(input: $input) {
      id
      organisatie
      opdrachtgever
      datum
      geadviseerdeVoorwaarden {
        volgnummer
        type
        toelichting
      }
      zienswijzeBurgemeesterMeegewogen
      zienswijzeBurgemeesterToelichting
      slachtofferbelangenMeegewogen
      slachtofferbelangenToelichting
      justitiabele {
        id
      }
    }
  }
`;

function advies(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    justitiabeleId: '4000000001',
    organisatie: 'reclassering:RN',
    opdrachtgever: 'om',
    datum: '2026-04-15',
    geadviseerdeVoorwaarden: [
      { type: 'MELDPLICHT', toelichting: 'Wekelijks melden in de eerste drie maanden' },
      { type: 'LOCATIEVERBOD', toelichting: 'Niet in de straat van het slachtoffer' },
    ],
    zienswijzeBurgemeesterMeegewogen: true,
    zienswijzeBurgemeesterToelichting: ' Gebiedsverbod overgenomen ',
    slachtofferbelangenMeegewogen: true,
    slachtofferbelangenToelichting: 'Slachtoffer woont in dezelfde wijk.',
    ...overrides,
  };
}

describe('registering an advies', () => {
  it("records the advies of the caller's own organisation with its voorwaarden, in order", async () => {
    const response = await ask(ADVIES, { input: advies() }, RN_ADVIES);
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
    const read = await ask(`query ($id: ID!) { advies(id: $id) { datum geadviseerdeVoorwaarden { type } } }`, {
      id: registered['id'],
    });
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
    const before = { adviezen: await countRows('advies'), voorwaarden: await countRows('advies_voorwaarde') };
    const response = await ask(ADVIES, { input: advies({ justitiabeleId: '4000000099', ...overrides }) }, RN_ADVIES);
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts/);
    expect({ adviezen: await countRows('advies'), voorwaarden: await countRows('advies_voorwaarde') }).toEqual(before);
  });

  it('lets only adviseurs register an advies', async () => {
    const response = await ask(ADVIES, { input: advies({ justitiabeleId: '4000000098' }) }, RN_TOEZICHT);
    expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
    expect(await countRows(`advies WHERE justitiabele_id = '4000000098'`)).toBe(0);
  });

  it('answers an unknown advies id as one without a ground: null and ACCESS_DENIED', async () => {
    for (const id of UNKNOWN_IDS) {
      const read = await ask(`query ($id: ID!) { advies(id: $id) { id } }`, { id });
      expect(read.data).toEqual({ advies: null });
      expect(errorCodes(read)).toEqual(['ACCESS_DENIED']);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Toezicht
// ---------------------------------------------------------------------------------------------

interface ToezichtAnswer {
  id: string;
  versie: number;
  status: string;
  einddatum: string | null;
}

const START = /* GraphQL */ `
  mutation ($input: ToezichtInput!) {
    startToezicht(input: $input) {
      id
      versie
      status
      organisatie
      opdrachtgever
      begindatum
      einddatum
      toezichthouder {
        naam
        email
        telefoon
      }
      toezichthouderGebruiker
      ketenpartners
      woongemeente
      justitiabele {
        id
      }
    }
  }
`;
const WIJZIG = /* GraphQL */ `
  mutation ($input: ToezichtWijzigingInput!) {
    wijzigToezicht(input: $input) {
      versie
      toezichthouder {
        naam
      }
      toezichthouderGebruiker
      ketenpartners
      woongemeente
    }
  }
`;
const BEEINDIG = /* GraphQL */ `
  mutation ($input: BeeindigingInput!) {
    beeindigToezicht(input: $input) {
      versie
      status
      einddatum
      bijzondereVoorwaarden {
        type
        einddatum
        versie
      }
    }
  }
`;
const LEG_OP = /* GraphQL */ `
  mutation ($input: BijzondereVoorwaardeInput!) {
    legBijzondereVoorwaardeOp(input: $input) {
      versie
      bijzondereVoorwaarden {
        id
        type
        omschrijving
        gebied
        contactMet
        meldfrequentie
        instelling
        begindatum
        einddatum
        versie
      }
    }
  }
`;
const NALEVING = /* GraphQL */ `
  mutation ($input: NalevingInput!) {
    registreerNaleving(input: $input) {
      datum
      uitkomst
      toelichting
      melding {
        gemeldAan
        datum
        status
      }
    }
  }
`;

function toezicht(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    justitiabeleId: '4000000001',
    organisatie: 'reclassering:RN',
    opdrachtgever: 'om',
    begindatum: '2026-06-01',
    einddatum: '2027-06-01',
    toezichthouder: { naam: 'I. Claessens', email: 'i.claessens@reclassering.example.nl', telefoon: '06-12345678' },
    toezichthouderGebruiker: 'th-rn-1',
    ketenpartners: ['dji:PI-VUGHT', 'gemeente:0363', 'gemeente:0363'],
    woongemeente: '0363',
    ...overrides,
  };
}

async function startToezicht(overrides: Record<string, unknown> = {}, caller = RN_TOEZICHT): Promise<ToezichtAnswer> {
  const response = await ask<{ startToezicht: ToezichtAnswer }>(START, { input: toezicht(overrides) }, caller);
  const started = response.data?.startToezicht;
  if (!started) throw new Error(JSON.stringify(response.errors));
  return started;
}

describe('starting and changing a toezicht', () => {
  let toezichtId: string;

  it('starts a lopend toezicht with its ketenpartners, each once', async () => {
    const response = await ask(START, { input: toezicht() });
    expect(response.errors).toBeUndefined();
    const started = response.data?.['startToezicht'] as Record<string, unknown>;
    expect(started).toMatchObject({
      versie: 1,
      status: 'LOPEND',
      organisatie: 'reclassering:RN',
      opdrachtgever: 'om',
      begindatum: '2026-06-01',
      einddatum: '2027-06-01',
      toezichthouder: { naam: 'I. Claessens', email: 'i.claessens@reclassering.example.nl', telefoon: '06-12345678' },
      toezichthouderGebruiker: 'th-rn-1',
      ketenpartners: ['dji:PI-VUGHT', 'gemeente:0363'],
      woongemeente: '0363',
      justitiabele: { id: '4000000001' },
    });
    toezichtId = String(started['id']);
  });

  it('refuses a second lopend toezicht of the same organisation, but not one of another', async () => {
    expect(errorCodes(await ask(START, { input: toezicht() }))).toEqual(['INVALID_STATE']);
    expect(await countRows(`toezicht WHERE justitiabele_id = '4000000001'`)).toBe(1);
    const svg = await ask(START, { input: toezicht({ organisatie: 'reclassering:SVG' }) }, SVG_TOEZICHT);
    expect(svg.errors).toBeUndefined();
  });

  it('lets only one of two concurrent starts for the same organisation and person through', async () => {
    const input = toezicht({ justitiabeleId: '4000000002' });
    const results = await Promise.all([ask(START, { input }), ask(START, { input })]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['INVALID_STATE', 'OK']);
  });

  it('hands the toezicht over and replaces its partners, bumping the version', async () => {
    const response = await ask(WIJZIG, {
      input: {
        toezichtId,
        verwachteVersie: 1,
        toezichthouder: { naam: 'T. Haddou', email: 't.haddou@reclassering.example.nl' },
        toezichthouderGebruiker: 'th-rn-2',
        ketenpartners: ['dji:PI-ZAANSTAD', 'gemeente:0599'],
        woongemeente: '0599',
      },
    });
    expect(response.data?.['wijzigToezicht']).toEqual({
      versie: 2,
      toezichthouder: { naam: 'T. Haddou' },
      toezichthouderGebruiker: 'th-rn-2',
      ketenpartners: ['dji:PI-ZAANSTAD', 'gemeente:0599'],
      woongemeente: '0599',
    });
  });

  it('refuses a change based on a stale version of the toezicht, and writes nothing', async () => {
    const before = await stored('toezicht');
    const response = await ask(WIJZIG, {
      input: {
        toezichtId,
        verwachteVersie: 1,
        toezichthouder: { naam: 'W. de Graaf', email: 'w.degraaf@reclassering.example.nl' },
        toezichthouderGebruiker: 'th-rn-3',
        ketenpartners: [],
      },
    });
    expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
    expect(response.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    expect(await stored('toezicht')).toEqual(before);
  });

  it('lets only one of two concurrent changes based on the same version through', async () => {
    const change = (gebruiker: string) =>
      ask(WIJZIG, {
        input: {
          toezichtId,
          verwachteVersie: 2,
          toezichthouder: { naam: gebruiker, email: `${gebruiker}@reclassering.example.nl` },
          toezichthouderGebruiker: gebruiker,
          ketenpartners: ['gemeente:0599'],
          woongemeente: '0599',
        },
      });
    const results = await Promise.all([change('th-rn-2'), change('th-rn-3')]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['OK', 'VERSION_CONFLICT']);
  });

  it('answers an unknown toezicht id with NOT_FOUND to a change, and the query as one without a ground', async () => {
    for (const id of UNKNOWN_IDS) {
      const change = await ask(WIJZIG, {
        input: {
          toezichtId: id,
          verwachteVersie: 1,
          toezichthouder: { naam: 'X', email: 'x@reclassering.example.nl' },
          toezichthouderGebruiker: 'th-rn-1',
          ketenpartners: [],
        },
      });
      expect(errorCodes(change)).toEqual(['NOT_FOUND']);
      const end = await ask(BEEINDIG, { input: { toezichtId: id, verwachteVersie: 1, einddatum: '2026-12-01' } });
      expect(errorCodes(end)).toEqual(['NOT_FOUND']);
      const add = await ask(LEG_OP, {
        input: {
          toezichtId: id,
          verwachteVersie: 1,
          type: 'MIDDELENVERBOD',
          omschrijving: 'Geen alcohol',
          begindatum: '2026-06-01',
        },
      });
      expect(errorCodes(add)).toEqual(['NOT_FOUND']);
      const read = await ask(`query ($id: ID!) { toezicht(id: $id) { id } }`, { id });
      expect(read.data).toEqual({ toezicht: null });
      expect(errorCodes(read)).toEqual(['ACCESS_DENIED']);
    }
  });
});

describe('bad input for a toezicht gets a specific error and writes nothing', () => {
  it.each([
    ['an end before the begin', { einddatum: '2026-05-31' }, 'INVALID_PERIOD', 'lies before'],
    [
      'an unknown reclassering organisation',
      { organisatie: 'reclassering:ABC' },
      'INVALID_INPUT',
      'not a reclassering organisation',
    ],
    ['DJI as reclassering organisation', { organisatie: 'dji:PI-VUGHT' }, 'INVALID_INPUT', 'reclassering:RN'],
    ['an opdrachtgever that is no organisation', { opdrachtgever: '' }, 'INVALID_INPUT', 'Organisation'],
    ['an inrichting that is no DJI location', { inrichting: 'PI Vught' }, 'INVALID_INPUT', 'not a DJI location'],
    [
      'another reclassering organisation as ketenpartner',
      { ketenpartners: ['reclassering:SVG'] },
      'INVALID_INPUT',
      'neither',
    ],
    [
      'a ketenpartner with an unknown gemeentecode',
      { ketenpartners: ['gemeente:9999'] },
      'UNKNOWN_GEMEENTECODE',
      '9999',
    ],
    ['a DJI ketenpartner without location', { ketenpartners: ['dji'] }, 'INVALID_INPUT', 'location'],
    ['an unknown woongemeente', { woongemeente: '9999' }, 'UNKNOWN_GEMEENTECODE', '9999'],
    [
      'a toezichthouder without e-mail address',
      { toezichthouder: { naam: 'I. Claessens', email: 'i.claessens' } },
      'INVALID_INPUT',
      'e-mail',
    ],
    ['a toezichthouder without user id', { toezichthouderGebruiker: ' ' }, 'INVALID_INPUT', 'user id'],
    ['a toezicht of another organisation', { organisatie: 'reclassering:LJ&R' }, 'ACCESS_DENIED', 'reclassering:LJ&R'],
  ])('refuses %s', async (_case, overrides, code, message) => {
    const before = await countRows('toezicht');
    const response = await ask(START, { input: toezicht({ justitiabeleId: '4000000099', ...overrides }) });
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts/);
    expect(await countRows('toezicht')).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Bijzondere voorwaarden, naleving and the melding to OM
// ---------------------------------------------------------------------------------------------

describe('bijzondere voorwaarden and their naleving', () => {
  let toezichtId: string;
  let locatieverbod: string;
  const voorwaarde = (overrides: Record<string, unknown> = {}) => ({
    input: {
      toezichtId,
      verwachteVersie: 1,
      type: 'LOCATIEVERBOD',
      omschrijving: 'Komt niet in het aangewezen gebied',
      gebied: ' Binnenstad Utrecht ',
      begindatum: '2026-06-01',
      ...overrides,
    },
  });

  beforeAll(async () => {
    toezichtId = (
      await startToezicht({ justitiabeleId: '4000000010', ketenpartners: ['gemeente:0344'], woongemeente: '0344' })
    ).id;
  });

  it('adds a voorwaarde with the details its type needs, and bumps the toezicht version', async () => {
    const response = await ask<{
      legBijzondereVoorwaardeOp: { versie: number; bijzondereVoorwaarden: { id: string }[] };
    }>(LEG_OP, voorwaarde());
    expect(response.errors).toBeUndefined();
    expect(response.data?.legBijzondereVoorwaardeOp).toEqual({
      versie: 2,
      bijzondereVoorwaarden: [
        {
          id: expect.any(String),
          type: 'LOCATIEVERBOD',
          omschrijving: 'Komt niet in het aangewezen gebied',
          gebied: 'Binnenstad Utrecht',
          contactMet: null,
          meldfrequentie: null,
          instelling: null,
          begindatum: '2026-06-01',
          einddatum: null,
          versie: 1,
        },
      ],
    });
    locatieverbod = response.data?.legBijzondereVoorwaardeOp.bijzondereVoorwaarden[0]?.id ?? '';
  });

  it('refuses a voorwaarde based on a stale version of the toezicht, and writes nothing', async () => {
    const before = await countRows('bijzondere_voorwaarde');
    const response = await ask(LEG_OP, voorwaarde({ verwachteVersie: 1, type: 'MIDDELENVERBOD', gebied: null }));
    expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
    expect(response.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    expect(await countRows('bijzondere_voorwaarde')).toBe(before);
  });

  it('lets only one of two concurrent additions based on the same version through', async () => {
    const add = (type: string, details: Record<string, unknown>) =>
      ask(LEG_OP, voorwaarde({ verwachteVersie: 2, type, gebied: null, ...details }));
    const results = await Promise.all([
      add('MELDPLICHT', { meldfrequentie: 'wekelijks' }),
      add('CONTACTVERBOD', { contactMet: 'het slachtoffer' }),
    ]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['OK', 'VERSION_CONFLICT']);
    expect(await countRows(`bijzondere_voorwaarde WHERE toezicht_id = '${toezichtId}'`)).toBe(2);
  });

  it.each([
    ['a locatieverbod without gebied', { gebied: null }, 'INVALID_INPUT', 'a LOCATIEVERBOD needs gebied'],
    [
      'a contactverbod without whom it concerns',
      { type: 'CONTACTVERBOD', gebied: null },
      'INVALID_INPUT',
      'a CONTACTVERBOD needs contactMet',
    ],
    [
      'a meldplicht without frequency',
      { type: 'MELDPLICHT', gebied: null, meldfrequentie: '  ' },
      'INVALID_INPUT',
      'a MELDPLICHT needs meldfrequentie',
    ],
    [
      'a behandeling without instelling',
      { type: 'BEHANDELING', gebied: null },
      'INVALID_INPUT',
      'a BEHANDELING needs instelling',
    ],
    [
      'a detail of another type',
      { type: 'MELDPLICHT', meldfrequentie: 'wekelijks' },
      'INVALID_INPUT',
      'a MELDPLICHT takes no gebied',
    ],
    ['a type the schema does not know', { type: 'HUISARREST' }, 'BAD_USER_INPUT', 'HUISARREST'],
    ['an empty omschrijving', { omschrijving: ' ' }, 'INVALID_INPUT', 'Omschrijving'],
    ['a begin before the toezicht', { begindatum: '2026-05-01' }, 'INVALID_PERIOD', 'begin of the toezicht'],
    ['an end before its begin', { einddatum: '2026-05-31' }, 'INVALID_PERIOD', 'lies before'],
    ['an end after the toezicht', { einddatum: '2027-07-01' }, 'INVALID_PERIOD', 'end of the toezicht'],
  ])('refuses %s, and writes nothing', async (_case, overrides, code, message) => {
    const before = await stored('bijzondere_voorwaarde');
    const [toezichtBefore] = await subgraph.database.dataSource.query<{ versie: number }[]>(
      'SELECT versie FROM toezicht WHERE id = $1',
      [toezichtId],
    );
    const response = await ask(LEG_OP, voorwaarde({ verwachteVersie: toezichtBefore?.versie, ...overrides }));
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect(await stored('bijzondere_voorwaarde')).toEqual(before);
    const [toezichtAfter] = await subgraph.database.dataSource.query<{ versie: number }[]>(
      'SELECT versie FROM toezicht WHERE id = $1',
      [toezichtId],
    );
    expect(toezichtAfter).toEqual(toezichtBefore);
  });

  it('changes a voorwaarde under its own version, and refuses a stale one', async () => {
    const WIJZIG_VOORWAARDE = `mutation ($input: BijzondereVoorwaardeWijzigingInput!) { wijzigBijzondereVoorwaarde(input: $input) { gebied einddatum versie } }`;
    const change = (verwachteVersie: number, gebied: string | null) =>
      ask(WIJZIG_VOORWAARDE, {
        input: {
          voorwaardeId: locatieverbod,
          verwachteVersie,
          omschrijving: 'Komt niet in het aangewezen gebied',
          gebied,
          einddatum: '2027-03-01',
        },
      });
    expect((await change(1, 'Binnenstad en station Utrecht')).data?.['wijzigBijzondereVoorwaarde']).toEqual({
      gebied: 'Binnenstad en station Utrecht',
      einddatum: '2027-03-01',
      versie: 2,
    });
    const before = await stored('bijzondere_voorwaarde');
    const stale = await change(1, 'Heel Utrecht');
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    expect(stale.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    expect(errorCodes(await change(2, null))).toEqual(['INVALID_INPUT']);
    expect(await stored('bijzondere_voorwaarde')).toEqual(before);
    for (const id of UNKNOWN_IDS) {
      const unknown = await ask(WIJZIG_VOORWAARDE, {
        input: { voorwaardeId: id, verwachteVersie: 1, omschrijving: 'x' },
      });
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    }
  });

  it('records a naleving that was kept without a melding', async () => {
    const response = await ask(NALEVING, {
      input: { voorwaardeId: locatieverbod, datum: '2026-07-01', uitkomst: 'NAGELEEFD' },
    });
    expect(response.data?.['registreerNaleving']).toEqual({
      datum: '2026-07-01',
      uitkomst: 'NAGELEEFD',
      toelichting: null,
      melding: null,
    });
    expect(await countRows('overtredingsmelding')).toBe(0);
  });

  it('records an overtreding together with its melding to OM', async () => {
    const response = await ask(NALEVING, {
      input: {
        voorwaardeId: locatieverbod,
        datum: '2026-08-12',
        uitkomst: 'OVERTREDEN',
        toelichting: 'Aangetroffen op het Vredenburg',
      },
    });
    expect(response.data?.['registreerNaleving']).toEqual({
      datum: '2026-08-12',
      uitkomst: 'OVERTREDEN',
      toelichting: 'Aangetroffen op het Vredenburg',
      melding: { gemeldAan: 'om', datum: '2026-08-12', status: 'TE_VERZENDEN' },
    });
    const meldingen = await subgraph.database.dataSource.query<Record<string, unknown>[]>(
      `SELECT m.gemeld_aan, m.datum, m.status, m.justitiabele_id, m.toezicht_id
         FROM overtredingsmelding m JOIN naleving n ON n.id = m.naleving_id WHERE n.voorwaarde_id = $1`,
      [locatieverbod],
    );
    expect(meldingen).toEqual([
      {
        gemeld_aan: 'om',
        datum: '2026-08-12',
        status: 'TE_VERZENDEN',
        justitiabele_id: '4000000010',
        toezicht_id: toezichtId,
      },
    ]);
  });

  it('writes neither the overtreding nor its melding when the melding cannot be written', async () => {
    const dataSource = subgraph.database.dataSource;
    const before = { naleving: await countRows('naleving'), meldingen: await countRows('overtredingsmelding') };
    await dataSource.query('ALTER TABLE overtredingsmelding RENAME TO overtredingsmelding_away');
    let response: GraphQLResponse;
    try {
      response = await ask(NALEVING, {
        input: { voorwaardeId: locatieverbod, datum: '2026-09-09', uitkomst: 'OVERTREDEN', toelichting: 'Opnieuw' },
      });
    } finally {
      await dataSource.query('ALTER TABLE overtredingsmelding_away RENAME TO overtredingsmelding');
    }
    expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(response)).not.toContain('overtredingsmelding');
    expect({ naleving: await countRows('naleving'), meldingen: await countRows('overtredingsmelding') }).toEqual(
      before,
    );
  });

  it.each([
    [
      'an overtreding without toelichting',
      { uitkomst: 'OVERTREDEN', toelichting: ' ' },
      'INVALID_INPUT',
      'toelichting',
    ],
    ['a check before the voorwaarde began', { datum: '2026-05-20' }, 'INVALID_PERIOD', 'begin of the voorwaarde'],
    ['a check after the voorwaarde ended', { datum: '2027-03-02' }, 'INVALID_PERIOD', 'end of the voorwaarde'],
    ['an outcome the schema does not know', { uitkomst: 'MISSCHIEN' }, 'BAD_USER_INPUT', 'MISSCHIEN'],
  ])('refuses %s, and writes nothing', async (_case, overrides, code, message) => {
    const before = { naleving: await countRows('naleving'), meldingen: await countRows('overtredingsmelding') };
    const response = await ask(NALEVING, {
      input: { voorwaardeId: locatieverbod, datum: '2026-10-01', uitkomst: 'NAGELEEFD', ...overrides },
    });
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0]?.message).toContain(message);
    expect({ naleving: await countRows('naleving'), meldingen: await countRows('overtredingsmelding') }).toEqual(
      before,
    );
  });

  it('answers an unknown voorwaarde with NOT_FOUND', async () => {
    for (const id of UNKNOWN_IDS) {
      const response = await ask(NALEVING, { input: { voorwaardeId: id, datum: '2026-10-01', uitkomst: 'NAGELEEFD' } });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    }
  });

  it('refuses an end before the begin or before a naleving already recorded', async () => {
    const before = await stored('toezicht');
    const beforeBegin = await ask(BEEINDIG, { input: { toezichtId, verwachteVersie: 3, einddatum: '2026-05-01' } });
    expect(errorCodes(beforeBegin)).toEqual(['INVALID_PERIOD']);
    const beforeNaleving = await ask(BEEINDIG, { input: { toezichtId, verwachteVersie: 3, einddatum: '2026-08-01' } });
    expect(errorCodes(beforeNaleving)).toEqual(['INVALID_PERIOD']);
    expect(beforeNaleving.errors?.[0]?.message).toContain('last naleving');
    expect(await stored('toezicht')).toEqual(before);
  });

  it('ends the toezicht with the voorwaarden still running, and refuses changes afterwards', async () => {
    const ended = await ask(BEEINDIG, { input: { toezichtId, verwachteVersie: 3, einddatum: '2026-12-31' } });
    expect(ended.errors).toBeUndefined();
    const answer = ended.data?.['beeindigToezicht'] as {
      versie: number;
      status: string;
      einddatum: string;
      bijzondereVoorwaarden: { type: string; einddatum: string; versie: number }[];
    };
    expect(answer).toMatchObject({ versie: 4, status: 'BEEINDIGD', einddatum: '2026-12-31' });
    // Both ran past the end (the locatieverbod to its own later end, the other open-ended): both end with it.
    expect(answer.bijzondereVoorwaarden).toEqual(
      expect.arrayContaining([
        { type: 'LOCATIEVERBOD', einddatum: '2026-12-31', versie: 3 },
        expect.objectContaining({ einddatum: '2026-12-31', versie: 2 }),
      ]),
    );
    const again = await ask(BEEINDIG, { input: { toezichtId, verwachteVersie: 4, einddatum: '2027-01-31' } });
    expect(errorCodes(again)).toEqual(['INVALID_STATE']);
    const naleving = await ask(NALEVING, {
      input: { voorwaardeId: locatieverbod, datum: '2026-11-01', uitkomst: 'NAGELEEFD' },
    });
    expect(errorCodes(naleving)).toEqual(['INVALID_STATE']);
    // A new toezicht on the same person may start now.
    await startToezicht({ justitiabeleId: '4000000010', begindatum: '2027-01-15', einddatum: null });
  });
});

// ---------------------------------------------------------------------------------------------
// Risicotaxatie
// ---------------------------------------------------------------------------------------------

describe('risicotaxatie', () => {
  const REGISTREER = `mutation ($input: RisicotaxatieInput!) { registreerRisicotaxatie(input: $input) { organisatie datum instrument recidiverisico gevaarrisico } }`;
  const taxatie = (overrides: Record<string, unknown> = {}) => ({
    input: {
      justitiabeleId: '4000000001',
      datum: '2026-05-20',
      instrument: 'RISc',
      recidiverisico: 'GEMIDDELD',
      gevaarrisico: 'LAAG',
      ...overrides,
    },
  });

  it('is recorded by an adviseur or toezichthouder of an organisation that advises or supervises the person', async () => {
    const byAdviseur = await ask(REGISTREER, taxatie(), RN_ADVIES);
    expect(byAdviseur.data?.['registreerRisicotaxatie']).toEqual({
      organisatie: 'reclassering:RN',
      datum: '2026-05-20',
      instrument: 'RISc',
      recidiverisico: 'GEMIDDELD',
      gevaarrisico: 'LAAG',
    });
    const byToezichthouder = await ask(REGISTREER, taxatie({ datum: '2026-09-01', gevaarrisico: 'HOOG' }));
    expect(byToezichthouder.errors).toBeUndefined();
  });

  it.each([
    ['an empty instrument', { instrument: '' }, RN_TOEZICHT, 'INVALID_INPUT'],
    ['a level the schema does not know', { recidiverisico: 'ZEER_HOOG' }, RN_TOEZICHT, 'BAD_USER_INPUT'],
    [
      'a person the organisation neither advises nor supervises',
      { justitiabeleId: '4000000002' },
      SVG_TOEZICHT,
      'ACCESS_DENIED',
    ],
  ])('refuses %s, and writes nothing', async (_case, overrides, caller, code) => {
    const before = await countRows('risicotaxatie');
    expect(errorCodes(await ask(REGISTREER, taxatie(overrides), caller))).toEqual([code]);
    expect(await countRows('risicotaxatie')).toBe(before);
  });
});

describe('the Justitiabele entity, keyed by id', () => {
  it("declares the id key only: the BSN is DJI's", async () => {
    const response = await ask<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const sdl = response.data?._service.sdl ?? '';
    expect(sdl).toMatch(/type Justitiabele\s+@key\(fields: "id"\)\s*\{/);
    expect(sdl).not.toContain('@key(fields: "bsn")');
    expect(sdl).not.toMatch(/type Justitiabele[^}]*\bbsn\b/);
  });
});
