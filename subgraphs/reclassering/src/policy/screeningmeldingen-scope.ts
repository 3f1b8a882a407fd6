import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { SelectQueryBuilder } from 'typeorm';

import type { ScreeningmeldingEntity } from '../entities/screeningmelding.entity';

/**
 * Narrows a list of screeningmeldingen (alias `s`) to those DJI sent the caller's organisation, in
 * SQL, for its adviseurs and toezichthouders. Anyone else has none here, and is refused.
 */
export function scopeScreeningmeldingen(query: SelectQueryBuilder<ScreeningmeldingEntity>, access: Refusals): void {
  const { caller } = access;
  if (caller.soort !== 'reclassering' || (caller.rol !== 'adviseur' && caller.rol !== 'toezichthouder')) {
    throw access.refuseList('Query.screeningmeldingen', 'Screeningmelding');
  }
  query.andWhere('s.organisatie = :organisatie', { organisatie: caller.organisatie });
}
