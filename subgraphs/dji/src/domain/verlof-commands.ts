import { assertPeriod, clientError } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { LessThanOrEqual, MoreThanOrEqual } from 'typeorm';

import { VerblijfEntity } from '../entities/verblijf.entity';
import { VerlofEntity } from '../entities/verlof.entity';
import type { VerlofInput } from '../graphql/inputs';

import { loadCurrentVerblijf } from './verblijf-commands';

/**
 * Records a verlof granted during a current stay, within the stay (from instroom, until the
 * expected uitstroom when DJI knows one) and overlapping no other verlof of it. The stay's version
 * goes up, so a change based on what the caller read before is refused as stale.
 */
export async function registreerVerlof(
  manager: EntityManager,
  input: VerlofInput,
  access: Refusals,
): Promise<VerblijfEntity> {
  const verblijf = await loadCurrentVerblijf(manager, input.verblijfId, input.verwachteVersie, access);
  assertPeriod(input.van, input.tot, 'Verlof');
  assertPeriod(verblijf.instroomdatum, input.van, 'Verlof (from instroom)');
  assertPeriod(input.tot, verblijf.verwachteUitstroomdatum, 'Verlof (until the expected uitstroom)');
  const overlapping = await manager.findOneBy(VerlofEntity, {
    verblijfId: verblijf.id,
    van: LessThanOrEqual(input.tot),
    tot: MoreThanOrEqual(input.van),
  });
  if (overlapping) {
    throw clientError(
      'INVALID_INPUT',
      `Verblijf ${verblijf.id} already has a verlof from ${overlapping.van} to ${overlapping.tot}; verloven do not overlap.`,
    );
  }
  await manager.insert(VerlofEntity, { verblijfId: verblijf.id, soort: input.soort, van: input.van, tot: input.tot });
  await manager.increment(VerblijfEntity, { id: verblijf.id }, 'versie', 1);
  return manager.findOneByOrFail(VerblijfEntity, { id: verblijf.id });
}
