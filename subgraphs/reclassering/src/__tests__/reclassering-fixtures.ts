import type { PartySubgraph, TokenClaims } from '@ketengraaf/subgraph-kit';
import { startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { reclasseringParty } from '../index';

/** A toezichthouder of Reclassering Nederland: the default caller. */
export const RN_TOEZICHT: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' };
export const RN_COLLEGA: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-2' };
export const RN_ADVIES: TokenClaims = { org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn-1' };
export const RN_PRIVACY_OFFICER: TokenClaims = { org: 'reclassering:RN', role: 'privacy-officer', sub: 'po-rn' };
/** A toezichthouder of another organisation who happens to have the same user id as RN's th-rn-1. */
export const SVG_TOEZICHT: TokenClaims = { org: 'reclassering:SVG', role: 'toezichthouder', sub: 'th-rn-1' };
export const LJR_TOEZICHT: TokenClaims = { org: 'reclassering:LJ&R', role: 'toezichthouder', sub: 'th-ljr-1' };
export const DJI_VUGHT: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' };
/** The DJI location C's toezicht names, and A's does not: each inrichting takes part as itself. */
export const DJI_ALMELO: TokenClaims = { org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'cm-almelo' };
export const DJI_PRIVACY_OFFICER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'po-dji' };
export const AMSTERDAM: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' };
export const ROTTERDAM: TokenClaims = { org: 'gemeente:0599', role: 'nazorgcoordinator', sub: 'nc-0599' };
export const UTRECHT: TokenClaims = { org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-0344' };
export const AMSTERDAM_PRIVACY_OFFICER: TokenClaims = {
  org: 'gemeente:0363',
  role: 'privacy-officer',
  sub: 'po-0363',
};
export const OM: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };
export const OM_PRIVACY_OFFICER: TokenClaims = { org: 'om', role: 'privacy-officer', sub: 'po-om' };
export const BURGEMEESTER_AMSTERDAM: TokenClaims = { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' };
export const BURGEMEESTER_ROTTERDAM: TokenClaims = { org: 'burgemeester:0599', role: 'oov-adviseur', sub: 'oov-0599' };
export const BURGEMEESTER_UTRECHT: TokenClaims = { org: 'burgemeester:0344', role: 'oov-adviseur', sub: 'oov-0344' };
export const BURGEMEESTER_PRIVACY_OFFICER: TokenClaims = {
  org: 'burgemeester:0363',
  role: 'privacy-officer',
  sub: 'po-b',
};
export const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-1' };
export const ZVH: TokenClaims = { org: 'zvh:amsterdam-amstelland', role: 'procesregisseur', sub: 'zvh-1' };

export type ReclasseringTestSubgraph = TestSubgraph<PartySubgraph>;

/** The reclassering subgraph over a fresh database of its own; RN's th-rn-1 asks unless another caller is named. */
export function startReclassering(name: string): Promise<ReclasseringTestSubgraph> {
  return startTestSubgraph(name, reclasseringParty.create, RN_TOEZICHT);
}

/** How many rows a table holds (`table` may carry a WHERE clause), to show what a change wrote. */
export async function countRows(reclassering: ReclasseringTestSubgraph, table: string): Promise<number> {
  const [row] = await reclassering.subgraph.database.dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM ${table}`,
  );
  return row?.n ?? 0;
}

/** Every row of a table as stored, to show that a refused change wrote nothing. */
export function storedRows(reclassering: ReclasseringTestSubgraph, table: string): Promise<unknown[]> {
  return reclassering.subgraph.database.dataSource.query<unknown[]>(
    `SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY t.id`,
  );
}

/** Asks as `caller` and returns the data, failing on any error: for setting up what a test reads. */
export async function must<T>(
  reclassering: ReclasseringTestSubgraph,
  caller: TokenClaims,
  document: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await reclassering.ask<T>(document, variables, caller);
  if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

/** One well-formed uuid that names nothing, and one identifier that is no uuid at all. */
export const UNKNOWN_IDS = ['00000000-0000-4000-8000-000000000000', 'not-a-uuid'];

export const ADVIES = /* GraphQL */ `
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

/** An advies of RN for person 4000000001, with two geadviseerde voorwaarden. */
export function advies(overrides: Record<string, unknown> = {}): Record<string, unknown> {
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

export const START = /* GraphQL */ `
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
export const WIJZIG = /* GraphQL */ `
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
export const BEEINDIG = /* GraphQL */ `
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
export const LEG_OP = /* GraphQL */ `
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
export const NALEVING = /* GraphQL */ `
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

/** A toezicht of RN on person 4000000001, with th-rn-1 as toezichthouder. */
export function toezicht(overrides: Record<string, unknown> = {}): Record<string, unknown> {
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

/** Starts `toezicht(overrides)` as `caller`, and returns its id. */
export async function startToezicht(
  reclassering: ReclasseringTestSubgraph,
  overrides: Record<string, unknown> = {},
  caller = RN_TOEZICHT,
): Promise<string> {
  const data = await must<{ startToezicht: { id: string } }>(reclassering, caller, START, {
    input: toezicht(overrides),
  });
  return data.startToezicht.id;
}
