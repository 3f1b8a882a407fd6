import { requireText } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { AdviesEntity } from '../entities/advies.entity';
import { RisicotaxatieEntity } from '../entities/risicotaxatie.entity';
import { ToezichtEntity } from '../entities/toezicht.entity';
import type { RisicotaxatieInput } from '../graphql/inputs';

import { parseJustitiabeleId } from './validation';

/**
 * Records a risicotaxatie of the caller's organisation. An organisation assesses only a person it
 * advises or supervises: without an advies or toezicht of its own on the person it is refused.
 */
export async function registreerRisicotaxatie(
  manager: EntityManager,
  input: RisicotaxatieInput,
  access: Refusals,
): Promise<RisicotaxatieEntity> {
  const justitiabeleId = parseJustitiabeleId(input.justitiabeleId);
  const { organisatie } = access.caller;
  const ownRecord =
    (await manager.existsBy(ToezichtEntity, { justitiabeleId, organisatie })) ||
    (await manager.existsBy(AdviesEntity, { justitiabeleId, organisatie }));
  if (!ownRecord) {
    throw access.refuseChange(`a risicotaxatie by ${organisatie} of a person it neither advises nor supervises`);
  }
  const taxatie = await manager.save(
    manager.create(RisicotaxatieEntity, {
      justitiabeleId,
      organisatie,
      datum: input.datum,
      instrument: requireText(input.instrument, 'Instrument'),
      recidiverisico: input.recidiverisico,
      gevaarrisico: input.gevaarrisico,
    }),
  );
  access.permitCreationOf('Risicotaxatie', taxatie);
  return taxatie;
}
