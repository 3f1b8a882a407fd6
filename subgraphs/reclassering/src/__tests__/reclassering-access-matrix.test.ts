import { grondslagen, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { Grondslag, TokenClaims } from '@ketengraaf/subgraph-kit';

import { askMagIkDelen, dryRunGround, expectDenied, refusalOf } from '@ketengraaf/subgraph-kit/testing';

import {
  decisionsOf,
  label,
  PERSON_QUERY,
  PERSONS,
  representationOf,
  startAccessWorld,
  subjectOf,
} from './reclassering-access-fixtures';
import type { AccessWorld, Person, PersonSetup } from './reclassering-access-fixtures';
import {
  AMSTERDAM,
  AMSTERDAM_PRIVACY_OFFICER,
  BURGEMEESTER_AMSTERDAM,
  BURGEMEESTER_PRIVACY_OFFICER,
  BURGEMEESTER_ROTTERDAM,
  BURGEMEESTER_UTRECHT,
  DJI_ALMELO,
  DJI_PRIVACY_OFFICER,
  DJI_VUGHT,
  JUSTID,
  LJR_TOEZICHT,
  OM,
  RN_ADVIES,
  RN_PRIVACY_OFFICER,
  RN_TOEZICHT,
  ROTTERDAM,
  SVG_TOEZICHT,
  UTRECHT,
  ZVH,
} from './reclassering-fixtures';

let world: AccessWorld;

beforeAll(async () => {
  world = await startAccessWorld('reclassering_matrix');
});

afterAll(() => world.reclassering.stop());

/** The fields of the matrix: where each sits in the answer, and its resource name in the log. */
const FIELDS = {
  'Justitiabele.id': ['id'],
  'Justitiabele.adviezen': ['adviezen'],
  'Justitiabele.toezichten': ['toezichten'],
  'Justitiabele.risicotaxatie': ['risicotaxatie'],
  'Justitiabele.risicotaxaties': ['risicotaxaties'],
  'Advies.opdrachtgever': ['adviezen', 0, 'opdrachtgever'],
  'Advies.geadviseerdeVoorwaarden': ['adviezen', 0, 'geadviseerdeVoorwaarden'],
  'Toezicht.begindatum': ['toezichten', 0, 'begindatum'],
  'Toezicht.toezichthouder': ['toezichten', 0, 'toezichthouder'],
  'Toezicht.opdrachtgever': ['toezichten', 0, 'opdrachtgever'],
  'Toezicht.ketenpartners': ['toezichten', 0, 'ketenpartners'],
  'Toezicht.woongemeente': ['toezichten', 0, 'woongemeente'],
  'Toezicht.bijzondereVoorwaarden': ['toezichten', 0, 'bijzondereVoorwaarden'],
  'BijzondereVoorwaarde.type': ['toezichten', 0, 'bijzondereVoorwaarden', 0, 'type'],
  'BijzondereVoorwaarde.naleving': ['toezichten', 0, 'bijzondereVoorwaarden', 0, 'naleving'],
  'Naleving.uitkomst': ['toezichten', 0, 'bijzondereVoorwaarden', 0, 'naleving', 0, 'uitkomst'],
  'Naleving.melding': ['toezichten', 0, 'bijzondereVoorwaarden', 0, 'naleving', 0, 'melding'],
  'Risicotaxatie.recidiverisico': ['risicotaxatie', 'recidiverisico'],
  'Risicotaxatie.gevaarrisico': ['risicotaxatie', 'gevaarrisico'],
} as const;
type Field = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

const E = 'EIGEN_TAAK';
const O = 'OPDRACHT_OM';
const P = 'ART_18A_PBW';
const R = 'ART_18B_PBW';
const DENY = 'DENY';
const GRONDEN: readonly Grondslag[] = [E, O, P, R];
type Expected = Partial<Record<Field, Grondslag | typeof DENY>>;

const fieldsOf = (prefix: string): Field[] => FIELD_NAMES.filter((field) => field.startsWith(`${prefix}.`));
const all = (prefixes: string[], outcome: Grondslag | typeof DENY): Expected =>
  Object.fromEntries(prefixes.flatMap(fieldsOf).map((field) => [field, outcome]));

/** Own task: every field of the records the caller's organisation holds on the person. */
function own(records: { advies?: boolean; toezicht?: boolean; risico?: boolean }): Expected {
  return {
    ...all(['Justitiabele'], E),
    ...(records.advies ? all(['Advies'], E) : {}),
    ...(records.toezicht ? all(['Toezicht', 'BijzondereVoorwaarde', 'Naleving'], E) : {}),
    ...(records.risico ? all(['Risicotaxatie'], E) : {}),
  };
}

/**
 * Art. 18a Pbw: the toezicht and its toezichthouder; of a voorwaarde only the kind of a meldplicht or
 * behandeling (`basisvoorwaarde`), never its naleving; and art. 18b Pbw risk when `risico`.
 */
function ketenpartner({ risico, basisvoorwaarde }: { risico: boolean; basisvoorwaarde: boolean }): Expected {
  return {
    'Justitiabele.id': P,
    'Justitiabele.adviezen': DENY,
    'Justitiabele.toezichten': P,
    'Justitiabele.risicotaxatie': risico ? R : DENY,
    'Justitiabele.risicotaxaties': DENY,
    'Toezicht.begindatum': P,
    'Toezicht.toezichthouder': P,
    'Toezicht.opdrachtgever': DENY,
    'Toezicht.ketenpartners': DENY,
    'Toezicht.woongemeente': DENY,
    'Toezicht.bijzondereVoorwaarden': P,
    ...(basisvoorwaarde ? { 'BijzondereVoorwaarde.type': P, 'BijzondereVoorwaarde.naleving': DENY } : {}),
    ...(risico ? all(['Risicotaxatie'], R) : {}),
  };
}

/** Art. 18b Pbw only: the latest risicotaxatie, nothing else. */
const risicoOnly: Expected = {
  'Justitiabele.id': R,
  'Justitiabele.adviezen': DENY,
  'Justitiabele.toezichten': DENY,
  'Justitiabele.risicotaxatie': R,
  'Justitiabele.risicotaxaties': DENY,
  ...all(['Risicotaxatie'], R),
};

/**
 * The officier van justitie as opdrachtgever, under OM's opdracht: the adviezen OM ordered, no
 * toezicht itself (the lists are narrowed to nothing), and the latest risicotaxatie under art. 18b
 * Pbw when `risico`.
 */
function opdrachtgever({ advies, risico }: { advies: boolean; risico: boolean }): Expected {
  return {
    ...all(['Justitiabele'], O),
    ...(advies ? all(['Advies'], O) : {}),
    ...(risico ? all(['Risicotaxatie'], R) : {}),
  };
}

/** (caller, person) → the outcome per field, or null when the person is refused as a whole. */
const MATRIX: [TokenClaims, Person, Expected | null][] = [
  // Own task: each reclassering organisation its own people, and only its own records on them.
  [RN_TOEZICHT, 'A', own({ advies: true, toezicht: true, risico: true })],
  [RN_ADVIES, 'A', own({ advies: true, toezicht: true, risico: true })],
  [RN_TOEZICHT, 'B', own({ toezicht: true, risico: true })],
  [RN_TOEZICHT, 'C', own({ advies: true })],
  [RN_ADVIES, 'D', own({ advies: true, risico: true })],
  [RN_TOEZICHT, 'E', own({ toezicht: true })],
  [SVG_TOEZICHT, 'C', own({ toezicht: true, risico: true })],
  [SVG_TOEZICHT, 'A', null],
  [SVG_TOEZICHT, 'D', null],
  [LJR_TOEZICHT, 'A', null],
  [LJR_TOEZICHT, 'C', null],
  [RN_PRIVACY_OFFICER, 'A', null],
  // Art. 18a Pbw: DJI (any location) and a gemeente while a lopend toezicht names them; a voorwaarde's
  // kind only for a meldplicht (B) or behandeling (C), not a contactverbod (A).
  [DJI_VUGHT, 'A', ketenpartner({ risico: false, basisvoorwaarde: false })],
  [DJI_ALMELO, 'A', null],
  [DJI_ALMELO, 'C', ketenpartner({ risico: false, basisvoorwaarde: true })],
  [DJI_VUGHT, 'C', null],
  [DJI_VUGHT, 'B', null],
  [DJI_VUGHT, 'E', null],
  [DJI_PRIVACY_OFFICER, 'A', null],
  [AMSTERDAM, 'A', ketenpartner({ risico: false, basisvoorwaarde: false })],
  [AMSTERDAM, 'B', null],
  [AMSTERDAM, 'E', null],
  [ROTTERDAM, 'B', ketenpartner({ risico: false, basisvoorwaarde: true })],
  [ROTTERDAM, 'A', null],
  [UTRECHT, 'C', ketenpartner({ risico: false, basisvoorwaarde: true })],
  [UTRECHT, 'D', null],
  [AMSTERDAM_PRIVACY_OFFICER, 'A', null],
  // Art. 18b Pbw: only at gevaarrisico GEMIDDELD or HOOG (A, D, F; not C, whose recidiverisico alone is HOOG).
  // DJI only for the inrichting the reclassering last recorded the person held in (F in Vught; A released).
  [DJI_VUGHT, 'F', risicoOnly],
  [DJI_ALMELO, 'F', null],
  [DJI_VUGHT, 'D', null],
  // The burgemeester of a lopend toezicht's woongemeente only.
  [BURGEMEESTER_AMSTERDAM, 'A', risicoOnly],
  [BURGEMEESTER_UTRECHT, 'C', null],
  [BURGEMEESTER_ROTTERDAM, 'A', null],
  [BURGEMEESTER_ROTTERDAM, 'B', null],
  [BURGEMEESTER_AMSTERDAM, 'D', null],
  [BURGEMEESTER_AMSTERDAM, 'E', null],
  [BURGEMEESTER_PRIVACY_OFFICER, 'A', null],
  // The officier as opdrachtgever of every advies and toezicht here; art. 18b at raised gevaarrisico.
  [OM, 'A', opdrachtgever({ advies: true, risico: true })],
  [OM, 'B', opdrachtgever({ advies: false, risico: false })],
  [OM, 'C', opdrachtgever({ advies: true, risico: false })],
  [OM, 'D', opdrachtgever({ advies: true, risico: true })],
  [OM, 'E', opdrachtgever({ advies: false, risico: false })],
  [OM, 'F', opdrachtgever({ advies: true, risico: true })],
  // No ground in this subgraph at all.
  [JUSTID, 'A', null],
  [JUSTID, 'D', null],
  [ZVH, 'A', null],
];

/** What a person's records contain that no caller without a ground may see. */
function secretsOf(person: Person): string[] {
  const setup: PersonSetup = PERSONS[person];
  return [
    setup.id,
    ...(setup.toezicht ? [setup.toezicht.toezichthouder, world.toezichtIds[person] ?? ''] : []),
    ...(setup.advies ? ['Geen contact met het slachtoffer'] : []),
  ];
}

describe('the reclassering access matrix: organisation × role × field × person', () => {
  const rows = MATRIX.map(([caller, person, expected]) => ({
    name: `${label(caller)} reading person ${person}: ${expected ? 'fields as expected' : 'refused'}`,
    caller,
    person,
    expected,
  }));

  it.each(rows)('$name', async ({ caller, person, expected }) => {
    const { response, traceId } = await world.reclassering.askTraced<{ _entities: unknown[] }>(
      PERSON_QUERY,
      representationOf(person),
      caller,
    );
    const decisions = await decisionsOf(world, traceId);
    const subject = subjectOf(world, person);
    if (!expected) {
      // No ground at all: the person is refused as a whole, and nothing of them is returned.
      expect(response.data?._entities).toEqual([null]);
      expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
        [['_entities', 0], 'ACCESS_DENIED'],
      ]);
      const names = GRONDEN.map((grond) => grondslagen[grond].omschrijving).join('; or ');
      expect(response.errors?.[0]?.message).toBe(
        `Access to Justitiabele denied: ${label(caller)} has no legal ground for this person. It requires ${names}.`,
      );
      // A refused whole object is recorded about no one person, as an unknown identifier is: the log
      // must not tell the caller's privacy officer whether the party holds the person.
      expect(decisions).toEqual([
        { resource: 'Justitiabele', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: null },
      ]);
      const answer = JSON.stringify(response);
      for (const secret of secretsOf(person)) {
        expect(answer).not.toContain(secret);
      }
      return;
    }
    for (const field of FIELD_NAMES) {
      const path = ['_entities', 0, ...FIELDS[field]];
      const outcome = expected[field];
      const recorded = decisions.filter((decision) => decision.resource === field);
      if (outcome === undefined) {
        // Not reached: its parent was denied, or the person has no such record the caller may see.
        expect([field, recorded]).toEqual([field, []]);
      } else if (outcome === DENY) {
        const refusal = expectDenied(response, path);
        expect(refusal.message).toContain(`${String(path.at(-1))} requires `);
        expect([field, recorded.map((decision) => decision.decision)]).toEqual([field, ['DENY']]);
      } else {
        // Allowed: no error at the field (its value may be null when there is nothing to tell).
        expect([field, refusalOf(response, path)]).toEqual([field, undefined]);
        expect([field, recorded]).toEqual([
          field,
          [
            {
              resource: field,
              decision: 'PERMIT',
              policy: verwerkingsactiviteit('reclassering', outcome),
              data_subject_id: subject,
            },
          ],
        ]);
      }
    }
  });

  it.each(rows)('"mag ik dit delen?" agrees: $name', async ({ caller, person, expected }) => {
    const answer = await askMagIkDelen(world.reclassering, 'reclassering', caller, {
      soort: 'SKN',
      nummer: PERSONS[person].id,
    });
    for (const field of FIELD_NAMES) {
      const outcome = expected ? expected[field] : fieldsOf('Justitiabele').includes(field) ? DENY : undefined;
      if (outcome !== undefined) {
        expect([field, dryRunGround(answer, field)]).toEqual([field, outcome === DENY ? null : outcome]);
      }
    }
  });

  it('never shows a gemeente risk, not even at HOOG: the denial names the grounds it lacks', async () => {
    const { response } = await world.reclassering.askTraced(PERSON_QUERY, representationOf('A'), AMSTERDAM);
    const refusal = expectDenied(
      response,
      ['_entities', 0, 'risicotaxatie'],
      ['EIGEN_TAAK', 'OPDRACHT_OM', 'ART_18B_PBW'],
    );
    expect(refusal.message).toContain(
      `risicotaxatie requires ${grondslagen.EIGEN_TAAK.omschrijving} or ${grondslagen.OPDRACHT_OM.omschrijving} or ${grondslagen.ART_18B_PBW.omschrijving}`,
    );
    expect(JSON.stringify(response)).not.toMatch(/GEMIDDELD|HOOG/);
  });

  it("keeps another organisation's records out of the own organisation's view of a shared person", async () => {
    const { response, traceId } = await world.reclassering.askTraced(PERSON_QUERY, representationOf('C'), RN_TOEZICHT);
    const decisions = await decisionsOf(world, traceId);
    expect(response.errors).toBeUndefined();
    expect(response.data?.['_entities']).toEqual([
      {
        id: PERSONS.C.id,
        adviezen: [{ opdrachtgever: 'om', geadviseerdeVoorwaarden: [{ type: 'CONTACTVERBOD' }] }],
        toezichten: [],
        risicotaxatie: null,
        risicotaxaties: [],
      },
    ]);
    // SVG's toezicht and risicotaxatie were looked at, refused, and left out.
    expect(
      decisions
        .filter((decision) => decision.decision === 'DENY')
        .map((decision) => decision.resource)
        .sort(),
    ).toEqual(['Risicotaxatie', 'Toezicht']);
    expect(JSON.stringify(response)).not.toContain(PERSONS.C.toezicht.toezichthouder);
  });
});
