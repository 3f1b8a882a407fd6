import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { SelectQueryBuilder } from 'typeorm';

import { ToezichtStatus } from '../entities/toezicht.entity';
import type { ToezichtEntity } from '../entities/toezicht.entity';

/**
 * Narrows a list of toezichten (alias `t`) to a toezichthouder's own werkvoorraad, in SQL: the
 * lopende toezichten of the caller's organisation whose toezichthouder is the caller (by the
 * token's user id). Anyone else has no werkvoorraad here, and is refused.
 */
export function scopeWerkvoorraad(query: SelectQueryBuilder<ToezichtEntity>, access: Refusals): void {
  const { caller } = access;
  if (caller.soort !== 'reclassering' || caller.rol !== 'toezichthouder') {
    throw access.refuseList('Query.werkvoorraad', 'Toezicht');
  }
  query
    .andWhere('t.organisatie = :organisatie', { organisatie: caller.organisatie })
    .andWhere('t.toezichthouder_gebruiker = :gebruiker', { gebruiker: caller.gebruiker })
    .andWhere('t.status = :status', { status: ToezichtStatus.LOPEND });
}
