import type { PartySubgraph, TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes, expectAllowed, startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { omBurgemeesterParty } from '../index';

/** The subgraph under test, with the officier as the default caller. */
export type OmBurgemeesterSubgraph = TestSubgraph<PartySubgraph>;

export const OFFICIER: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };
export const OM_PRIVACY_OFFICER: TokenClaims = { org: 'om', role: 'privacy-officer', sub: 'po-om' };
export const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-1' };

/** The OOV-adviseur of the burgemeester of gemeente `code`. */
export const burgemeester = (code: string): TokenClaims => ({
  org: `burgemeester:${code}`,
  role: 'oov-adviseur',
  sub: `oov-${code}`,
});

/** A nazorgcoördinator of gemeente `code`: never a ground here. */
export const nazorg = (code: string): TokenClaims => ({
  org: `gemeente:${code}`,
  role: 'nazorgcoordinator',
  sub: `nc-${code}`,
});

/** A toezichthouder of reclassering organisation `organisatie` (RN, SVG, LJ&R). */
export const toezichthouder = (organisatie: string): TokenClaims => ({
  org: `reclassering:${organisatie}`,
  role: 'toezichthouder',
  sub: `th-${organisatie}`,
});

/** Starts the subgraph over a fresh database of its own, named for the test file. */
export function startOmBurgemeester(name: string): Promise<OmBurgemeesterSubgraph> {
  return startTestSubgraph(`om_burgemeester_${name}`, omBurgemeesterParty.create, OFFICIER);
}

/** The rows of a table (`om.strafzaak`), counted in the subgraph's database. */
export async function countRows(om: OmBurgemeesterSubgraph, table: string): Promise<number> {
  const [row] = await om.subgraph.database.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
}

/** Reads the subgraph's database directly. */
export function sql<TRow>(om: OmBurgemeesterSubgraph, text: string, parameters: unknown[] = []): Promise<TRow[]> {
  return om.subgraph.database.dataSource.query<TRow[]>(text, parameters);
}

/** The one error of a refused operation has `code`, and a message matching `message` when given. */
export function expectError(response: GraphQLResponse, code: string, message?: string | RegExp): void {
  expect(errorCodes(response)).toEqual([code]);
  if (message) {
    expect(response.errors?.[0]?.message).toMatch(message);
  }
}

/**
 * Runs a mutation with `input` as `caller` that must succeed, and returns its one field: the
 * set-up of a test, not what it proves.
 */
export async function must<TResult>(
  om: OmBurgemeesterSubgraph,
  caller: TokenClaims,
  document: string,
  input: Record<string, unknown>,
): Promise<TResult> {
  const response = await om.ask(document, { input }, caller);
  const [field] = Object.keys(response.data ?? {});
  if (!field) throw new Error(JSON.stringify(response.errors));
  return expectAllowed(response, [field]) as TResult;
}

export const REGISTREER_DELICTCATEGORIE = /* GraphQL */ `
  mutation ($input: DelictcategorieInput!) {
    registreerDelictcategorie(input: $input) {
      id
      parketnummer
      delictcategorie
      versie
    }
  }
`;
export const REGISTREER_SLACHTOFFEROMGEVING = /* GraphQL */ `
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
export const REGISTREER_VI = `mutation ($input: ViBeslissingInput!) { registreerViBeslissing(input: $input) { id } }`;
export const HERROEP_VI = `mutation ($input: HerroepingInput!) { herroepVi(input: $input) { id } }`;
export const GEEF_OPDRACHT = `mutation ($input: OpdrachtTotAdviesInput!) { geefOpdrachtTotAdvies(input: $input) { id } }`;
export const REGISTREER_VERSTREKKING = `mutation ($input: VerstrekkingInput!) { registreerVerstrekking(input: $input) { id } }`;
export const ONTVANG_BIJ_MELDING = /* GraphQL */ `
  mutation ($input: BijMeldingInput!) {
    ontvangBijMelding(input: $input) {
      kenmerk
      nieuw
    }
  }
`;
export const GEEF_ZIENSWIJZE = `mutation ($input: ZienswijzeInput!) { geefZienswijze(input: $input) { id } }`;
export const REGISTREER_OMGEVINGSANALYSE = `mutation ($input: OmgevingsanalyseInput!) { registreerOmgevingsanalyse(input: $input) { id } }`;
export const STUUR_NAAR_OM = `mutation ($input: StuurNaarOmInput!) { stuurNaarOm(input: $input) { __typename } }`;

/** OM registers a new case against a person; returns the case's id. */
export async function registreerZaak(
  om: OmBurgemeesterSubgraph,
  justitiabeleId: string,
  parketnummer: string,
  delictcategorie: string,
): Promise<string> {
  const { id } = await must<{ id: string }>(om, OFFICIER, REGISTREER_DELICTCATEGORIE, {
    justitiabeleId,
    parketnummer,
    delictcategorie,
    verwachteVersie: 0,
  });
  return id;
}

/** A BIJ-melding as Justid delivers it, eligible unless `overrides` say otherwise. */
export function bijMeldingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kenmerk: 'BIJ-2026-000001',
    justitiabeleId: '5000000001',
    soort: 'TERUGKEER',
    terugkeerdatum: '2027-03-01',
    terugkeergemeente: '0363',
    delictcategorie: 'ZEDEN',
    grondslag: 'VEROORDELING',
    onherroepelijk: true,
    gemeenteNeemtDeel: true,
    ontvangenOp: '2026-12-01',
    ...overrides,
  };
}

/** The person at `id` as the gateway names it in `_entities`. */
export const asPerson = (id: string) => ({ representations: [{ __typename: 'Justitiabele', id }] });
