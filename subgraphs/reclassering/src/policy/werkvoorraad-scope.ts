import type { Refusals } from '@ketengraaf/subgraph-kit';

import { ToezichtStatus } from '../entities/toezicht.entity';

/** The columns a toezichthouder's werkvoorraad is narrowed by, in the order of `werkvoorraadScope`'s values. */
export const WERKVOORRAAD_SCOPE = ['organisatie', 'toezichthouderGebruiker', 'status'] as const;

/**
 * What narrows a list of toezichten to a toezichthouder's own werkvoorraad, in SQL: the lopende
 * toezichten of the caller's organisation whose toezichthouder is the caller (by the token's user
 * id), the values of `WERKVOORRAAD_SCOPE`'s columns. Anyone else has no werkvoorraad here, and is
 * refused.
 */
export function werkvoorraadScope(access: Refusals): readonly [string, string, ToezichtStatus] {
  const { caller } = access;
  if (caller.soort !== 'reclassering' || caller.rol !== 'toezichthouder') {
    throw access.refuseList('Query.werkvoorraad', 'Toezicht');
  }
  return [caller.organisatie, caller.gebruiker, ToezichtStatus.LOPEND];
}
