import { assertPeriod, clientError, parseOrganisatie } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { storeOpenDeadlines } from '../data/open-deadlines';
import { MdoEntity } from '../entities/mdo.entity';
import type { MdoInput } from '../graphql/inputs';

import { findVerblijf } from './validation';
import type { Recorded } from './validation';

/** Records a multidisciplinair overleg held on a verblijf, for the casemanager the person's records are open to. */
export async function registreerMdo(
  manager: EntityManager,
  input: MdoInput,
  access: Refusals,
): Promise<Recorded<MdoEntity>> {
  const verblijf = await findVerblijf(manager, input.verblijfId, access);
  assertPeriod(verblijf.instroomdatum, input.datum, 'MDO (from instroom to MDO date)');
  if (verblijf.uitstroomdatum) {
    assertPeriod(input.datum, verblijf.uitstroomdatum, 'MDO (from MDO date to uitstroom)');
  }
  const deelnemers = [...new Set(input.deelnemers.map(parseOrganisatie))];
  if (deelnemers.length === 0) {
    throw clientError('INVALID_INPUT', 'An MDO has at least one attending organisation.');
  }
  const mdo = await manager.save(
    manager.create(MdoEntity, {
      verblijfId: verblijf.id,
      datum: input.datum,
      deelnemers,
      justitiabeleAanwezig: input.justitiabeleAanwezig,
    }),
  );
  await storeOpenDeadlines(manager, [verblijf.id]);
  return { record: mdo, justitiabeleId: verblijf.justitiabeleId };
}
