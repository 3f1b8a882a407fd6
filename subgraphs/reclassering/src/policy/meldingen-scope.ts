import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { SelectQueryBuilder } from 'typeorm';

import type { OvertredingsmeldingEntity } from '../entities/overtredingsmelding.entity';

/**
 * Narrows a list of meldingen (alias `m`) to those made to the caller's organisation, in SQL: the
 * officier van justitie receives the meldingen of overtredingen of the voorwaarden OM set (seed
 * 004 l. 148–154). Anyone else receives none here, and is refused.
 */
export function scopeMeldingenAan(query: SelectQueryBuilder<OvertredingsmeldingEntity>, access: Refusals): void {
  const { caller } = access;
  if (caller.soort !== 'om' || caller.rol !== 'officier') {
    throw access.refuseList('Query.overtredingsmeldingen', 'Overtredingsmelding');
  }
  query.andWhere('m.gemeld_aan = :ontvanger', { ontvanger: caller.organisatie });
}
