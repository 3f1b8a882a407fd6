import { assertVersion, clientError, loadForChange } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { DossierStatus, NazorgdossierEntity } from '../entities/nazorgdossier.entity';

/**
 * Reads an open dossier for a change, locked, after checking that it is the caller's gemeente's
 * own dossier, deciding (and so logging, with the change) the caller's ground for it, and checking
 * that the caller based the change on its current version.
 */
export async function loadOpenDossier(
  manager: EntityManager,
  id: string,
  expectedVersion: number,
  access: Refusals,
): Promise<NazorgdossierEntity> {
  const dossier = await loadForChange(manager, NazorgdossierEntity, id, 'Nazorgdossier', access);
  if (dossier.gemeentecode !== access.caller.code) {
    throw access.refuseChange(`Nazorgdossier ${id}`);
  }
  await access.authorizeChangeOfRecord('Nazorgdossier', dossier, `Nazorgdossier ${id}`);
  assertVersion(dossier, expectedVersion, 'Nazorgdossier');
  if (dossier.status === DossierStatus.GESLOTEN || dossier.status === DossierStatus.OVERGEDRAGEN) {
    throw clientError(
      'INVALID_STATE',
      `Nazorgdossier ${id} was closed on ${dossier.geslotenOp ?? '?'}; it can no longer change.`,
      { id },
    );
  }
  return dossier;
}
