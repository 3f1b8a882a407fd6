import type { Caller } from '@ketengraaf/subgraph-kit';

/** The owner of every OM record. */
export const OM = 'om';

/** The owner of a burgemeester's records: `burgemeester:<gemeentecode>`. */
export function burgemeesterVan(gemeentecode: string): string {
  return `burgemeester:${gemeentecode}`;
}

/** An officier van justitie: OM's staff who read and write OM's records. */
export function isOfficier(caller: Caller): boolean {
  return caller.soort === 'om' && caller.rol === 'officier';
}

/** A burgemeester's OOV-adviseur: the staff who read and write that burgemeester's records. */
export function isOovAdviseur(caller: Caller): boolean {
  return caller.soort === 'burgemeester' && caller.rol === 'oov-adviseur';
}

/**
 * Justid's BIJ desk: sends the BIJ-meldingen (art. 11a Bjsg), so it reads who of the target group
 * is due one, and nothing else of this subgraph.
 */
export function isBijMedewerker(caller: Caller): boolean {
  return caller.soort === 'justid' && caller.rol === 'bij-medewerker';
}

/**
 * A reclassering toezichthouder: reads the VI-beslissingen OM assigned its organisation to
 * supervise, and nothing else of this subgraph.
 */
export function isToezichthouder(caller: Caller): boolean {
  return caller.soort === 'reclassering' && caller.rol === 'toezichthouder';
}
