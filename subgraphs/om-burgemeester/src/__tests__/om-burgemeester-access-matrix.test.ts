import { grondslagen } from '@ketengraaf/subgraph-kit';
import type { Grondslag, TokenClaims } from '@ketengraaf/subgraph-kit';

import { askMagIkDelen, dryRunGround } from '@ketengraaf/subgraph-kit/testing';

import { asPerson, JUSTID, nazorg, OFFICIER, OM_PRIVACY_OFFICER } from './om-burgemeester-fixtures';
import type { OmBurgemeesterSubgraph } from './om-burgemeester-fixtures';
import {
  activity,
  AMSTERDAM,
  AMSTERDAM_PRIVACY_OFFICER,
  B_VERSTREKT_ROTTERDAM,
  EINDHOVEN,
  expectNoDelictInformation,
  loggedFor,
  OTHERS,
  PERSON_QUERY,
  PERSONS,
  ROTTERDAM,
  startAccessScenario,
  subjectOf,
  UTRECHT,
} from './om-burgemeester-scenario';
import type { Person } from './om-burgemeester-scenario';

let om: OmBurgemeesterSubgraph;

beforeAll(async () => {
  om = await startAccessScenario('access_matrix');
});

afterAll(() => om.stop());

const label = (caller: TokenClaims): string => `${caller.org} ${caller.role}`;

// One person by reference, as the gateway asks: every field group × caller × person.

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
  // Justid's BIJ desk: of a person OM's cases put in the BIJ target group, whether a melding is due
  // (`bijVerwachtSignalen`), never the cases, the disclosures or the burgemeesters' records.
  ...(['A', 'C'] as const).map((person): [TokenClaims, Person, Expected, Grondslag[]] => [
    JUSTID,
    person,
    { strafzaken: DENIED, verstrekkingen: DENIED, bijMeldingen: [], zienswijzen: DENIED, omgevingsanalyses: DENIED },
    ['ART_11A_BJSG'],
  ]),
  ...OTHERS.filter((caller) => caller !== JUSTID).map((caller): [TokenClaims, Person, null, Grondslag[]] => [
    caller,
    'A',
    null,
    [],
  ]),
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
    const { response, traceId } = await om.askTraced(PERSON_QUERY, asPerson(PERSONS[person]), caller);
    const { decisions, records } = await loggedFor(om, traceId);
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
      // A refused whole object is recorded about no one person, as an unknown identifier is: the log
      // must not tell the caller's privacy officer whether the party holds the person.
      expect(decisions).toEqual([
        { resource: 'Justitiabele', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: null },
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
    // One error for the person's denied fields, listing each.
    expect(
      response.errors?.map((error) => [
        error.path,
        error.extensions?.['code'],
        (error.extensions?.['velden'] as { veld: string }[] | undefined)?.map(({ veld }) => veld),
      ]) ?? [],
    ).toEqual(denied.length > 0 ? [[['_entities', 0], 'ACCESS_DENIED', [...denied].sort()]] : []);
    // One record per person per activity and owner: OM reading a burgemeester's zienswijze sent to it
    // is a processing in that burgemeester's part of the log too.
    expect([...new Set(records.map((record) => record.processing_activity_id))].sort()).toEqual(
      grounds.map(activity).sort(),
    );
    expect(records.every((record) => record.data_subject_id === subjectOf(om, PERSONS[person]))).toBe(true);
    for (const group of denied) {
      expect(decisions).toContainEqual({
        resource: `Justitiabele.${group}`,
        decision: 'DENY',
        policy: 'no-legal-ground',
        data_subject_id: subjectOf(om, PERSONS[person]),
      });
    }
  });

  it.each(rows)('"mag ik dit delen?" agrees: $name', async ({ caller, person, expected }) => {
    const answer = await askMagIkDelen(om, 'om-burgemeester', caller, { soort: 'SKN', nummer: PERSONS[person] });
    expect(['id', dryRunGround(answer, 'Justitiabele.id') !== null]).toEqual(['id', expected !== null]);
    for (const group of GROUPS) {
      // A group is read (its list narrowed to what the caller may see) or denied as a whole.
      const granted = dryRunGround(answer, `Justitiabele.${group}`) !== null;
      expect([group, granted]).toEqual([group, expected !== null && expected[group] !== DENIED]);
    }
  });
});
