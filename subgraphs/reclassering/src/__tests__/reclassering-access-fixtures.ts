import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { pseudonym } from '@ketengraaf/subgraph-kit';
import { recordedDecisions } from '@ketengraaf/subgraph-kit/testing';
import type { RecordedDecision } from '@ketengraaf/subgraph-kit/testing';

import { must, RN_ADVIES, RN_TOEZICHT, startReclassering, SVG_TOEZICHT } from './reclassering-fixtures';
import type { ReclasseringTestSubgraph } from './reclassering-fixtures';

export interface ToezichtSetup {
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

export interface PersonSetup {
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
export const PERSONS = {
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
export type Person = keyof typeof PERSONS;

/** Extra lopende toezichten of RN, for the werkvoorraad: two more of th-rn-1, one of a colleague. */
export const WERKVOORRAAD_EXTRA = [
  { id: '5000000011', gebruiker: 'th-rn-1', begindatum: '2026-03-01' },
  { id: '5000000012', gebruiker: 'th-rn-1', begindatum: '2026-03-02' },
  { id: '5000000013', gebruiker: 'th-rn-2', begindatum: '2026-03-03' },
] as const;

/** A subgraph holding the people above, as their organisations recorded them through the API. */
export interface AccessWorld {
  readonly reclassering: ReclasseringTestSubgraph;
  /** Each person's toezicht, by letter, and each extra werkvoorraad toezicht, by person id. */
  readonly toezichtIds: Readonly<Record<string, string>>;
  /** The one voorwaarde of each person's toezicht, by letter. */
  readonly voorwaardeIds: Readonly<Record<string, string>>;
}

/** Starts the reclassering subgraph over a fresh database named after `name`, and records the people in it. */
export async function startAccessWorld(name: string): Promise<AccessWorld> {
  const reclassering = await startReclassering(name);
  const toezichtIds: Record<string, string> = {};
  const voorwaardeIds: Record<string, string> = {};
  for (const key of Object.keys(PERSONS) as Person[]) {
    const person: PersonSetup = PERSONS[key];
    if (person.advies) {
      await must(
        reclassering,
        person.advies,
        `mutation ($input: AdviesInput!) { registreerAdvies(input: $input) { id } }`,
        {
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
        },
      );
    }
    const { toezicht } = person;
    if (toezicht) {
      const toezichtId = await startSetupToezicht(reclassering, person.id, toezicht);
      toezichtIds[key] = toezichtId;
      const added = await must<{ legBijzondereVoorwaardeOp: { bijzondereVoorwaarden: { id: string }[] } }>(
        reclassering,
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
      await must(
        reclassering,
        toezicht.starter,
        `mutation ($input: NalevingInput!) { registreerNaleving(input: $input) { id } }`,
        {
          input: {
            voorwaardeId: voorwaardeIds[key],
            datum: '2026-03-15',
            uitkomst: toezicht.naleving,
            toelichting: toezicht.naleving === 'OVERTREDEN' ? 'Contact gezocht via sociale media' : null,
          },
        },
      );
      if ('einddatum' in toezicht) {
        await must(
          reclassering,
          toezicht.starter,
          `mutation ($input: BeeindigingInput!) { beeindigToezicht(input: $input) { id } }`,
          { input: { toezichtId, verwachteVersie: 2, einddatum: toezicht.einddatum } },
        );
      }
    }
    for (const [index, [recidiverisico, gevaarrisico]] of (person.risico?.niveaus ?? []).entries()) {
      await must(
        reclassering,
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
    toezichtIds[extra.id] = await startSetupToezicht(reclassering, extra.id, {
      ...PERSONS.B.toezicht,
      gebruiker: extra.gebruiker,
      begindatum: extra.begindatum,
    });
  }
  return { reclassering, toezichtIds, voorwaardeIds };
}

/** Starts a toezicht as `setup.starter` describes it, on the person `id`; returns its id. */
export async function startSetupToezicht(
  reclassering: ReclasseringTestSubgraph,
  id: string,
  setup: ToezichtSetup,
): Promise<string> {
  const data = await must<{ startToezicht: { id: string } }>(
    reclassering,
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

/** The access decisions recorded under a trace, each once. */
export function decisionsOf({ reclassering }: AccessWorld, traceId: string): Promise<RecordedDecision[]> {
  // Distinct: a read of the person as such is recorded once per owner whose records granted it.
  return recordedDecisions(reclassering.subgraph.database.dataSource, traceId, { distinct: true });
}

export interface ProcessingRow {
  processing_activity_id: string;
  data_subject_id: string;
  foreign_operation_processor: string | null;
}

/** The processing log records written under a trace, by activity. */
export function processingOf({ reclassering }: AccessWorld, traceId: string): Promise<ProcessingRow[]> {
  return reclassering.subgraph.database.dataSource.query<ProcessingRow[]>(
    `SELECT processing_activity_id, data_subject_id, foreign_operation_processor
       FROM processing_log_record WHERE trace_id = $1 ORDER BY processing_activity_id`,
    [traceId],
  );
}

/** The pseudonym under which the processing log names the person. */
export const subjectOf = ({ reclassering }: AccessWorld, person: Person): string =>
  pseudonym(reclassering.pseudonymKey, { soort: 'SKN', nummer: PERSONS[person].id });

/** How a refusal names the caller. */
export const label = (caller: TokenClaims): string => `${caller.org} (${caller.role})`;

/** The variables of `PERSON_QUERY` (or any `_entities` query) naming one person. */
export const representationOf = (person: Person) => ({
  representations: [{ __typename: 'Justitiabele', id: PERSONS[person].id }],
});

/** One person by reference, as the gateway asks: every kind of field the reclassering owns. */
export const PERSON_QUERY = /* GraphQL */ `
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
