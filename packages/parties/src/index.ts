import { djiParty } from '@ketengraaf/dji';
import { gemeenteParty } from '@ketengraaf/gemeente';
import { omBurgemeesterParty } from '@ketengraaf/om-burgemeester';
import { reclasseringParty } from '@ketengraaf/reclassering';
import type { Party } from '@ketengraaf/subgraph-kit';

/**
 * Every party in the chain, in the order the stack starts them and the supergraph lists them: the
 * one list from which the supergraph is composed, the stack started and the tests and documents
 * checked. A party's own subgraph package says everything else about it.
 */
export const partyRegistry = [djiParty, gemeenteParty, reclasseringParty, omBurgemeesterParty] as const;

export type PartyName = (typeof partyRegistry)[number]['name'];

/** The parties' names, in registry order. */
export const parties: readonly PartyName[] = partyRegistry.map((party) => party.name);

export function partyNamed(name: PartyName): Party<PartyName> {
  const party = partyRegistry.find((candidate) => candidate.name === name);
  if (!party) {
    throw new Error(`No party named ${name} in the registry.`);
  }
  return party;
}
