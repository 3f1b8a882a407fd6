import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { SelectQueryBuilder } from 'typeorm';

import type { AdviesopdrachtEntity } from '../entities/adviesopdracht.entity';

/**
 * Narrows a list of adviesopdrachten (alias `o`) to those OM gave the caller's organisation, in
 * SQL, for its adviseurs. Anyone else has none here, and is refused.
 */
export function scopeAdviesopdrachten(query: SelectQueryBuilder<AdviesopdrachtEntity>, access: Refusals): void {
  const { caller } = access;
  if (caller.soort !== 'reclassering' || caller.rol !== 'adviseur') {
    throw access.refuseList('Query.adviesopdrachten', 'Adviesopdracht');
  }
  query.andWhere('o.organisatie = :organisatie', { organisatie: caller.organisatie });
}
