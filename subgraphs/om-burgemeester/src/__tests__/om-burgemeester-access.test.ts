import { randomBytes } from 'node:crypto';

import { grondslagen, pseudonym, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { Grondslag, TokenClaims } from '@ketengraaf/subgraph-kit';
import { postGraphQL, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { omBurgemeesterParty } from '../index';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';

const OFFICIER: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };
const OM_PRIVACY_OFFICER: TokenClaims = { org: 'om', role: 'privacy-officer', sub: 'po-om' };
const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-1' };
const burgemeester = (code: string): TokenClaims => ({
  org: `burgemeester:${code}`,
  role: 'oov-adviseur',
  sub: `oov-${code}`,
});
const nazorg = (code: string): TokenClaims => ({
  org: `gemeente:${code}`,
  role: 'nazorgcoordinator',
  sub: `nc-${code}`,
});
/** Return gemeente of A: the BIJ-melding, a disclosure VERSTREKT and documents of its own. */
const AMSTERDAM = burgemeester('0363');
/** Return gemeente of C: the BIJ-melding only. */
const UTRECHT = burgemeester('0344');
/** A disclosure GEWEIGERD on A, one VERSTREKT on B (the slachtofferomgeving only); no BIJ-melding. */
const ROTTERDAM = burgemeester('0599');
/** Nothing at all. */
const EINDHOVEN = burgemeester('0772');
const AMSTERDAM_PRIVACY_OFFICER: TokenClaims = { org: 'burgemeester:0363', role: 'privacy-officer', sub: 'po-0363' };
const OTHERS: TokenClaims[] = [
  { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' },
  { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' },
  { org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn' },
  { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn' },
  JUSTID,
  { org: 'zvh:amsterdam-amstelland', role: 'procesregisseur', sub: 'zvh-1' },
];

const PERSONS = { A: '6000000001', B: '6000000002', C: '6000000003' } as const;
type Person = keyof typeof PERSONS;
/** Every value of Delictcategorie: none may reach anyone without a ground. */
const DELICTCATEGORIEEN = [
  'ZEDEN',
  'ERNSTIG_GEWELD',
  'LEVENSDELICT',
  'VERMOGEN',
  'OPIUMWET',
  'BRANDSTICHTING',
  'OVERIG',
];

let om: TestSubgraph<PartySubgraph>;

async function must<T>(caller: TokenClaims, document: string, input: Record<string, unknown>): Promise<T> {
  const response = await om.ask<Record<string, T>>(document, { input }, caller);
  const value = Object.values(response.data ?? {})[0];
  if (!value) throw new Error(JSON.stringify(response.errors));
  return value;
}

async function zaakVan(justitiabeleId: string, parketnummer: string, delictcategorie: string): Promise<string> {
  const { id } = await must<{ id: string }>(
    OFFICIER,
    `mutation ($input: DelictcategorieInput!) { registreerDelictcategorie(input: $input) { id } }`,
    { justitiabeleId, parketnummer, delictcategorie, verwachteVersie: 0 },
  );
  return id;
}

const zaak = (person: Person, parketnummer: string, delictcategorie: string): Promise<string> =>
  zaakVan(PERSONS[person], parketnummer, delictcategorie);

const slachtofferomgeving = (zaakId: string, inDirecteWoonomgeving: boolean, gemeentecode: string | null) =>
  must(
    OFFICIER,
    `mutation ($input: SlachtofferomgevingInput!) { registreerSlachtofferomgeving(input: $input) { versie } }`,
    { zaakId, verwachteVersie: 1, inDirecteWoonomgeving, gemeentecode },
  );

const verstrekking = (zaakId: string, code: string, besluit: string, datum: string, onderdelen: string[]) =>
  must(OFFICIER, `mutation ($input: VerstrekkingInput!) { registreerVerstrekking(input: $input) { id } }`, {
    zaakId,
    burgemeester: `burgemeester:${code}`,
    besluit,
    reden: 'Voor de openbare orde bij terugkeer; niet meer dan nodig.',
    datum,
    onderdelen,
  });

const bijMelding = (person: Person, terugkeergemeente: string, delictcategorie: string, ontvangenOp: string) =>
  must(JUSTID, `mutation ($input: BijMeldingInput!) { ontvangBijMelding(input: $input) { nieuw } }`, {
    kenmerk: `BIJ-${person}`,
    justitiabeleId: PERSONS[person],
    soort: 'TERUGKEER',
    terugkeerdatum: '2027-03-01',
    terugkeergemeente,
    delictcategorie,
    grondslag: 'VEROORDELING',
    onherroepelijk: true,
    gemeenteNeemtDeel: true,
    ontvangenOp,
  });

beforeAll(async () => {
  om = await startTestSubgraph('om_burgemeester_access', omBurgemeesterParty.create, OFFICIER);
  const a = await zaak('A', '13/100001-26', 'ZEDEN');
  await slachtofferomgeving(a, true, '0363');
  await must(OFFICIER, `mutation ($input: ViBeslissingInput!) { registreerViBeslissing(input: $input) { id } }`, {
    zaakId: a,
    datum: '2027-02-01',
    ingangsdatum: '2027-03-01',
    voorwaarden: ['Contactverbod met het slachtoffer'],
    proeftijdMaanden: 24,
  });
  await must(OFFICIER, `mutation ($input: OpdrachtTotAdviesInput!) { geefOpdrachtTotAdvies(input: $input) { id } }`, {
    zaakId: a,
    organisatie: 'reclassering:RN',
    datum: '2026-10-01',
    vraag: 'Advies over bijzondere voorwaarden bij VI',
  });
  await verstrekking(a, '0363', 'VERSTREKT', '2026-12-10', ['DELICTCATEGORIE', 'VI_VOORWAARDEN']);
  await verstrekking(a, '0599', 'GEWEIGERD', '2026-12-01', ['SLACHTOFFEROMGEVING']);
  await bijMelding('A', '0363', 'ZEDEN', '2026-12-01');
  const { id: zienswijze } = await must<{ id: string }>(
    AMSTERDAM,
    `mutation ($input: ZienswijzeInput!) { geefZienswijze(input: $input) { id } }`,
    { justitiabeleId: PERSONS.A, datum: '2026-12-05', tekst: 'Gebiedsverbod gewenst', gebiedsverbod: 'Dapperbuurt' },
  );
  await must(AMSTERDAM, `mutation ($input: StuurNaarOmInput!) { stuurNaarOm(input: $input) { __typename } }`, {
    stuk: 'ZIENSWIJZE',
    id: zienswijze,
    verwachteVersie: 1,
    verzondenOp: '2026-12-06',
  });
  await must(
    AMSTERDAM,
    `mutation ($input: OmgevingsanalyseInput!) { registreerOmgevingsanalyse(input: $input) { id } }`,
    {
      justitiabeleId: PERSONS.A,
      datum: '2026-12-07',
      bevindingen: 'Slachtoffer woont twee straten verder',
    },
  );

  const b = await zaak('B', '13/100002-26', 'LEVENSDELICT');
  await slachtofferomgeving(b, false, null);
  await verstrekking(b, '0599', 'VERSTREKT', '2026-12-03', ['SLACHTOFFEROMGEVING']);

  await zaak('C', '13/100003-26', 'ERNSTIG_GEWELD');
  await bijMelding('C', '0344', 'ERNSTIG_GEWELD', '2027-01-30');
  await seedD();
});

afterAll(() => om.stop());

/**
 * D, apart from the matrix above: OM assigned the toezicht on D's VI to SVG and later revoked the
 * VI; Justid sent Den Haag a BIJ-melding; Groningen, where the victim lives, gave a zienswijze.
 */
const D = '6000000004';
const DEN_HAAG = burgemeester('0518');
const GRONINGEN = burgemeester('0014');

async function seedD(): Promise<void> {
  const zaakD = await zaakVan(D, '13/100004-26', 'ZEDEN');
  await slachtofferomgeving(zaakD, true, '0014');
  await must(OFFICIER, `mutation ($input: OpdrachtTotAdviesInput!) { geefOpdrachtTotAdvies(input: $input) { id } }`, {
    zaakId: zaakD,
    organisatie: 'reclassering:SVG',
    datum: '2026-11-01',
    vraag: 'Advies over bijzondere voorwaarden bij VI',
  });
  const { id } = await must<{ id: string }>(
    OFFICIER,
    `mutation ($input: ViBeslissingInput!) { registreerViBeslissing(input: $input) { id } }`,
    {
      zaakId: zaakD,
      datum: '2027-01-10',
      ingangsdatum: '2027-02-01',
      voorwaarden: ['Meldplicht bij de reclassering', 'Ambulante behandeling'],
      proeftijdMaanden: 12,
      toezichthoudendeOrganisatie: 'reclassering:SVG',
    },
  );
  await must(OFFICIER, `mutation ($input: HerroepingInput!) { herroepVi(input: $input) { id } }`, {
    viBeslissingId: id,
    verwachteVersie: 1,
    datum: '2027-05-01',
    reden: 'Herhaaldelijk niet verschenen bij de reclassering',
  });
  await must(JUSTID, `mutation ($input: BijMeldingInput!) { ontvangBijMelding(input: $input) { nieuw } }`, {
    kenmerk: 'BIJ-D',
    justitiabeleId: D,
    soort: 'TERUGKEER',
    terugkeerdatum: '2027-02-01',
    terugkeergemeente: '0518',
    delictcategorie: 'ZEDEN',
    grondslag: 'VEROORDELING',
    onherroepelijk: true,
    gemeenteNeemtDeel: true,
    ontvangenOp: '2026-11-20',
  });
  await must(GRONINGEN, `mutation ($input: ZienswijzeInput!) { geefZienswijze(input: $input) { id } }`, {
    justitiabeleId: D,
    datum: '2026-12-01',
    tekst: 'Slachtoffer woont in Groningen; geen terugkeer naar Groningen',
  });
}

const query = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
  om.subgraph.database.dataSource.query<T[]>(sql, parameters);

/** Asks as `caller` in a trace of its own, and returns the answer with what the processing log recorded for it. */
async function askTraced(caller: TokenClaims, document: string, variables: Record<string, unknown> = {}) {
  const traceId = randomBytes(16).toString('hex');
  const response: GraphQLResponse = await postGraphQL(om.url, document, variables, {
    authorization: `Bearer ${await om.issuer.sign(caller)}`,
    traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
  });
  const decisions = await query<{ resource: string; decision: string; policy: string; data_subject_id: string | null }>(
    'SELECT resource, decision, policy, data_subject_id FROM access_decision WHERE trace_id = $1 ORDER BY resource',
    [traceId],
  );
  const records = await query<{
    processing_activity_id: string;
    data_subject_id: string;
    foreign_operation_processor: string | null;
  }>(
    `SELECT processing_activity_id, data_subject_id, foreign_operation_processor FROM processing_log_record
      WHERE trace_id = $1 ORDER BY processing_activity_id`,
    [traceId],
  );
  return { response, decisions, records, traceId };
}

const subjectOf = (person: Person): string => pseudonym(om.pseudonymKey, { soort: 'SKN', nummer: PERSONS[person] });
const activity = (ground: Grondslag): string => verwerkingsactiviteit('om-burgemeester', ground);
const label = (caller: TokenClaims): string => `${caller.org} ${caller.role}`;

/** No delictcategorie anywhere in an answer, errors included. */
function expectNoDelictcategorie(response: GraphQLResponse): void {
  const answer = JSON.stringify(response);
  for (const categorie of DELICTCATEGORIEEN) {
    expect([categorie, answer.includes(categorie)]).toEqual([categorie, false]);
  }
}

/** No delict information at all: no delictcategorie and nothing of the victims' surroundings. */
function expectNoDelictInformation(response: GraphQLResponse): void {
  expectNoDelictcategorie(response);
  expect(JSON.stringify(response)).not.toContain('inDirecteWoonomgeving');
}

// ---------------------------------------------------------------------------------------------
// One person by reference, as the gateway asks: every field group × caller × person.
// ---------------------------------------------------------------------------------------------

const PERSON_QUERY = /* GraphQL */ `
  query Person($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        id
        strafzaken {
          parketnummer
          delictcategorie
          slachtofferomgeving {
            inDirecteWoonomgeving
            gemeentecode
          }
          viBeslissing {
            voorwaarden {
              omschrijving
            }
          }
          opdrachtenTotAdvies {
            organisatie
          }
        }
        verstrekkingen {
          besluit
          burgemeester
          onderdelen
          delictcategorie
          slachtofferomgeving {
            inDirecteWoonomgeving
            gemeentecode
          }
          viVoorwaarden {
            omschrijving
          }
        }
        bijMeldingen {
          terugkeergemeente
          delictcategorie
          dagenVoorTerugkeer
          binnenNorm
        }
        zienswijzen {
          burgemeester
          tekst
        }
        omgevingsanalyses {
          burgemeester
          bevindingen
        }
      }
    }
  }
`;
const GROUPS = ['strafzaken', 'verstrekkingen', 'bijMeldingen', 'zienswijzen', 'omgevingsanalyses'] as const;
type Group = (typeof GROUPS)[number];
const DENIED = 'ACCESS_DENIED';
type Expected = Record<Group, unknown[] | typeof DENIED>;

const A_ZAAK = {
  parketnummer: '13/100001-26',
  delictcategorie: 'ZEDEN',
  slachtofferomgeving: { inDirecteWoonomgeving: true, gemeentecode: '0363' },
  viBeslissing: { voorwaarden: [{ omschrijving: 'Contactverbod met het slachtoffer' }] },
  opdrachtenTotAdvies: [{ organisatie: 'reclassering:RN' }],
};
const A_VERSTREKT_AMSTERDAM = {
  besluit: 'VERSTREKT',
  burgemeester: 'burgemeester:0363',
  onderdelen: ['DELICTCATEGORIE', 'VI_VOORWAARDEN'],
  delictcategorie: 'ZEDEN',
  slachtofferomgeving: null,
  viVoorwaarden: [{ omschrijving: 'Contactverbod met het slachtoffer' }],
};
const A_GEWEIGERD_ROTTERDAM = {
  besluit: 'GEWEIGERD',
  burgemeester: 'burgemeester:0599',
  onderdelen: ['SLACHTOFFEROMGEVING'],
  delictcategorie: null,
  slachtofferomgeving: null,
  viVoorwaarden: null,
};
const A_BIJ = { terugkeergemeente: '0363', delictcategorie: 'ZEDEN', dagenVoorTerugkeer: 90, binnenNorm: true };
const A_ZIENSWIJZE = { burgemeester: 'burgemeester:0363', tekst: 'Gebiedsverbod gewenst' };
const A_ANALYSE = { burgemeester: 'burgemeester:0363', bevindingen: 'Slachtoffer woont twee straten verder' };
const B_ZAAK = {
  parketnummer: '13/100002-26',
  delictcategorie: 'LEVENSDELICT',
  slachtofferomgeving: { inDirecteWoonomgeving: false, gemeentecode: null },
  viBeslissing: null,
  opdrachtenTotAdvies: [],
};
const B_VERSTREKT_ROTTERDAM = {
  besluit: 'VERSTREKT',
  burgemeester: 'burgemeester:0599',
  onderdelen: ['SLACHTOFFEROMGEVING'],
  delictcategorie: null,
  slachtofferomgeving: { inDirecteWoonomgeving: false, gemeentecode: null },
  viVoorwaarden: null,
};
const C_ZAAK = {
  parketnummer: '13/100003-26',
  delictcategorie: 'ERNSTIG_GEWELD',
  slachtofferomgeving: null,
  viBeslissing: null,
  opdrachtenTotAdvies: [],
};
const C_BIJ = {
  terugkeergemeente: '0344',
  delictcategorie: 'ERNSTIG_GEWELD',
  dagenVoorTerugkeer: 30,
  binnenNorm: false,
};

/**
 * (caller, person) → what each field group answers and under which activities the reads are
 * logged; null: the person is refused as a whole. A burgemeester that holds records of its own on
 * a person has its own task for them, so OM's cases are narrowed to none rather than denied: it
 * reads OM's data only through the disclosures made to it.
 */
const MATRIX: [TokenClaims, Person, Expected | null, Grondslag[]][] = [
  [
    OFFICIER,
    'A',
    {
      strafzaken: [A_ZAAK],
      verstrekkingen: [A_VERSTREKT_AMSTERDAM, A_GEWEIGERD_ROTTERDAM],
      bijMeldingen: DENIED,
      // What Amsterdam sent to OM, not the omgevingsanalyse it kept.
      zienswijzen: [A_ZIENSWIJZE],
      omgevingsanalyses: [],
    },
    ['EIGEN_TAAK'],
  ],
  [
    OFFICIER,
    'B',
    {
      strafzaken: [B_ZAAK],
      verstrekkingen: [B_VERSTREKT_ROTTERDAM],
      bijMeldingen: DENIED,
      zienswijzen: [],
      omgevingsanalyses: [],
    },
    ['EIGEN_TAAK'],
  ],
  [
    OFFICIER,
    'C',
    { strafzaken: [C_ZAAK], verstrekkingen: [], bijMeldingen: DENIED, zienswijzen: [], omgevingsanalyses: [] },
    ['EIGEN_TAAK'],
  ],
  [
    AMSTERDAM,
    'A',
    {
      strafzaken: [],
      verstrekkingen: [A_VERSTREKT_AMSTERDAM],
      bijMeldingen: [A_BIJ],
      zienswijzen: [A_ZIENSWIJZE],
      omgevingsanalyses: [A_ANALYSE],
    },
    ['AANWIJZING_WJSG', 'ART_11A_BJSG', 'EIGEN_TAAK'],
  ],
  [AMSTERDAM, 'B', null, []],
  [AMSTERDAM, 'C', null, []],
  [
    UTRECHT,
    'C',
    { strafzaken: [], verstrekkingen: [], bijMeldingen: [C_BIJ], zienswijzen: [], omgevingsanalyses: [] },
    ['ART_11A_BJSG', 'EIGEN_TAAK'],
  ],
  [UTRECHT, 'A', null, []],
  [
    ROTTERDAM,
    'B',
    {
      strafzaken: DENIED,
      verstrekkingen: [B_VERSTREKT_ROTTERDAM],
      bijMeldingen: DENIED,
      zienswijzen: DENIED,
      omgevingsanalyses: DENIED,
    },
    ['AANWIJZING_WJSG'],
  ],
  // A disclosure GEWEIGERD opens nothing.
  [ROTTERDAM, 'A', null, []],
  [EINDHOVEN, 'A', null, []],
  [EINDHOVEN, 'B', null, []],
  [AMSTERDAM_PRIVACY_OFFICER, 'A', null, []],
  [OM_PRIVACY_OFFICER, 'A', null, []],
  [nazorg('0363'), 'A', null, []],
  [nazorg('0344'), 'C', null, []],
  [nazorg('0599'), 'B', null, []],
  ...OTHERS.map((caller): [TokenClaims, Person, null, Grondslag[]] => [caller, 'A', null, []]),
];

describe('the OM/burgemeester access matrix: field group × caller × person', () => {
  const rows = MATRIX.map(([caller, person, expected, grounds]) => ({
    name: `${label(caller)} reading ${person}: ${expected ? grounds.join(', ') : 'refused'}`,
    caller,
    person,
    expected,
    grounds,
  }));

  it.each(rows)('$name', async ({ caller, person, expected, grounds }) => {
    const { response, decisions, records } = await askTraced(caller, PERSON_QUERY, {
      representations: [{ __typename: 'Justitiabele', id: PERSONS[person] }],
    });
    const entity = (response.data?.['_entities'] as (Record<string, unknown> | null)[] | undefined)?.[0];
    if (!expected) {
      expect(entity).toBeNull();
      expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
        [['_entities', 0], 'ACCESS_DENIED'],
      ]);
      expect(response.errors?.[0]?.message).toBe(
        `Access to Justitiabele denied: ${caller.org} (${caller.role}) has no legal ground for this person. It requires ${[
          grondslagen.ART_11A_BJSG.omschrijving,
          grondslagen.AANWIJZING_WJSG.omschrijving,
          grondslagen.OPDRACHT_OM.omschrijving,
          grondslagen.EIGEN_TAAK.omschrijving,
        ].join('; or ')}.`,
      );
      expect(decisions).toEqual([
        { resource: 'Justitiabele', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: subjectOf(person) },
      ]);
      expect(records).toEqual([]);
      expectNoDelictInformation(response);
      return;
    }
    const actual = Object.fromEntries(GROUPS.map((group) => [group, entity?.[group]]));
    const wanted = Object.fromEntries(
      GROUPS.map((group) => [group, expected[group] === DENIED ? null : expected[group]]),
    );
    expect(actual).toEqual(wanted);
    expect(entity?.['id']).toBe(PERSONS[person]);
    const denied = GROUPS.filter((group) => expected[group] === DENIED);
    // Errors arrive in the order the fields resolve; which ones, is what counts.
    expect(
      (response.errors?.map((error) => `${error.path?.join('.')} ${String(error.extensions?.['code'])}`) ?? []).sort(),
    ).toEqual(denied.map((group) => `_entities.0.${group} ACCESS_DENIED`).sort());
    // One record per person per activity and owner: OM reading a burgemeester's zienswijze sent to it
    // is a processing in that burgemeester's part of the log too.
    expect([...new Set(records.map((record) => record.processing_activity_id))].sort()).toEqual(
      grounds.map(activity).sort(),
    );
    expect(records.every((record) => record.data_subject_id === subjectOf(person))).toBe(true);
    for (const group of denied) {
      expect(decisions).toContainEqual({
        resource: `Justitiabele.${group}`,
        decision: 'DENY',
        policy: 'no-legal-ground',
        data_subject_id: subjectOf(person),
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The hard lines, on every path.
// ---------------------------------------------------------------------------------------------

const ALL_PERSONS = { representations: Object.values(PERSONS).map((id) => ({ __typename: 'Justitiabele', id })) };
const WERKVOORRAAD = /* GraphQL */ `
  query {
    bijWerkvoorraad(first: 10) {
      edges {
        node {
          terugkeergemeente
          terugkeerdatum
          delictcategorie
          justitiabele {
            id
          }
        }
      }
    }
  }
`;
const STRAFZAAK = /* GraphQL */ `
  query ($parketnummer: String!) {
    strafzaak(parketnummer: $parketnummer) {
      delictcategorie
      slachtofferomgeving {
        inDirecteWoonomgeving
      }
      verstrekkingen {
        delictcategorie
      }
    }
  }
`;

describe('delict information never reaches a gemeente’s nazorg staff', () => {
  it.each(['0363', '0344', '0599'])(
    'gives the nazorgcoördinator of gemeente %s nothing through _entities, the werkvoorraad or a case',
    async (code) => {
      const caller = nazorg(code);
      const entities = await askTraced(caller, PERSON_QUERY, ALL_PERSONS);
      expect(entities.response.data?.['_entities']).toEqual([null, null, null]);
      expectNoDelictInformation(entities.response);

      const werkvoorraad = await askTraced(caller, WERKVOORRAAD);
      expect(werkvoorraad.response.data).toBeNull();
      expect(werkvoorraad.response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
      expect(werkvoorraad.decisions).toEqual([
        { resource: 'Query.bijWerkvoorraad', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: null },
      ]);
      expectNoDelictInformation(werkvoorraad.response);

      for (const parketnummer of ['13/100001-26', '13/100002-26', '13/100003-26']) {
        const strafzaak = await askTraced(caller, STRAFZAAK, { parketnummer });
        expect(strafzaak.response.data).toEqual({ strafzaak: null });
        expect(strafzaak.response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
        expectNoDelictInformation(strafzaak.response);
      }
    },
  );
});

describe('a burgemeester reads OM’s data only through a disclosure VERSTREKT to it, item by item', () => {
  it('gives Rotterdam, refused on A and given only the slachtofferomgeving of B, no delictcategorie on any path', async () => {
    const entities = await askTraced(ROTTERDAM, PERSON_QUERY, ALL_PERSONS);
    const [a, b, c] = entities.response.data?.['_entities'] as (Record<string, unknown> | null)[];
    expect(a).toBeNull();
    expect(c).toBeNull();
    expect(b?.['verstrekkingen']).toEqual([B_VERSTREKT_ROTTERDAM]);
    expectNoDelictcategorie(entities.response);
    for (const parketnummer of ['13/100001-26', '13/100002-26']) {
      const strafzaak = await askTraced(ROTTERDAM, STRAFZAAK, { parketnummer });
      expect(strafzaak.response.data?.['strafzaak']).toBeNull();
      expect(strafzaak.response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
      expectNoDelictInformation(strafzaak.response);
    }
  });

  it('gives a burgemeester of another gemeente nothing through the werkvoorraad', async () => {
    const { response } = await askTraced(EINDHOVEN, WERKVOORRAAD);
    expect(response.errors).toBeUndefined();
    expect(response.data?.['bijWerkvoorraad']).toEqual({ edges: [] });
  });

  it('never lets the burgemeester of the terugkeergemeente reach OM’s cases directly', async () => {
    const { response } = await askTraced(AMSTERDAM, STRAFZAAK, { parketnummer: '13/100001-26' });
    expect(response.data).toEqual({ strafzaak: null });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
    expect(response.errors?.[0]?.message).toContain(grondslagen.EIGEN_TAAK.omschrijving);
  });
});

describe('the werkvoorraad', () => {
  it('lists the meldingen of the caller’s own gemeente, each with its justitiabele', async () => {
    const amsterdam = await askTraced(AMSTERDAM, WERKVOORRAAD);
    expect(amsterdam.response.errors).toBeUndefined();
    expect(amsterdam.response.data?.['bijWerkvoorraad']).toEqual({
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
    expect(amsterdam.records.map((record) => record.processing_activity_id)).toEqual([activity('ART_11A_BJSG')]);
    const utrecht = await askTraced(UTRECHT, WERKVOORRAAD);
    expect(utrecht.response.data?.['bijWerkvoorraad']).toEqual({
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
    const { response } = await askTraced(
      AMSTERDAM,
      `query { bijWerkvoorraad(first: 10) { edges { node { justitiabele { id strafzaken { delictcategorie } verstrekkingen { onderdelen delictcategorie slachtofferomgeving { gemeentecode } } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['bijWerkvoorraad']).toEqual({
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

  it.each([OFFICIER, OM_PRIVACY_OFFICER, AMSTERDAM_PRIVACY_OFFICER, ...OTHERS])(
    'is refused to $org $role, and the refusal recorded',
    async (caller) => {
      const { response, decisions } = await askTraced(caller, WERKVOORRAAD);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
      expect(response.errors?.[0]?.message).toContain(grondslagen.ART_11A_BJSG.omschrijving);
      expect(decisions.map((decision) => [decision.resource, decision.decision])).toEqual([
        ['Query.bijWerkvoorraad', 'DENY'],
      ]);
    },
  );
});

describe('Justid delivers and reads nothing', () => {
  it('gets a receipt without the melding, and nothing when it asks', async () => {
    const { response, records } = await askTraced(
      JUSTID,
      `mutation ($input: BijMeldingInput!) { ontvangBijMelding(input: $input) { kenmerk nieuw } }`,
      {
        input: {
          kenmerk: 'BIJ-A',
          justitiabeleId: PERSONS.A,
          soort: 'TERUGKEER',
          terugkeerdatum: '2027-03-01',
          terugkeergemeente: '0363',
          delictcategorie: 'ZEDEN',
          grondslag: 'VEROORDELING',
          onherroepelijk: true,
          gemeenteNeemtDeel: true,
          ontvangenOp: '2026-12-01',
        },
      },
    );
    expect(response).toEqual({ data: { ontvangBijMelding: { kenmerk: 'BIJ-A', nieuw: false } } });
    expect(records).toEqual([]);
  });
});

describe('the processing log', () => {
  it('records the disclosure read by a burgemeester under the Aanwijzing WJSG, pseudonymised, with the asking organisation', async () => {
    const { records, decisions } = await askTraced(ROTTERDAM, PERSON_QUERY, {
      representations: [{ __typename: 'Justitiabele', id: PERSONS.B }],
    });
    expect(records).toEqual([
      {
        processing_activity_id: activity('AANWIJZING_WJSG'),
        data_subject_id: subjectOf('B'),
        foreign_operation_processor: 'burgemeester:0599',
      },
    ]);
    expect(JSON.stringify(records)).not.toContain(PERSONS.B);
    expect(decisions).toContainEqual({
      resource: 'Verstrekking.slachtofferomgeving',
      decision: 'PERMIT',
      policy: activity('AANWIJZING_WJSG'),
      data_subject_id: subjectOf('B'),
    });
  });

  it('records the narrowing of OM’s cases for a burgemeester as denied, case by case', async () => {
    const { decisions } = await askTraced(AMSTERDAM, PERSON_QUERY, {
      representations: [{ __typename: 'Justitiabele', id: PERSONS.A }],
    });
    expect(decisions).toContainEqual({
      resource: 'Strafzaak',
      decision: 'DENY',
      policy: 'no-legal-ground',
      data_subject_id: subjectOf('A'),
    });
    expect(decisions.filter((decision) => decision.resource.startsWith('Strafzaak.'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The OM–reclassering loop: the organisation OM assigned reads the VI it supervises.
// ---------------------------------------------------------------------------------------------

const toezichthouder = (organisatie: string): TokenClaims => ({
  org: `reclassering:${organisatie}`,
  role: 'toezichthouder',
  sub: `th-${organisatie}`,
});
const SVG_TOEZICHTHOUDER = toezichthouder('SVG');
const VI_QUERY = /* GraphQL */ `
  query Person($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        id
        viBeslissingen {
          ingangsdatum
          voorwaarden {
            omschrijving
          }
          proeftijd {
            einddatum
          }
          herroeping {
            datum
            reden
          }
          toezichthoudendeOrganisatie
        }
        strafzaken {
          delictcategorie
          slachtofferomgeving {
            inDirecteWoonomgeving
          }
          opdrachtenTotAdvies {
            organisatie
          }
        }
        verstrekkingen {
          onderdelen
        }
        zienswijzen {
          tekst
        }
        omgevingsanalyses {
          bevindingen
        }
      }
    }
  }
`;
const D_VI = {
  ingangsdatum: '2027-02-01',
  voorwaarden: [{ omschrijving: 'Meldplicht bij de reclassering' }, { omschrijving: 'Ambulante behandeling' }],
  proeftijd: { einddatum: '2028-02-01' },
  herroeping: { datum: '2027-05-01', reden: 'Herhaaldelijk niet verschenen bij de reclassering' },
  toezichthoudendeOrganisatie: 'reclassering:SVG',
};

describe('the toezichthouder of the organisation OM assigned reads the VI it supervises, nothing else of OM’s', () => {
  const asksD = (caller: TokenClaims) =>
    askTraced(caller, VI_QUERY, { representations: [{ __typename: 'Justitiabele', id: D }] });

  it('gives the SVG toezichthouder the conditions, proeftijd and herroeping, logged under OM’s opdracht as OM’s and processed for SVG', async () => {
    const { response, decisions, traceId } = await asksD(SVG_TOEZICHTHOUDER);
    expect(response.errors).toBeUndefined();
    expect(response.data?.['_entities']).toEqual([
      { id: D, viBeslissingen: [D_VI], strafzaken: [], verstrekkingen: [], zienswijzen: [], omgevingsanalyses: [] },
    ]);
    expectNoDelictInformation(response);
    expect(JSON.stringify(response)).not.toContain('Groningen');
    const records = await query<{ processing_activity_id: string; bronhouder: string; processor: string }>(
      `SELECT processing_activity_id, bronhouder, foreign_operation_processor AS processor FROM processing_log_record
        WHERE trace_id = $1`,
      [traceId],
    );
    expect(records).toEqual([
      { processing_activity_id: activity('OPDRACHT_OM'), bronhouder: 'om', processor: 'reclassering:SVG' },
    ]);
    // The toezicht is OM's opdracht, not the reclassering's own task in OM's records.
    expect(
      decisions.filter((decision) => decision.decision === 'PERMIT' && decision.policy !== activity('OPDRACHT_OM')),
    ).toEqual([]);
    // OM's case is narrowed away, case by case, and recorded so.
    expect(decisions).toContainEqual({
      resource: 'Strafzaak',
      decision: 'DENY',
      policy: 'no-legal-ground',
      data_subject_id: pseudonym(om.pseudonymKey, { soort: 'SKN', nummer: D }),
    });
  });

  it('gives the toezichthouder no way into OM’s case by parketnummer, which OM’s opdracht does not open', async () => {
    const { response } = await askTraced(SVG_TOEZICHTHOUDER, STRAFZAAK, { parketnummer: '13/100004-26' });
    expect(response.data).toEqual({ strafzaak: null });
    expect(response.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['gronden']])).toEqual([
      ['ACCESS_DENIED', ['EIGEN_TAAK']],
    ]);
    expectNoDelictInformation(response);
  });

  it('names OM’s opdracht beside OM’s own task when refusing a burgemeester the VI-beslissingen', async () => {
    const { response, decisions } = await askTraced(
      ROTTERDAM,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { viBeslissingen { voorwaarden { omschrijving } } } } }`,
      { r: [{ __typename: 'Justitiabele', id: PERSONS.B }] },
    );
    expect(response.data?.['_entities']).toEqual([{ viBeslissingen: null }]);
    expect(response.errors?.map((error) => [error.extensions?.['gronden'], error.message])).toEqual([
      [
        ['OPDRACHT_OM', 'EIGEN_TAAK'],
        `Access to Justitiabele.viBeslissingen denied: burgemeester:0599 (oov-adviseur) has no legal ground for this person. It requires ${grondslagen.OPDRACHT_OM.omschrijving}; or ${grondslagen.EIGEN_TAAK.omschrijving}.`,
      ],
    ]);
    expect(decisions).toContainEqual({
      resource: 'Justitiabele.viBeslissingen',
      decision: 'DENY',
      policy: 'no-legal-ground',
      data_subject_id: subjectOf('B'),
    });
  });

  it('gives the SVG toezichthouder nothing of a VI OM assigned to no one or to another organisation', async () => {
    const { response } = await askTraced(SVG_TOEZICHTHOUDER, VI_QUERY, {
      representations: [{ __typename: 'Justitiabele', id: PERSONS.A }],
    });
    expect(response.data?.['_entities']).toEqual([null]);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    expectNoDelictInformation(response);
  });

  it.each([
    toezichthouder('RN'),
    toezichthouder('LJ&R'),
    { org: 'reclassering:SVG', role: 'adviseur', sub: 'adv-svg' },
    { org: 'reclassering:SVG', role: 'privacy-officer', sub: 'po-svg' },
    nazorg('0363'),
    nazorg('0599'),
    { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' },
    EINDHOVEN,
    { org: 'zvh:amsterdam-amstelland', role: 'procesregisseur', sub: 'zvh-1' },
  ] satisfies TokenClaims[])('refuses $org $role the person with the VI as a whole', async (caller) => {
    const { response, records } = await asksD(caller);
    expect(response.data?.['_entities']).toEqual([null]);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    expect(records).toEqual([]);
    expectNoDelictInformation(response);
    expect(JSON.stringify(response)).not.toContain('Meldplicht');
  });

  it.each([DEN_HAAG, GRONINGEN])(
    'narrows the VI away for $org, which holds records of its own on the person',
    async (caller) => {
      const { response } = await asksD(caller);
      const [person] = response.data?.['_entities'] as Record<string, unknown>[];
      expect(person?.['viBeslissingen']).toEqual([]);
      expect(person?.['strafzaken']).toEqual([]);
      expect(JSON.stringify(response)).not.toContain('Meldplicht');
      expect(JSON.stringify(response)).not.toContain('Herhaaldelijk');
    },
  );

  it('leads the officier from a case to the person and on to the VI', async () => {
    const { response, records } = await askTraced(
      OFFICIER,
      `query { strafzaak(parketnummer: "13/100004-26") { justitiabele { id viBeslissingen { toezichthoudendeOrganisatie herroeping { datum } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      strafzaak: {
        justitiabele: {
          id: D,
          viBeslissingen: [{ toezichthoudendeOrganisatie: 'reclassering:SVG', herroeping: { datum: '2027-05-01' } }],
        },
      },
    });
    expect(records.map((record) => record.processing_activity_id)).toEqual([activity('EIGEN_TAAK')]);
  });

  it('refuses a VI supervised by anything but a reclassering organisation', async () => {
    const zaak = await zaakVan('6000000005', '13/100005-26', 'VERMOGEN');
    const response = await om.ask(
      `mutation ($input: ViBeslissingInput!) { registreerViBeslissing(input: $input) { id } }`,
      {
        input: {
          zaakId: zaak,
          datum: '2027-01-10',
          ingangsdatum: '2027-02-01',
          voorwaarden: ['Meldplicht'],
          proeftijdMaanden: 12,
          toezichthoudendeOrganisatie: 'gemeente:0363',
        },
      },
      OFFICIER,
    );
    expect(response.errors?.map((error) => [error.extensions?.['code'], error.message])).toEqual([
      [
        'INVALID_INPUT',
        'OM asks toezicht of a reclassering organisation (reclassering:RN, reclassering:SVG or reclassering:LJ&R), not of gemeente:0363.',
      ],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Each owner's log its own: a read of the person as such is logged as the owner's whose records grant it.
// ---------------------------------------------------------------------------------------------

describe('a burgemeester’s read of the person is its own part of the log', () => {
  const PERSON_AS_SUCH = /* GraphQL */ `
    query Person($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Justitiabele {
          id
          bijMeldingen {
            terugkeergemeente
          }
          zienswijzen {
            tekst
          }
          omgevingsanalyses {
            bevindingen
          }
        }
      }
    }
  `;

  async function bronhouders(caller: TokenClaims) {
    const traceId = randomBytes(16).toString('hex');
    const response = await postGraphQL(
      om.url,
      PERSON_AS_SUCH,
      { representations: [{ __typename: 'Justitiabele', id: D }] },
      {
        authorization: `Bearer ${await om.issuer.sign(caller)}`,
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
    );
    const decisions = await query<{ resource: string; decision: string; bronhouder: string | null }>(
      'SELECT resource, decision, bronhouder FROM access_decision WHERE trace_id = $1 ORDER BY resource',
      [traceId],
    );
    const records = await query<{ activity: string; bronhouder: string | null; processor: string | null }>(
      `SELECT processing_activity_id AS activity, bronhouder, foreign_operation_processor AS processor
         FROM processing_log_record WHERE trace_id = $1 ORDER BY processing_activity_id`,
      [traceId],
    );
    return { response, decisions, records };
  }

  it('records Den Haag’s read of a person Groningen also holds records on with bronhouder burgemeester:0518 only', async () => {
    const { response, decisions, records } = await bronhouders(DEN_HAAG);
    expect(response.errors).toBeUndefined();
    expect(response.data?.['_entities']).toEqual([
      { id: D, bijMeldingen: [{ terugkeergemeente: '0518' }], zienswijzen: [], omgevingsanalyses: [] },
    ]);
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.filter((decision) => decision.bronhouder !== 'burgemeester:0518')).toEqual([]);
    expect(records).toEqual([
      { activity: activity('ART_11A_BJSG'), bronhouder: 'burgemeester:0518', processor: null },
      { activity: activity('EIGEN_TAAK'), bronhouder: 'burgemeester:0518', processor: null },
    ]);
  });

  it('records Groningen’s read of the same person with bronhouder burgemeester:0014 only', async () => {
    const { response, decisions, records } = await bronhouders(GRONINGEN);
    expect(response.data?.['_entities']).toEqual([
      {
        id: D,
        bijMeldingen: null,
        zienswijzen: [{ tekst: 'Slachtoffer woont in Groningen; geen terugkeer naar Groningen' }],
        omgevingsanalyses: [],
      },
    ]);
    expect(
      decisions.filter((decision) => decision.decision === 'PERMIT' && decision.bronhouder !== 'burgemeester:0014'),
    ).toEqual([]);
    expect(records).toEqual([{ activity: activity('EIGEN_TAAK'), bronhouder: 'burgemeester:0014', processor: null }]);
  });

  it('records the officier’s read of the person as OM’s', async () => {
    const traceId = randomBytes(16).toString('hex');
    await postGraphQL(
      om.url,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { id } } }`,
      { representations: [{ __typename: 'Justitiabele', id: D }] },
      {
        authorization: `Bearer ${await om.issuer.sign(OFFICIER)}`,
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
    );
    const decisions = await query<{ bronhouder: string | null }>(
      'SELECT bronhouder FROM access_decision WHERE trace_id = $1',
      [traceId],
    );
    expect(decisions.map((decision) => decision.bronhouder)).toEqual(['om', 'om']);
  });
});
