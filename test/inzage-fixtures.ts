import { randomBytes } from 'node:crypto';

import type { PartyName } from '@ketengraaf/parties';
import { demoPopulation } from '@ketengraaf/subgraph-kit';
import type { DemoPerson, TokenClaims } from '@ketengraaf/subgraph-kit';

import type { TestStack } from './test-stack';

/** The demo chain's persons, by whom the scenario is found. */
export const persons = demoPopulation(300);

/** Each party's query of a person's own trail (AVG art. 15). */
export const TRAILS: Record<PartyName, string> = {
  dji: 'inzageDji',
  gemeente: 'inzageGemeente',
  reclassering: 'inzageReclassering',
  'om-burgemeester': 'inzageOmBurgemeester',
};
export const PARTIES = Object.keys(TRAILS) as PartyName[];

export const TRAIL_FIELDS =
  'edges { node { tijdstip organisatie verwerkingsactiviteit grondslag bronhouder traceId } }';

export interface Regel {
  readonly tijdstip: string;
  readonly organisatie: string;
  readonly verwerkingsactiviteit: string;
  readonly grondslag: string;
  readonly bronhouder: string | null;
  readonly traceId: string;
}

/** The demo person every party holds records of, and who at each party reads them. */
export interface Scenario {
  readonly person: DemoPerson;
  readonly inrichting: string;
  readonly dossier: { id: string; gemeentecode: string };
  readonly toezicht: { id: string; organisatie: string };
  readonly parketnummer: string;
}

/** A person with a BIJ-melding at a burgemeester, read by its OOV-adviseur. */
export interface BijScenario {
  readonly person: DemoPerson;
  readonly terugkeergemeente: string;
}

export const betrokkene = (person: DemoPerson): TokenClaims => ({
  org: 'burger',
  role: 'betrokkene',
  sub: `digid-${person.skn}`,
  bsn: person.bsn,
  skn: person.skn,
});

/** A fresh trace id, and the `traceparent` header that carries it. */
export function traced(): { traceId: string; headers: Record<string, string> } {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } };
}

/** Asks the gateway as `caller` under a fresh trace, expecting no error; returns the trace id. */
export async function readAs(
  federation: TestStack,
  caller: TokenClaims,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<string> {
  const { traceId, headers } = traced();
  const response = await federation.ask(federation.stack.gatewayUrl, caller, query, variables, headers);
  expect(response.errors).toBeUndefined();
  return traceId;
}

/** `caller`'s trail at one party, through the gateway. */
export async function trail(federation: TestStack, caller: TokenClaims, party: PartyName): Promise<Regel[]> {
  const response = await federation.ask(
    federation.stack.gatewayUrl,
    caller,
    `{ ${TRAILS[party]}(first: 100) { ${TRAIL_FIELDS} } }`,
  );
  expect(response.errors).toBeUndefined();
  return (response.data?.[TRAILS[party]] as { edges: { node: Regel }[] }).edges.map((edge) => edge.node);
}

export const bySkn = (skn: string): DemoPerson => {
  const person = persons.find((candidate) => candidate.skn === skn);
  if (!person) throw new Error(`No demo person has strafrechtsketennummer ${skn}.`);
  return person;
};

/** A demo person held at all four parties, and a person with a BIJ-melding, from the parties' databases. */
export async function findScenario(federation: TestStack): Promise<{ scenario: Scenario; bij: BijScenario }> {
  const [held, dossiers, toezichten, zaken, bijMeldingen] = await Promise.all([
    federation.rows<{ id: string; inrichting: string }>(
      'dji',
      `SELECT justitiabele_id AS id, huidige_inrichting AS inrichting FROM verblijf WHERE status <> 'UITGESTROOMD'`,
    ),
    federation.rows<{ id: string; bsn: string; gemeentecode: string }>(
      'gemeente',
      `SELECT id, bsn, gemeentecode FROM nazorgdossier WHERE status = 'OPEN'`,
    ),
    federation.rows<{ id: string; justitiabele: string; organisatie: string }>(
      'reclassering',
      `SELECT id, justitiabele_id AS justitiabele, organisatie FROM toezicht`,
    ),
    federation.rows<{ justitiabele: string; parketnummer: string }>(
      'om-burgemeester',
      `SELECT justitiabele_id AS justitiabele, parketnummer FROM om.strafzaak`,
    ),
    federation.rows<{ justitiabele: string; terugkeergemeente: string }>(
      'om-burgemeester',
      `SELECT justitiabele_id AS justitiabele, terugkeergemeente FROM burgemeester.bij_melding ORDER BY justitiabele_id`,
    ),
  ]);
  const found = held
    .map(({ id, inrichting }) => {
      const person = bySkn(id);
      const dossier = dossiers.find((candidate) => candidate.bsn === person.bsn);
      const toezicht = toezichten.find((candidate) => candidate.justitiabele === id);
      const zaak = zaken.find((candidate) => candidate.justitiabele === id);
      return dossier && toezicht && zaak
        ? { person, inrichting, dossier, toezicht, parketnummer: zaak.parketnummer }
        : null;
    })
    .find((candidate) => candidate !== null);
  const [melding] = bijMeldingen;
  if (!found || !melding) throw new Error('The demo chain lacks a person held at all four parties, or a BIJ-melding.');
  return {
    scenario: found,
    bij: { person: bySkn(melding.justitiabele), terugkeergemeente: melding.terugkeergemeente },
  };
}
