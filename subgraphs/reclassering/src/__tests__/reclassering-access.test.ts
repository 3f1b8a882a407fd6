import { randomBytes } from 'node:crypto';

import { grondslagen, pseudonym, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { Grondslag, TokenClaims } from '@ketengraaf/subgraph-kit';
import { postGraphQL, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { reclasseringParty } from '../index';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';

const RN_TOEZICHT: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' };
const RN_COLLEGA: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-2' };
const RN_ADVIES: TokenClaims = { org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn-1' };
const RN_PRIVACY_OFFICER: TokenClaims = { org: 'reclassering:RN', role: 'privacy-officer', sub: 'po-rn' };
/** A toezichthouder of another organisation who happens to have the same user id as RN's th-rn-1. */
const SVG_TOEZICHT: TokenClaims = { org: 'reclassering:SVG', role: 'toezichthouder', sub: 'th-rn-1' };
const LJR_TOEZICHT: TokenClaims = { org: 'reclassering:LJ&R', role: 'toezichthouder', sub: 'th-ljr-1' };
const DJI_VUGHT: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' };
/** The DJI location C's toezicht names, and A's does not: each inrichting takes part as itself. */
const DJI_ALMELO: TokenClaims = { org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'cm-almelo' };
const DJI_PRIVACY_OFFICER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' };
const AMSTERDAM: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' };
const ROTTERDAM: TokenClaims = { org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-0599' };
const UTRECHT: TokenClaims = { org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-0344' };
const AMSTERDAM_PRIVACY_OFFICER: TokenClaims = { org: 'gemeente:0363', role: 'privacy-officer', sub: 'po-0363' };
const OM: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };
const BURGEMEESTER_AMSTERDAM: TokenClaims = { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' };
const BURGEMEESTER_ROTTERDAM: TokenClaims = { org: 'burgemeester:0599', role: 'oov-adviseur', sub: 'oov-0599' };
const BURGEMEESTER_UTRECHT: TokenClaims = { org: 'burgemeester:0344', role: 'oov-adviseur', sub: 'oov-0344' };
const BURGEMEESTER_PRIVACY_OFFICER: TokenClaims = { org: 'burgemeester:0363', role: 'privacy-officer', sub: 'po-b' };
const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-1' };
const ZVH: TokenClaims = { org: 'zvh:amsterdam-amstelland', role: 'procesregisseur', sub: 'zvh-1' };

interface ToezichtSetup {
  readonly organisatie: string;
  readonly starter: TokenClaims;
  readonly gebruiker: string;
  readonly toezichthouder: string;
  readonly begindatum: string;
  readonly ketenpartners: readonly string[];
  readonly woongemeente: string | null;
  readonly naleving: 'NAGELEEFD' | 'OVERTREDEN';
  /** The one voorwaarde it supervises; art. 18a Pbw opens only a MELDPLICHT's or BEHANDELING's kind. */
  readonly voorwaarde: VoorwaardeSetup;
  /** Set for a toezicht that has ended. */
  readonly einddatum?: string;
}

interface VoorwaardeSetup {
  readonly type: string;
  readonly omschrijving: string;
  readonly details: Record<string, string>;
}

const CONTACTVERBOD: VoorwaardeSetup = {
  type: 'CONTACTVERBOD',
  omschrijving: 'Geen contact met het slachtoffer',
  details: { contactMet: 'het slachtoffer' },
};
const MELDPLICHT: VoorwaardeSetup = {
  type: 'MELDPLICHT',
  omschrijving: 'Meldt zich na elk incident in de uitgaanswijk',
  details: { meldfrequentie: 'wekelijks' },
};
const BEHANDELING: VoorwaardeSetup = {
  type: 'BEHANDELING',
  omschrijving: 'Behandeling gericht op het zedendelict',
  details: { instelling: 'De Waag' },
};

interface PersonSetup {
  readonly id: string;
  readonly toezicht?: ToezichtSetup;
  /** The organisations that gave an advies (through their adviseur). */
  readonly advies?: TokenClaims;
  /** Where the person was held when advised. */
  readonly inrichting?: string;
  /** Risicotaxaties by one organisation, oldest first: the last decides art. 18b Pbw. */
  readonly risico?: { readonly door: TokenClaims; readonly niveaus: readonly (readonly [string, string])[] };
}

/**
 * The people:
 * - A: RN supervises, with DJI and Amsterdam as ketenpartners, woongemeente Amsterdam; an overtreding;
 *   RN advised; latest risk GEMIDDELD/HOOG (after an earlier LAAG).
 * - B: RN supervises with Rotterdam only (no DJI); latest risk LAAG (after an earlier HOOG).
 * - C: SVG supervises with DJI Almelo and Utrecht, woongemeente Utrecht, risk HOOG; RN gave an advies.
 * - D: RN advised only; risk HOOG; no toezicht, so no woongemeente.
 * - E: RN's toezicht with DJI and Amsterdam has ended; no risk known.
 * - F: RN advised while the person was held in PI Vught; gevaarrisico HOOG with recidiverisico LAAG.
 * A's and E's voorwaarde is a contactverbod, B's a meldplicht, C's a behandeling.
 */
const PERSONS = {
  A: {
    id: '5000000001',
    toezicht: {
      organisatie: 'reclassering:RN',
      starter: RN_TOEZICHT,
      gebruiker: 'th-rn-1',
      toezichthouder: 'Anna Aalbers',
      begindatum: '2026-02-01',
      ketenpartners: ['dji:PI-VUGHT', 'gemeente:0363'],
      woongemeente: '0363',
      naleving: 'OVERTREDEN',
      voorwaarde: CONTACTVERBOD,
    },
    advies: RN_ADVIES,
    risico: {
      door: RN_TOEZICHT,
      niveaus: [
        ['LAAG', 'LAAG'],
        ['GEMIDDELD', 'HOOG'],
      ],
    },
  },
  B: {
    id: '5000000002',
    toezicht: {
      organisatie: 'reclassering:RN',
      starter: RN_TOEZICHT,
      gebruiker: 'th-rn-1',
      toezichthouder: 'Bert Bakker',
      begindatum: '2026-02-02',
      ketenpartners: ['gemeente:0599'],
      woongemeente: '0599',
      naleving: 'NAGELEEFD',
      voorwaarde: MELDPLICHT,
    },
    risico: {
      door: RN_TOEZICHT,
      niveaus: [
        ['HOOG', 'HOOG'],
        ['LAAG', 'LAAG'],
      ],
    },
  },
  C: {
    id: '5000000003',
    toezicht: {
      organisatie: 'reclassering:SVG',
      starter: SVG_TOEZICHT,
      gebruiker: 'th-rn-1',
      toezichthouder: 'Cor Claassen',
      begindatum: '2026-02-03',
      ketenpartners: ['dji:PI-ALMELO', 'gemeente:0344'],
      woongemeente: '0344',
      naleving: 'NAGELEEFD',
      voorwaarde: BEHANDELING,
    },
    advies: RN_ADVIES,
    risico: { door: SVG_TOEZICHT, niveaus: [['HOOG', 'LAAG']] },
  },
  D: {
    id: '5000000004',
    advies: RN_ADVIES,
    risico: { door: RN_ADVIES, niveaus: [['LAAG', 'HOOG']] },
  },
  E: {
    id: '5000000005',
    toezicht: {
      organisatie: 'reclassering:RN',
      starter: RN_TOEZICHT,
      gebruiker: 'th-rn-1',
      toezichthouder: 'Eva Evers',
      begindatum: '2026-01-05',
      ketenpartners: ['dji:PI-VUGHT', 'gemeente:0363'],
      woongemeente: '0363',
      naleving: 'NAGELEEFD',
      voorwaarde: CONTACTVERBOD,
      einddatum: '2026-06-30',
    },
  },
  F: {
    id: '5000000006',
    advies: RN_ADVIES,
    inrichting: 'dji:PI-VUGHT',
    risico: { door: RN_ADVIES, niveaus: [['LAAG', 'HOOG']] },
  },
} as const satisfies Record<string, PersonSetup>;
type Person = keyof typeof PERSONS;

/** Extra lopende toezichten of RN, for the werkvoorraad: two more of th-rn-1, one of a colleague. */
const WERKVOORRAAD_EXTRA = [
  { id: '5000000011', gebruiker: 'th-rn-1', begindatum: '2026-03-01' },
  { id: '5000000012', gebruiker: 'th-rn-1', begindatum: '2026-03-02' },
  { id: '5000000013', gebruiker: 'th-rn-2', begindatum: '2026-03-03' },
] as const;

const toezichtIds = {} as Record<string, string>;
const voorwaardeIds = {} as Record<string, string>;
let reclassering: TestSubgraph<PartySubgraph>;

async function must<T>(caller: TokenClaims, document: string, variables: Record<string, unknown>): Promise<T> {
  const response = await reclassering.ask<T>(document, variables, caller);
  if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

async function startToezicht(id: string, setup: ToezichtSetup): Promise<string> {
  const data = await must<{ startToezicht: { id: string } }>(
    setup.starter,
    `mutation ($input: ToezichtInput!) { startToezicht(input: $input) { id } }`,
    {
      input: {
        justitiabeleId: id,
        organisatie: setup.organisatie,
        opdrachtgever: 'om',
        begindatum: setup.begindatum,
        toezichthouder: {
          naam: setup.toezichthouder,
          email: `${setup.gebruiker}@reclassering.example.nl`,
        },
        toezichthouderGebruiker: setup.gebruiker,
        ketenpartners: setup.ketenpartners,
        woongemeente: setup.woongemeente,
      },
    },
  );
  return data.startToezicht.id;
}

beforeAll(async () => {
  reclassering = await startTestSubgraph('reclassering_access', reclasseringParty.create, RN_TOEZICHT);
  for (const key of Object.keys(PERSONS) as Person[]) {
    const person: PersonSetup = PERSONS[key];
    if (person.advies) {
      await must(person.advies, `mutation ($input: AdviesInput!) { registreerAdvies(input: $input) { id } }`, {
        input: {
          justitiabeleId: person.id,
          organisatie: person.advies.org,
          opdrachtgever: 'om',
          datum: '2026-01-02',
          inrichting: person.inrichting ?? null,
          geadviseerdeVoorwaarden: [{ type: 'CONTACTVERBOD', toelichting: 'Geen contact met het slachtoffer' }],
          zienswijzeBurgemeesterMeegewogen: false,
          slachtofferbelangenMeegewogen: true,
          slachtofferbelangenToelichting: 'Slachtoffer woont in de buurt',
        },
      });
    }
    const { toezicht } = person;
    if (toezicht) {
      const toezichtId = await startToezicht(person.id, toezicht);
      toezichtIds[key] = toezichtId;
      const added = await must<{ legBijzondereVoorwaardeOp: { bijzondereVoorwaarden: { id: string }[] } }>(
        toezicht.starter,
        `mutation ($input: BijzondereVoorwaardeInput!) { legBijzondereVoorwaardeOp(input: $input) { bijzondereVoorwaarden { id } } }`,
        {
          input: {
            toezichtId,
            verwachteVersie: 1,
            type: toezicht.voorwaarde.type,
            omschrijving: toezicht.voorwaarde.omschrijving,
            ...toezicht.voorwaarde.details,
            begindatum: toezicht.begindatum,
          },
        },
      );
      voorwaardeIds[key] = added.legBijzondereVoorwaardeOp.bijzondereVoorwaarden[0]?.id ?? '';
      await must(toezicht.starter, `mutation ($input: NalevingInput!) { registreerNaleving(input: $input) { id } }`, {
        input: {
          voorwaardeId: voorwaardeIds[key],
          datum: '2026-03-15',
          uitkomst: toezicht.naleving,
          toelichting: toezicht.naleving === 'OVERTREDEN' ? 'Contact gezocht via sociale media' : null,
        },
      });
      if ('einddatum' in toezicht) {
        await must(
          toezicht.starter,
          `mutation ($input: BeeindigingInput!) { beeindigToezicht(input: $input) { id } }`,
          { input: { toezichtId, verwachteVersie: 2, einddatum: toezicht.einddatum } },
        );
      }
    }
    for (const [index, [recidiverisico, gevaarrisico]] of (person.risico?.niveaus ?? []).entries()) {
      await must(
        person.risico?.door ?? RN_TOEZICHT,
        `mutation ($input: RisicotaxatieInput!) { registreerRisicotaxatie(input: $input) { id } }`,
        {
          input: {
            justitiabeleId: person.id,
            datum: `2026-0${index + 4}-01`,
            instrument: 'RISc',
            recidiverisico,
            gevaarrisico,
          },
        },
      );
    }
  }
  for (const extra of WERKVOORRAAD_EXTRA) {
    toezichtIds[extra.id] = await startToezicht(extra.id, {
      ...PERSONS.B.toezicht,
      gebruiker: extra.gebruiker,
      begindatum: extra.begindatum,
    });
  }
});

afterAll(() => reclassering.stop());

interface DecisionRow {
  resource: string;
  decision: string;
  policy: string;
  data_subject_id: string | null;
}

/** Asks as `caller` in a trace of its own, and returns the answer with what the processing log recorded. */
async function askTraced<T = Record<string, unknown>>(
  caller: TokenClaims,
  document: string,
  variables: Record<string, unknown> = {},
) {
  const traceId = randomBytes(16).toString('hex');
  const response: GraphQLResponse<T> = await postGraphQL<T>(reclassering.url, document, variables, {
    authorization: `Bearer ${await reclassering.issuer.sign(caller)}`,
    traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
  });
  const dataSource = reclassering.subgraph.database.dataSource;
  const decisions = await dataSource.query<DecisionRow[]>(
    // Distinct: a read of the person as such is recorded once per owner whose records granted it.
    'SELECT DISTINCT resource, decision, policy, data_subject_id FROM access_decision WHERE trace_id = $1',
    [traceId],
  );
  const records = await dataSource.query<
    { processing_activity_id: string; data_subject_id: string; foreign_operation_processor: string | null }[]
  >(
    `SELECT processing_activity_id, data_subject_id, foreign_operation_processor
       FROM processing_log_record WHERE trace_id = $1 ORDER BY processing_activity_id`,
    [traceId],
  );
  return { response, decisions, records, traceId };
}

const subjectOf = (person: Person): string =>
  pseudonym(reclassering.pseudonymKey, { soort: 'SKN', nummer: PERSONS[person].id });
const label = (caller: TokenClaims): string => `${caller.org} (${caller.role})`;

// ---------------------------------------------------------------------------------------------
// One person by reference, as the gateway asks: every kind of field the reclassering owns.
// ---------------------------------------------------------------------------------------------

const PERSON_QUERY = /* GraphQL */ `
  query Person($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        id
        adviezen {
          opdrachtgever
          geadviseerdeVoorwaarden {
            type
          }
        }
        toezichten {
          begindatum
          toezichthouder {
            naam
          }
          opdrachtgever
          ketenpartners
          woongemeente
          bijzondereVoorwaarden {
            type
            naleving {
              uitkomst
              melding {
                gemeldAan
              }
            }
          }
        }
        risicotaxatie {
          recidiverisico
          gevaarrisico
        }
        risicotaxaties {
          datum
        }
      }
    }
  }
`;

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

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
}

/** What a person's records contain that no caller without a ground may see. */
function secretsOf(person: Person): string[] {
  const setup: PersonSetup = PERSONS[person];
  return [
    setup.id,
    ...(setup.toezicht ? [setup.toezicht.toezichthouder, toezichtIds[person] ?? ''] : []),
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
    const { response, decisions } = await askTraced<{ _entities: unknown[] }>(caller, PERSON_QUERY, {
      representations: [{ __typename: 'Justitiabele', id: PERSONS[person].id }],
    });
    const subject = subjectOf(person);
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
      expect(decisions).toEqual([
        { resource: 'Justitiabele', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: subject },
      ]);
      const answer = JSON.stringify(response);
      for (const secret of secretsOf(person)) {
        expect(answer).not.toContain(secret);
      }
      return;
    }
    const data = response.data?._entities[0];
    for (const field of FIELD_NAMES) {
      const path = ['_entities', 0, ...FIELDS[field]].join('.');
      const outcome = expected[field];
      const recorded = decisions.filter((decision) => decision.resource === field);
      const error = response.errors?.find((candidate) => candidate.path?.join('.') === path);
      if (outcome === undefined) {
        // Not reached: its parent was denied, or the person has no such record the caller may see.
        expect([field, recorded]).toEqual([field, []]);
      } else if (outcome === DENY) {
        expect([field, valueAt(data, FIELDS[field])]).toEqual([field, null]);
        expect([field, error?.extensions?.['code']]).toEqual([field, 'ACCESS_DENIED']);
        expect(error?.message).toContain('It requires');
        expect([field, recorded.map((decision) => decision.decision)]).toEqual([field, ['DENY']]);
      } else {
        // Allowed: no error at the field (its value may be null when there is nothing to tell).
        expect([field, error]).toEqual([field, undefined]);
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

  it('never shows a gemeente risk, not even at HOOG: the denial names the grounds it lacks', async () => {
    const { response } = await askTraced(AMSTERDAM, PERSON_QUERY, {
      representations: [{ __typename: 'Justitiabele', id: PERSONS.A.id }],
    });
    const error = response.errors?.find((candidate) => candidate.path?.join('.') === '_entities.0.risicotaxatie');
    expect(error?.message).toBe(
      `Access to Justitiabele.risicotaxatie denied: gemeente:0363 (nazorgcoordinator) has no legal ground for this person. It requires ${grondslagen.EIGEN_TAAK.omschrijving}; or ${grondslagen.OPDRACHT_OM.omschrijving}; or ${grondslagen.ART_18B_PBW.omschrijving}.`,
    );
    expect(JSON.stringify(response)).not.toMatch(/GEMIDDELD|HOOG/);
  });

  it("keeps another organisation's records out of the own organisation's view of a shared person", async () => {
    const { response, decisions } = await askTraced(RN_TOEZICHT, PERSON_QUERY, {
      representations: [{ __typename: 'Justitiabele', id: PERSONS.C.id }],
    });
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

// ---------------------------------------------------------------------------------------------
// Every other way in: root queries, the werkvoorraad and changes.
// ---------------------------------------------------------------------------------------------

describe('the root queries apply the same rules as _entities', () => {
  const TOEZICHT = `query ($id: ID!) { toezicht(id: $id) { begindatum toezichthouder { naam } ketenpartners justitiabele { id } } }`;

  it('gives a ketenpartner the toezicht without the fields only the reclassering reads', async () => {
    const { response } = await askTraced(AMSTERDAM, TOEZICHT, { id: toezichtIds['A'] });
    expect(response.data?.['toezicht']).toEqual({
      begindatum: '2026-02-01',
      toezichthouder: { naam: 'Anna Aalbers' },
      ketenpartners: null,
      justitiabele: { id: PERSONS.A.id },
    });
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['toezicht', 'ketenpartners'], 'ACCESS_DENIED'],
    ]);
  });

  it.each([
    ['another gemeente', ROTTERDAM, 'A'],
    ['the burgemeester of the woongemeente', BURGEMEESTER_AMSTERDAM, 'A'],
    ['another reclassering organisation', SVG_TOEZICHT, 'A'],
    ['a ketenpartner of a toezicht that has ended', AMSTERDAM, 'E'],
  ] as const)('refuses %s a toezicht by id, and records it', async (_case, caller, person) => {
    const { response, decisions } = await askTraced(caller, TOEZICHT, { id: toezichtIds[person] });
    expect(response.data?.['toezicht']).toBeNull();
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['toezicht'], 'ACCESS_DENIED'],
    ]);
    expect(decisions).toEqual([
      { resource: 'Toezicht', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: subjectOf(person) },
    ]);
    expect(JSON.stringify(response)).not.toContain(PERSONS[person].toezicht.toezichthouder);
  });

  it('gives an advies by id to its own organisation and to the officier who ordered it only', async () => {
    const ADVIES = `query ($id: ID!) { advies(id: $id) { opdrachtgever } }`;
    const ids = await reclassering.subgraph.database.dataSource.query<{ id: string }[]>(
      'SELECT id FROM advies WHERE justitiabele_id = $1',
      [PERSONS.D.id],
    );
    const id = ids[0]?.id;
    expect((await askTraced(RN_ADVIES, ADVIES, { id })).response.data).toEqual({ advies: { opdrachtgever: 'om' } });
    expect((await askTraced(OM, ADVIES, { id })).response.data).toEqual({ advies: { opdrachtgever: 'om' } });
    for (const caller of [SVG_TOEZICHT, DJI_VUGHT, AMSTERDAM, BURGEMEESTER_AMSTERDAM]) {
      const { response } = await askTraced(caller, ADVIES, { id });
      expect(response.data?.['advies']).toBeNull();
      expect(response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
    }
  });
});

describe("a toezichthouder's werkvoorraad", () => {
  const WERKVOORRAAD = /* GraphQL */ `
    query ($after: String) {
      werkvoorraad(first: 2, after: $after) {
        edges {
          node {
            id
            justitiabele {
              id
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `;
  type Page = {
    werkvoorraad: {
      edges: { node: { id: string; justitiabele: { id: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  async function allPages(caller: TokenClaims): Promise<string[]> {
    const persons: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const traced: { response: GraphQLResponse<Page> } = await askTraced<Page>(caller, WERKVOORRAAD, { after });
      const response: GraphQLResponse<Page> = traced.response;
      expect(response.errors).toBeUndefined();
      const connection: Page['werkvoorraad'] | undefined = response.data?.werkvoorraad;
      expect(connection?.edges.length).toBeLessThanOrEqual(2);
      persons.push(...(connection?.edges.map((edge) => edge.node.justitiabele.id) ?? []));
      if (!connection?.pageInfo.hasNextPage) return persons;
      after = connection.pageInfo.endCursor;
    }
    throw new Error('more pages than expected');
  }

  it.each([
    // Not E (ended), not the colleague's, not SVG's whose toezichthouder has the same user id.
    ['th-rn-1 of RN', RN_TOEZICHT, [PERSONS.A.id, PERSONS.B.id, '5000000011', '5000000012']],
    ['a colleague at RN', RN_COLLEGA, ['5000000013']],
    ['th-rn-1 of SVG', SVG_TOEZICHT, [PERSONS.C.id]],
    ['a toezichthouder with no toezicht', LJR_TOEZICHT, []],
  ] as const)('pages through the lopende toezichten of %s only, by begindatum', async (_case, caller, expected) => {
    expect(await allPages(caller)).toEqual(expected);
  });

  it.each([
    ['an adviseur', RN_ADVIES],
    ['a DJI casemanager', DJI_VUGHT],
    ['a nazorgcoördinator', AMSTERDAM],
    ['the officier van justitie', OM],
  ] as const)('is refused to %s, and the refusal is recorded', async (_case, caller) => {
    const { response, decisions, records } = await askTraced(caller, WERKVOORRAAD);
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['werkvoorraad'], 'ACCESS_DENIED'],
    ]);
    expect(decisions).toEqual([
      { resource: 'Query.werkvoorraad', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: null },
    ]);
    expect(records).toEqual([]);
  });
});

describe("changes to another organisation's records", () => {
  const stored = () =>
    reclassering.subgraph.database.dataSource.query<unknown[]>(
      `SELECT (SELECT json_agg(t ORDER BY t.id) FROM toezicht t) AS toezichten,
              (SELECT json_agg(v ORDER BY v.id) FROM bijzondere_voorwaarde v) AS voorwaarden,
              (SELECT count(*) FROM naleving) AS naleving,
              (SELECT count(*) FROM advies) AS adviezen,
              (SELECT count(*) FROM risicotaxatie) AS risicotaxaties`,
    );
  const WIJZIG = `mutation ($input: ToezichtWijzigingInput!) { wijzigToezicht(input: $input) { id } }`;
  const NALEVING = `mutation ($input: NalevingInput!) { registreerNaleving(input: $input) { id } }`;
  const LEG_OP = `mutation ($input: BijzondereVoorwaardeInput!) { legBijzondereVoorwaardeOp(input: $input) { id } }`;
  const TAXATIE = `mutation ($input: RisicotaxatieInput!) { registreerRisicotaxatie(input: $input) { id } }`;
  const ADVIES = `mutation ($input: AdviesInput!) { registreerAdvies(input: $input) { id } }`;
  const overdracht = (person: Person) => () => ({
    input: {
      toezichtId: toezichtIds[person],
      verwachteVersie: 2,
      toezichthouder: { naam: 'X. Overname', email: 'x@svg.example.nl' },
      toezichthouderGebruiker: 'th-svg-9',
      ketenpartners: [],
    },
  });
  const naleving = (person: Person) => () => ({
    input: { voorwaardeId: voorwaardeIds[person], datum: '2026-05-01', uitkomst: 'NAGELEEFD' },
  });
  const voorwaarde = (person: Person) => () => ({
    input: {
      toezichtId: toezichtIds[person],
      verwachteVersie: 2,
      type: 'MIDDELENVERBOD',
      omschrijving: 'Geen alcohol',
      begindatum: '2026-05-01',
    },
  });
  const taxatie = (person: Person) => () => ({
    input: {
      justitiabeleId: PERSONS[person].id,
      datum: '2026-09-01',
      instrument: 'RISc',
      recidiverisico: 'LAAG',
      gevaarrisico: 'LAAG',
    },
  });
  const advies = (organisatie: string) => () => ({
    input: {
      justitiabeleId: PERSONS.A.id,
      organisatie,
      opdrachtgever: 'om',
      datum: '2026-05-01',
      geadviseerdeVoorwaarden: [],
      zienswijzeBurgemeesterMeegewogen: false,
      slachtofferbelangenMeegewogen: false,
      slachtofferbelangenToelichting: 'Geen slachtoffer bekend',
    },
  });

  it.each([
    ['another organisation hands over its toezicht', SVG_TOEZICHT, WIJZIG, overdracht('A')],
    ['another organisation records a naleving', SVG_TOEZICHT, NALEVING, naleving('A')],
    ['another organisation adds a voorwaarde', LJR_TOEZICHT, LEG_OP, voorwaarde('A')],
    ['another organisation records a risicotaxatie', SVG_TOEZICHT, TAXATIE, taxatie('A')],
    ['the own organisation’s adviseur adds a voorwaarde', RN_ADVIES, LEG_OP, voorwaarde('A')],
    ['the own organisation’s privacy officer records a naleving', RN_PRIVACY_OFFICER, NALEVING, naleving('A')],
    ['a DJI ketenpartner records a naleving it may read', DJI_VUGHT, NALEVING, naleving('A')],
    ['a gemeente ketenpartner hands over the toezicht it may read', AMSTERDAM, WIJZIG, overdracht('A')],
    ['OM records a risicotaxatie it may read', OM, TAXATIE, taxatie('A')],
    ['an adviseur registers an advies for another organisation', RN_ADVIES, ADVIES, advies('reclassering:SVG')],
    ['the burgemeester registers an advies', BURGEMEESTER_AMSTERDAM, ADVIES, advies('reclassering:RN')],
  ] as const)('refuses it when %s, and writes nothing', async (_case, caller, mutation, variables) => {
    const before = await stored();
    const { response, decisions, records } = await askTraced(caller, mutation, variables());
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    expect(response.errors?.[0]?.message).toContain(caller.org);
    expect(decisions.map((decision) => [decision.decision, decision.data_subject_id])).toEqual([['DENY', null]]);
    expect(records).toEqual([]);
    expect(await stored()).toEqual(before);
  });
});

describe('the processing log', () => {
  it('records one processing per ground for a foreign reader, with the asking organisation and no user', async () => {
    const { records } = await askTraced(OM, PERSON_QUERY, {
      representations: [{ __typename: 'Justitiabele', id: PERSONS.A.id }],
    });
    expect(records).toEqual([
      {
        processing_activity_id: verwerkingsactiviteit('reclassering', R),
        data_subject_id: subjectOf('A'),
        foreign_operation_processor: 'om',
      },
      {
        processing_activity_id: verwerkingsactiviteit('reclassering', O),
        data_subject_id: subjectOf('A'),
        foreign_operation_processor: 'om',
      },
    ]);
    expect(JSON.stringify(records)).not.toContain(PERSONS.A.id);
  });

  it('logs a read of the person as such as each owner’s whose records granted it, and a refusal as the asker’s', async () => {
    const ownersOf = async (caller: TokenClaims, person: Person) => {
      const traceId = randomBytes(16).toString('hex');
      await postGraphQL(
        reclassering.url,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { id } } }`,
        { r: [{ __typename: 'Justitiabele', id: PERSONS[person].id }] },
        {
          authorization: `Bearer ${await reclassering.issuer.sign(caller)}`,
          traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
        },
      );
      return reclassering.subgraph.database.dataSource.query<
        { resource: string; policy: string; bronhouder: string }[]
      >(`SELECT resource, policy, bronhouder FROM access_decision WHERE trace_id = $1 ORDER BY resource, bronhouder`, [
        traceId,
      ]);
    };
    // C: RN advised and SVG supervises, both for OM; the officier's read is each owner's.
    expect(await ownersOf(OM, 'C')).toEqual([
      { resource: 'Justitiabele', policy: verwerkingsactiviteit('reclassering', O), bronhouder: 'reclassering:RN' },
      { resource: 'Justitiabele', policy: verwerkingsactiviteit('reclassering', O), bronhouder: 'reclassering:SVG' },
      { resource: 'Justitiabele.id', policy: verwerkingsactiviteit('reclassering', O), bronhouder: 'reclassering:RN' },
      { resource: 'Justitiabele.id', policy: verwerkingsactiviteit('reclassering', O), bronhouder: 'reclassering:SVG' },
    ]);
    // Only SVG's toezicht names Utrecht; only RN made F's risicotaxatie.
    expect((await ownersOf(UTRECHT, 'C')).map((row) => [row.policy, row.bronhouder])).toEqual([
      [verwerkingsactiviteit('reclassering', P), 'reclassering:SVG'],
      [verwerkingsactiviteit('reclassering', P), 'reclassering:SVG'],
    ]);
    expect((await ownersOf(DJI_VUGHT, 'F')).map((row) => [row.policy, row.bronhouder])).toEqual([
      [verwerkingsactiviteit('reclassering', R), 'reclassering:RN'],
      [verwerkingsactiviteit('reclassering', R), 'reclassering:RN'],
    ]);
    // A refusal of the person as such is the asking organisation's: its privacy officer answers for it.
    expect(await ownersOf(SVG_TOEZICHT, 'A')).toEqual([
      { resource: 'Justitiabele', policy: 'no-legal-ground', bronhouder: 'reclassering:SVG' },
    ]);
  });

  it('records the own organisation without a foreign processor', async () => {
    const { records } = await askTraced(RN_TOEZICHT, PERSON_QUERY, {
      representations: [{ __typename: 'Justitiabele', id: PERSONS.A.id }],
    });
    expect(records).toEqual([
      {
        processing_activity_id: verwerkingsactiviteit('reclassering', E),
        data_subject_id: subjectOf('A'),
        foreign_operation_processor: null,
      },
    ]);
  });

  it('is searchable by the privacy officer of the reclassering only', async () => {
    const VERWERKINGEN = `query ($filter: VerwerkingFilter!) { reclasseringVerwerkingen(filter: $filter, first: 50) { edges { node { betrokkene verwerkingsactiviteit } } } }`;
    const filter = { betrokkene: { soort: 'SKN', nummer: PERSONS.A.id } };
    const { response } = await askTraced(RN_PRIVACY_OFFICER, VERWERKINGEN, { filter });
    const edges = (response.data?.['reclasseringVerwerkingen'] as { edges: { node: { betrokkene: string } }[] }).edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((edge) => edge.node.betrokkene === subjectOf('A'))).toBe(true);
    const other = await askTraced(DJI_PRIVACY_OFFICER, VERWERKINGEN, { filter });
    expect(other.response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
  });
});

describe("OM's opdracht is a ground of its own, not the reclassering's own task", () => {
  const ADVIES = `query ($id: ID!) { advies(id: $id) { opdrachtgever geadviseerdeVoorwaarden { type } justitiabele { id } } }`;
  const OM_PRIVACY_OFFICER: TokenClaims = { org: 'om', role: 'privacy-officer', sub: 'po-om' };

  async function adviesVan(person: Person): Promise<string> {
    const [advies] = await reclassering.subgraph.database.dataSource.query<{ id: string }[]>(
      'SELECT id FROM advies WHERE justitiabele_id = $1',
      [PERSONS[person].id],
    );
    return advies?.id ?? '';
  }

  it("records the officier's read of an advies OM ordered under opdracht-om, in RN's part of the log, processed for om", async () => {
    const { response, decisions, traceId } = await askTraced(OM, ADVIES, { id: await adviesVan('D') });
    expect(response).toEqual({
      data: {
        advies: {
          opdrachtgever: 'om',
          geadviseerdeVoorwaarden: [{ type: 'CONTACTVERBOD' }],
          justitiabele: { id: PERSONS.D.id },
        },
      },
    });
    const records = await reclassering.subgraph.database.dataSource.query<
      { activity: string; bronhouder: string; processor: string }[]
    >(
      `SELECT DISTINCT processing_activity_id AS activity, bronhouder, foreign_operation_processor AS processor
         FROM processing_log_record WHERE trace_id = $1`,
      [traceId],
    );
    expect(records).toEqual([
      { activity: verwerkingsactiviteit('reclassering', O), bronhouder: 'reclassering:RN', processor: 'om' },
    ]);
    // Every decision of the read is OM's opdracht; none claims the reclassering's own task.
    expect([...new Set(decisions.map((decision) => decision.policy))]).toEqual([
      verwerkingsactiviteit('reclassering', O),
    ]);
  });

  it("records the officier's read of a melding made to OM and of the voorwaarde it breached under opdracht-om", async () => {
    const { response, decisions } = await askTraced(
      OM,
      `{ overtredingsmeldingen(first: 50) { edges { node { toelichting voorwaarde { contactMet } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response.data)).toContain('het slachtoffer');
    const resources = decisions.filter(
      (decision) =>
        decision.resource.startsWith('Overtredingsmelding') || decision.resource.startsWith('BijzondereVoorwaarde'),
    );
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.filter((decision) => decision.policy !== verwerkingsactiviteit('reclassering', O))).toEqual([]);
  });

  it.each([
    ['a gemeente nazorgcoördinator', AMSTERDAM],
    ['a DJI casemanager', DJI_VUGHT],
    ["OM's privacy officer, who is not the opdrachtgever", OM_PRIVACY_OFFICER],
  ] as const)('names OM’s opdracht beside the own task when refusing %s an advies', async (_who, caller) => {
    const { response, decisions } = await askTraced(caller, ADVIES, { id: await adviesVan('D') });
    expect(response.data).toEqual({ advies: null });
    expect(
      response.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['gronden'], error.message]),
    ).toEqual([
      [
        'ACCESS_DENIED',
        [E, O],
        `Access to Advies denied: ${label(caller)} has no legal ground for this person. It requires ${grondslagen.EIGEN_TAAK.omschrijving}; or ${grondslagen.OPDRACHT_OM.omschrijving}.`,
      ],
    ]);
    expect(decisions).toEqual([
      { resource: 'Advies', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: subjectOf('D') },
    ]);
  });

  it('names OM’s opdracht when refusing the list of meldingen made to OM', async () => {
    const { response } = await askTraced(DJI_VUGHT, `{ overtredingsmeldingen(first: 5) { edges { node { datum } } } }`);
    expect(response.errors?.map((error) => error.extensions?.['gronden'])).toEqual([[E, O]]);
  });

  it('does not name OM’s opdracht for a toezicht, which it does not open: the officier is refused the one OM ordered', async () => {
    const { response } = await askTraced(OM, `query ($id: ID!) { toezicht(id: $id) { begindatum } }`, {
      id: toezichtIds['A'],
    });
    expect(response.data).toEqual({ toezicht: null });
    expect(response.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['gronden']])).toEqual([
      ['ACCESS_DENIED', [E, P]],
    ]);
  });
});

describe('delict information never reaches nazorg (art. 18a Pbw opens only what the basisvoorwaarden need)', () => {
  const GEBIED = 'Straal van 500 meter rond de woning van het slachtoffer';
  const SLACHTOFFER = 'mevrouw J. de Vries en haar kinderen';
  const G = { id: '5000000007', toezichtId: '' };
  const VOORWAARDE_FIELDS = `id type omschrijving gebied contactMet meldfrequentie instelling begindatum naleving { uitkomst toelichting }`;

  beforeAll(async () => {
    G.toezichtId = await startToezicht(G.id, {
      ...PERSONS.A.toezicht,
      toezichthouder: 'Gerda Goossens',
      begindatum: '2026-04-01',
    });
    const voorwaarden = [
      { type: 'LOCATIEVERBOD', omschrijving: 'Komt niet bij het slachtoffer', gebied: GEBIED },
      { type: 'CONTACTVERBOD', omschrijving: 'Geen contact met de slachtoffers', contactMet: SLACHTOFFER },
      { type: 'MELDPLICHT', omschrijving: 'Meldt zich na het zedendelict wekelijks', meldfrequentie: 'wekelijks' },
      { type: 'BEHANDELING', omschrijving: 'Behandeling van het zedendelict', instelling: 'De Waag' },
    ];
    const seen: string[] = [];
    for (const [index, voorwaarde] of voorwaarden.entries()) {
      const added = await must<{ legBijzondereVoorwaardeOp: { bijzondereVoorwaarden: { id: string }[] } }>(
        RN_TOEZICHT,
        `mutation ($input: BijzondereVoorwaardeInput!) { legBijzondereVoorwaardeOp(input: $input) { bijzondereVoorwaarden { id } } }`,
        { input: { toezichtId: G.toezichtId, verwachteVersie: index + 1, begindatum: '2026-04-01', ...voorwaarde } },
      );
      const ids = added.legBijzondereVoorwaardeOp.bijzondereVoorwaarden.map((candidate) => candidate.id);
      const id = ids.find((candidate) => !seen.includes(candidate)) ?? '';
      seen.push(id);
      await must(RN_TOEZICHT, `mutation ($input: NalevingInput!) { registreerNaleving(input: $input) { id } }`, {
        input: { voorwaardeId: id, datum: '2026-05-01', uitkomst: 'OVERTREDEN', toelichting: 'Gezien bij de school' },
      });
    }
  });

  const paths = {
    'the toezicht by id': [
      `query ($id: ID!) { toezicht(id: $id) { bijzondereVoorwaarden { ${VOORWAARDE_FIELDS} } } }`,
      () => ({ id: G.toezichtId }),
      (data: Record<string, unknown>) =>
        (data['toezicht'] as { bijzondereVoorwaarden: unknown[] }).bijzondereVoorwaarden,
    ],
    'the person by _entities': [
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { toezichten { bijzondereVoorwaarden { ${VOORWAARDE_FIELDS} } } overtredingsmeldingen { toelichting voorwaarde { ${VOORWAARDE_FIELDS} } } } } }`,
      () => ({ r: [{ __typename: 'Justitiabele', id: G.id }] }),
      (data: Record<string, unknown>) =>
        (data['_entities'] as { toezichten: { bijzondereVoorwaarden: unknown[] }[] }[])[0]?.toezichten[0]
          ?.bijzondereVoorwaarden,
    ],
  } as const;

  it.each([
    ['a gemeente nazorgcoördinator', AMSTERDAM, 'the toezicht by id'],
    ['a gemeente nazorgcoördinator', AMSTERDAM, 'the person by _entities'],
    ['a DJI casemanager', DJI_VUGHT, 'the toezicht by id'],
    ['a DJI casemanager', DJI_VUGHT, 'the person by _entities'],
  ] as const)(
    '%s reading %s sees only the kind and period of the meldplicht and behandeling',
    async (_who, caller, path) => {
      const [document, variables, voorwaardenOf] = paths[path];
      const { response, decisions } = await askTraced(caller, document, variables());
      const voorwaarden = voorwaardenOf(response.data ?? {});
      // Both began the same day: their order is their id's.
      expect(voorwaarden).toHaveLength(2);
      expect(voorwaarden).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'MELDPLICHT', meldfrequentie: 'wekelijks', begindatum: '2026-04-01' }),
          expect.objectContaining({ type: 'BEHANDELING', instelling: null, begindatum: '2026-04-01' }),
        ]),
      );
      for (const voorwaarde of voorwaarden as Record<string, unknown>[]) {
        expect([
          voorwaarde['omschrijving'],
          voorwaarde['gebied'],
          voorwaarde['contactMet'],
          voorwaarde['naleving'],
        ]).toEqual([null, null, null, null]);
      }
      const answer = JSON.stringify(response.data);
      for (const secret of [
        GEBIED,
        SLACHTOFFER,
        'zedendelict',
        'De Waag',
        'Gezien bij de school',
        'LOCATIEVERBOD',
        'CONTACTVERBOD',
      ]) {
        expect(answer).not.toContain(secret);
      }
      expect(decisions).toContainEqual({
        resource: 'BijzondereVoorwaarde.gebied',
        decision: 'DENY',
        policy: 'no-legal-ground',
        data_subject_id: expect.any(String),
      });
    },
  );

  it('gives the own organisation and the officier who ordered the toezicht every voorwaarde in full', async () => {
    for (const caller of [RN_TOEZICHT, OM]) {
      const { response } = await askTraced(
        caller,
        paths['the person by _entities'][0],
        paths['the person by _entities'][1](),
      );
      const answer = JSON.stringify(response.data);
      expect([caller.org, answer]).toEqual([caller.org, expect.stringContaining(GEBIED)]);
      expect(answer).toContain(SLACHTOFFER);
    }
  });

  it.each([
    ['a gemeente nazorgcoördinator', AMSTERDAM],
    ['a DJI casemanager', DJI_VUGHT],
    ['the burgemeester', BURGEMEESTER_AMSTERDAM],
  ] as const)('refuses %s the list of meldingen to OM, and records it', async (_who, caller) => {
    const { response, decisions } = await askTraced(
      caller,
      `{ overtredingsmeldingen(first: 50) { edges { node { toelichting voorwaarde { gebied } } } } }`,
    );
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    expect(decisions).toEqual([
      { resource: 'Query.overtredingsmeldingen', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: null },
    ]);
  });
});

describe('the officier van justitie receives the meldingen of overtredingen made to OM', () => {
  const MELDINGEN = /* GraphQL */ `
    query ($after: String) {
      overtredingsmeldingen(first: 2, after: $after) {
        edges {
          node {
            organisatie
            datum
            status
            toelichting
            toezichthouder {
              naam
            }
            voorwaarde {
              type
            }
            justitiabele {
              id
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `;
  type Page = {
    overtredingsmeldingen: {
      edges: { node: { toelichting: string; justitiabele: { id: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  it('pages through every melding made to OM, with what happened and whom to ask', async () => {
    const expected = await reclassering.subgraph.database.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM overtredingsmelding WHERE gemeld_aan = 'om'`,
    );
    const nodes: Page['overtredingsmeldingen']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const { response }: { response: GraphQLResponse<Page> } = await askTraced<Page>(OM, MELDINGEN, { after });
      expect(response.errors).toBeUndefined();
      const connection: Page['overtredingsmeldingen'] | undefined = response.data?.overtredingsmeldingen;
      nodes.push(...(connection?.edges.map((edge) => edge.node) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(nodes).toHaveLength(Number(expected[0]?.n));
    expect(nodes).toContainEqual({
      organisatie: 'reclassering:RN',
      datum: '2026-03-15',
      status: 'TE_VERZENDEN',
      toelichting: 'Contact gezocht via sociale media',
      toezichthouder: { naam: 'Anna Aalbers' },
      voorwaarde: { type: 'CONTACTVERBOD' },
      justitiabele: { id: PERSONS.A.id },
    });
  });

  it.each([
    ['the officier', OM, [{ toelichting: 'Contact gezocht via sociale media' }]],
    ['the own organisation', RN_TOEZICHT, [{ toelichting: 'Contact gezocht via sociale media' }]],
    ['another reclassering organisation', SVG_TOEZICHT, null],
    ['a gemeente nazorgcoördinator', AMSTERDAM, null],
    ['the burgemeester', BURGEMEESTER_AMSTERDAM, null],
    ['a DJI casemanager', DJI_VUGHT, null],
  ] as const)("gives %s the person's meldingen as the rules allow", async (_who, caller, expected) => {
    const { response } = await askTraced(
      caller,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { overtredingsmeldingen { toelichting } } } }`,
      { r: [{ __typename: 'Justitiabele', id: PERSONS.A.id }] },
    );
    const entity = (response.data?.['_entities'] as ({ overtredingsmeldingen: unknown } | null)[] | undefined)?.[0];
    expect(entity?.overtredingsmeldingen ?? null).toEqual(expected);
    if (!expected) {
      expect(response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
      expect(JSON.stringify(response.data)).not.toContain('sociale media');
    }
  });
});
