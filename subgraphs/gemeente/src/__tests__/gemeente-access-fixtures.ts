import { grondslagen, pseudonym } from '@ketengraaf/subgraph-kit';
import type { Grondslag, TokenClaims } from '@ketengraaf/subgraph-kit';
import { expectRecorded } from '@ketengraaf/subgraph-kit/testing';
import type { ExpectedDecision } from '@ketengraaf/subgraph-kit/testing';

import { asGemeente, ROTTERDAM, startGemeente } from './gemeente-fixtures';
import type { GemeenteSubgraph } from './gemeente-fixtures';

export { AMSTERDAM, ROTTERDAM } from './gemeente-fixtures';

export const ROTTERDAM_PRIVACY_OFFICER: TokenClaims = { org: 'gemeente:0599', role: 'privacy-officer', sub: 'po-0599' };
/** The DJI locations that notified dossiers A1 and D1, and one that notified none: each is an organisation of its own. */
export const DJI_VUGHT: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' };
export const DJI_HVB_ROTTERDAM: TokenClaims = {
  org: 'dji:HVB-ROTTERDAM',
  role: 'casemanager',
  sub: 'cm-hvb-rotterdam',
};
export const DJI_ALMELO: TokenClaims = { org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'cm-almelo' };
export const DJI_PRIVACY_OFFICER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' };
export const RN_TOEZICHT: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn' };
export const RN_ADVIES: TokenClaims = { org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn' };
export const SVG_TOEZICHT: TokenClaims = { org: 'reclassering:SVG', role: 'toezichthouder', sub: 'th-svg' };
/** Named in the dossier as "zorg- en veiligheidshuis Rotterdam Rijnmond": same name, other case and spacing. */
export const ZVH_RIJNMOND: TokenClaims = { org: 'zvh:rotterdam-rijnmond', role: 'procesregisseur', sub: 'pr-rijnmond' };
export const ZVH_AMSTERDAM: TokenClaims = {
  org: 'zvh:amsterdam-amstelland',
  role: 'procesregisseur',
  sub: 'pr-amsterdam',
};
export const BURGEMEESTER: TokenClaims = { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' };
export const OM: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };
export const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-1' };

/** The people: A, B only in Rotterdam; C only in Amsterdam; D in both. */
export const PERSONS = { A: '111222333', B: '111222345', C: '111222357', D: '111222369' } as const;
export type Person = keyof typeof PERSONS;

/** The dossiers, each with who keeps it, who notified it and which ZVH (if any) it names. */
export const DOSSIERS = {
  A1: {
    person: 'A',
    gemeentecode: '0599',
    rol: 'ONTVANGENDE_GEMEENTE',
    herkomstgemeente: null,
    ontvangendeGemeente: null,
    aangemeldDoor: 'dji:PI-VUGHT',
    procesregie: 'ZORG_EN_VEILIGHEIDSHUIS',
    zvhBetrokken: true,
    zvhNaam: 'zorg- en veiligheidshuis Rotterdam Rijnmond',
    coordinator: 'Anna Aalders',
    geopendOp: '2026-03-01',
  },
  B1: {
    person: 'B',
    gemeentecode: '0599',
    rol: 'ONTVANGENDE_GEMEENTE',
    herkomstgemeente: null,
    ontvangendeGemeente: null,
    aangemeldDoor: 'reclassering:RN',
    procesregie: 'GEMEENTE',
    zvhBetrokken: false,
    zvhNaam: null,
    coordinator: 'Bram Bosman',
    geopendOp: '2026-03-02',
  },
  C1: {
    person: 'C',
    gemeentecode: '0363',
    rol: 'ONTVANGENDE_GEMEENTE',
    herkomstgemeente: null,
    ontvangendeGemeente: null,
    aangemeldDoor: 'dji:PI-ZAANSTAD',
    procesregie: 'GEMEENTE',
    zvhBetrokken: true,
    zvhNaam: 'Zorg- en Veiligheidshuis Amsterdam-Amstelland',
    coordinator: 'Cor Claassen',
    geopendOp: '2026-03-03',
  },
  D1: {
    person: 'D',
    gemeentecode: '0599',
    rol: 'ONTVANGENDE_GEMEENTE',
    herkomstgemeente: '0363',
    ontvangendeGemeente: null,
    aangemeldDoor: 'dji:HVB-ROTTERDAM',
    procesregie: 'GEMEENTE',
    zvhBetrokken: false,
    zvhNaam: null,
    coordinator: 'Dirk Dekker',
    geopendOp: '2026-03-04',
  },
  D2: {
    person: 'D',
    gemeentecode: '0363',
    rol: 'HERKOMSTGEMEENTE',
    herkomstgemeente: null,
    ontvangendeGemeente: '0599',
    aangemeldDoor: 'reclassering:RN',
    procesregie: 'GEMEENTE',
    zvhBetrokken: false,
    zvhNaam: null,
    coordinator: 'Daan Drost',
    geopendOp: '2026-03-05',
  },
} as const;
export type Dossier = keyof typeof DOSSIERS;
export const DOSSIER_KEYS = Object.keys(DOSSIERS) as Dossier[];

/** The grounds of this subgraph, and the processing activity each one's reads are logged under. */
export const ACTIVITY = {
  EIGEN_TAAK: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/eigen-taak',
  ART_18A_PBW: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/art-18a-pbw',
  WGS: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/wgs',
  SOCIAAL_DOMEIN: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/sociaal-domein',
} as const satisfies Partial<Record<Grondslag, string>>;
export type Ground = keyof typeof ACTIVITY;
export const GROUNDS = Object.keys(ACTIVITY) as Ground[];
export const E: Ground = 'EIGEN_TAAK';
export const P: Ground = 'ART_18A_PBW';
export const W: Ground = 'WGS';

/** The gemeente subgraph with the dossiers above opened, each by its own gemeente, and their ids. */
export interface DossierWorld {
  readonly gemeente: GemeenteSubgraph;
  readonly ids: Record<Dossier, string>;
}

export async function startWithDossiers(name: string): Promise<DossierWorld> {
  const gemeente = await startGemeente(name, ROTTERDAM);
  const ids = {} as Record<Dossier, string>;
  for (const key of DOSSIER_KEYS) {
    const { person, coordinator, ...input } = DOSSIERS[key];
    const response = await gemeente.ask<{ openNazorgdossier: { id: string } }>(
      `mutation ($input: NazorgdossierInput!) { openNazorgdossier(input: $input) { id } }`,
      {
        input: {
          ...input,
          bsn: PERSONS[person],
          nazorgcoordinator: { naam: coordinator, email: `${key.toLowerCase()}@gemeente.example.nl` },
        },
      },
      asGemeente(input.gemeentecode),
    );
    const id = response.data?.openNazorgdossier.id;
    if (!id) throw new Error(JSON.stringify(response.errors));
    ids[key] = id;
  }
  return { gemeente, ids };
}

export interface DecisionRow {
  resource: string;
  decision: string;
  policy: string;
  data_subject_id: string;
  data_subject_id_type: string;
  requested_grounds: string[];
}

export interface RecordRow {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  name: string;
  status_code: string;
  processing_activity_id: string;
  data_subject_id: string;
  data_subject_id_type: string;
  foreign_operation_processor: string | null;
}

export interface AuditRow {
  trace_id: string;
  span_id: string;
  user_id: string;
  organisation: string;
  role: string;
}

export const query = <T>(gemeente: GemeenteSubgraph, sql: string, parameters: unknown[] = []): Promise<T[]> =>
  gemeente.subgraph.database.dataSource.query<T[]>(sql, parameters);

/** What the processing log holds for one trace. */
export async function logOf(gemeente: GemeenteSubgraph, traceId: string) {
  return {
    decisions: await query<DecisionRow>(
      gemeente,
      `SELECT resource, decision, policy, data_subject_id, data_subject_id_type, requested_grounds
         FROM access_decision WHERE trace_id = $1 ORDER BY resource, decision, policy`,
      [traceId],
    ),
    records: await query<RecordRow>(
      gemeente,
      `SELECT trace_id, span_id, parent_span_id, name, status_code, processing_activity_id, data_subject_id,
              data_subject_id_type, foreign_operation_processor
         FROM processing_log_record WHERE trace_id = $1 ORDER BY processing_activity_id, data_subject_id`,
      [traceId],
    ),
    audit: await query<AuditRow>(
      gemeente,
      'SELECT trace_id, span_id, user_id, organisation, role FROM processing_audit_record WHERE trace_id = $1',
      [traceId],
    ),
  };
}

/** The person's pseudonym in this subgraph's processing log. */
export const subjectOf = (gemeente: GemeenteSubgraph, person: Person): string =>
  pseudonym(gemeente.pseudonymKey, { soort: 'BSN', nummer: PERSONS[person] });

export const label = (caller: TokenClaims): string => `${caller.org} (${caller.role})`;

/**
 * The denial's message: the resource, who asked, what was refused (one person's object, or a query
 * about no one person) and every ground that would have opened it.
 */
export function denialMessage(
  resource: string,
  caller: TokenClaims,
  gronden: readonly Ground[],
  refused: 'this person' | 'this query' = 'this person',
): string {
  const names = gronden.map((grond) => grondslagen[grond].omschrijving).join('; or ');
  return `Access to ${resource} denied: ${label(caller)} has no legal ground for ${refused}. It requires ${names}.`;
}

/**
 * The access decisions recorded under `traceId` are exactly `expected`, each once, and every one
 * of them is about `person`.
 */
export async function expectRecordedAbout(
  gemeente: GemeenteSubgraph,
  traceId: string,
  person: Person,
  expected: readonly ExpectedDecision[],
): Promise<void> {
  await expectRecorded(gemeente.subgraph.database.dataSource, 'gemeente', traceId, expected);
  const { decisions } = await logOf(gemeente, traceId);
  expect(decisions.map((decision) => decision.data_subject_id)).toEqual(
    expected.map(() => subjectOf(gemeente, person)),
  );
}

export const deny = (gemeente: GemeenteSubgraph, resource: string, person: Person) => ({
  resource,
  decision: 'DENY',
  policy: 'no-legal-ground',
  data_subject_id: subjectOf(gemeente, person),
});

/** The decisions without their pseudonym type and requested grounds, in a stable order. */
export const decisionsOf = (rows: DecisionRow[]) =>
  rows
    .map(({ resource, decision, policy, data_subject_id }) => ({ resource, decision, policy, data_subject_id }))
    .sort((a, b) => a.resource.localeCompare(b.resource) || a.decision.localeCompare(b.decision));

/** Every field of a dossier, each of which the access decisions name. */
export const DOSSIER_FIELDS = [
  'id',
  'gemeentecode',
  'rol',
  'herkomstgemeente',
  'ontvangendeGemeente',
  'aangemeldDoor',
  'nazorgcoordinator',
  'procesregie',
  'zvhBetrokken',
  'zvhNaam',
  'status',
  'geopendOp',
  'geslotenOp',
  'versie',
  'basisvoorwaarden',
  'justitiabele',
] as const;

/** One dossier by id: every field of it, and the person behind it. */
export const DOSSIER_QUERY = /* GraphQL */ `
  query Dossier($id: ID!) {
    nazorgdossier(id: $id) {
      id
      gemeentecode
      rol
      herkomstgemeente
      ontvangendeGemeente
      aangemeldDoor
      nazorgcoordinator {
        naam
        email
      }
      procesregie
      zvhBetrokken
      zvhNaam
      status
      geopendOp
      geslotenOp
      versie
      basisvoorwaarden {
        onderdak {
          type
        }
        zorg {
          zorgverzekering
        }
      }
      justitiabele {
        bsn
      }
    }
  }
`;

/** One person by reference, as the gateway asks: Justitiabele.bsn and Justitiabele.nazorgdossiers. */
export const PERSON_QUERY = /* GraphQL */ `
  query Person($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        bsn
        nazorgdossiers {
          id
          gemeentecode
          aangemeldDoor
        }
      }
    }
  }
`;
