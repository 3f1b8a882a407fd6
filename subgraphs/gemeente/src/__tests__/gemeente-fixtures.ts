import type { PartySubgraph, TokenClaims } from '@ketengraaf/subgraph-kit';
import { startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { gemeenteParty } from '../index';

/** A nazorgcoördinator of gemeente `code`: the one who may read and change that gemeente's own dossiers. */
export function asGemeente(code: string): TokenClaims {
  return { org: `gemeente:${code}`, role: 'nazorgcoordinator', sub: `nc-${code}` };
}

export const AMSTERDAM = asGemeente('0363');
export const ROTTERDAM = asGemeente('0599');
export const UTRECHT = asGemeente('0344');

export type GemeenteSubgraph = TestSubgraph<PartySubgraph>;

/** The gemeente subgraph over a fresh database of its own, asked as `defaultCaller` unless told otherwise. */
export function startGemeente(name: string, defaultCaller: TokenClaims = AMSTERDAM): Promise<GemeenteSubgraph> {
  return startTestSubgraph(name, gemeenteParty.create, defaultCaller);
}

export interface DossierAnswer {
  id: string;
  versie: number;
  status: string;
}

/** The status of every basisvoorwaarde of a dossier, as the mutations answer it. */
const BASISVOORWAARDEN = /* GraphQL */ `
  fragment Basisvoorwaarden on Nazorgdossier {
    basisvoorwaarden {
      identiteitsbewijs {
        aangevraagdOp
        gereedOp
      }
      onderdak {
        type
        per
      }
      inkomen {
        uitkeringAangevraagdOp
        uitkeringToegekendOp
        werk
        bankrekening
      }
      schulden {
        schuldhulpGestartOp
      }
      zorg {
        zorgverzekering
        indicatie
      }
    }
  }
`;

export const OPEN = /* GraphQL */ `
  mutation ($input: NazorgdossierInput!) {
    openNazorgdossier(input: $input) {
      id
      versie
      status
      gemeentecode
      rol
      herkomstgemeente
      ontvangendeGemeente
      aangemeldDoor
      geopendOp
      nazorgcoordinator {
        naam
        email
        telefoon
      }
      justitiabele {
        bsn
      }
      ...Basisvoorwaarden
    }
  }
  ${BASISVOORWAARDEN}
`;

export const BIJWERKEN = /* GraphQL */ `
  mutation ($input: BasisvoorwaardenInput!) {
    werkBasisvoorwaardenBij(input: $input) {
      versie
      ...Basisvoorwaarden
    }
  }
  ${BASISVOORWAARDEN}
`;

export const SLUITEN = /* GraphQL */ `
  mutation ($input: SluitingInput!) {
    sluitNazorgdossier(input: $input) {
      id
      versie
      status
      geslotenOp
    }
  }
`;

/** Amsterdam's dossier on one person, notified by PI Zaanstad, unless `overrides` say otherwise. */
export function nazorgdossier(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    gemeentecode: '0363',
    bsn: '111222308',
    rol: 'ONTVANGENDE_GEMEENTE',
    herkomstgemeente: '0479',
    aangemeldDoor: 'dji:PI-ZAANSTAD',
    nazorgcoordinator: { naam: 'N. Coordinator', email: 'n.coordinator@amsterdam.example.nl' },
    procesregie: 'GEMEENTE',
    zvhBetrokken: false,
    geopendOp: '2026-03-01',
    ...overrides,
  };
}

/** Opens a dossier as the nazorgcoördinator of the gemeente that keeps it. */
export async function openDossier(
  gemeente: GemeenteSubgraph,
  overrides: Record<string, unknown> = {},
): Promise<DossierAnswer> {
  const input = nazorgdossier(overrides);
  const response = await gemeente.ask<{ openNazorgdossier: DossierAnswer }>(
    OPEN,
    { input },
    asGemeente(String(input['gemeentecode'])),
  );
  expect(response.errors).toBeUndefined();
  if (!response.data) {
    throw new Error('no dossier opened');
  }
  return response.data.openNazorgdossier;
}

export async function countRows(gemeente: GemeenteSubgraph, table: string): Promise<number> {
  const [row] = await gemeente.subgraph.database.dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM ${table}`,
  );
  return row?.n ?? 0;
}

/** True for a statement that reads; the processing log's writes and their transaction are not reads. */
export const isSelect = (sql: string): boolean => /^\s*SELECT\b/i.test(sql);

/**
 * The processing log's writes for a request deciding on fields no earlier one did: their numbers
 * (and the kinds') looked up in one statement, then all its rows in one, without a transaction; a
 * request deciding only on fields decided before sends the second alone.
 */
export const LOG_WRITES = ['WITH wanted_recordKind', 'WITH audit AS'];

/** Runs `work` and returns the SQL statements the subgraph sent meanwhile. */
export async function statementsDuring(gemeente: GemeenteSubgraph, work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const stop = gemeente.subgraph.database.statements.listen((sql) => statements.push(sql));
  try {
    await work();
  } finally {
    stop();
  }
  return statements;
}
