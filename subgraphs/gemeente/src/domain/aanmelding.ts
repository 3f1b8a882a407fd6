import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';

import { BasisvoorwaardenStatusEntity } from '../entities/basisvoorwaarden-status.entity';
import { DossierStatus, NazorgdossierEntity, Procesregie } from '../entities/nazorgdossier.entity';

/** What a melding that opens a dossier says. */
export type Aanmelding = Pick<
  NazorgdossierEntity,
  'gemeentecode' | 'bsn' | 'rol' | 'herkomstgemeente' | 'ontvangendeGemeente' | 'aangemeldDoor' | 'geopendOp'
>;

/**
 * Serialises the changes to one gemeente's dossiers on one person (a melding, taking up the
 * dossier) until the transaction ends, so the two never make two lopende dossiers side by side.
 */
export async function lockPerson(manager: EntityManager, gemeentecode: string, bsn: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`nazorgdossier:${gemeentecode}:${bsn}`]);
}

/**
 * The gemeente's dossier on the person that is open or aangemeld, locked for the change, or else a
 * new AANGEMELD one (no nazorgcoördinator yet) with an empty status per basisvoorwaarde.
 */
export async function aanmelding(manager: EntityManager, aangemeld: Aanmelding): Promise<NazorgdossierEntity> {
  await lockPerson(manager, aangemeld.gemeentecode, aangemeld.bsn);
  const known = await manager.findOneBy(NazorgdossierEntity, {
    gemeentecode: aangemeld.gemeentecode,
    bsn: aangemeld.bsn,
    status: In([DossierStatus.AANGEMELD, DossierStatus.OPEN]),
  });
  if (known) {
    return known;
  }
  const dossier = await manager.save(
    manager.create(NazorgdossierEntity, {
      ...aangemeld,
      nazorgcoordinator: { naam: null, email: null, telefoon: null } as never,
      procesregie: Procesregie.GEMEENTE,
      zvhBetrokken: false,
      zvhNaam: null,
      status: DossierStatus.AANGEMELD,
      geslotenOp: null,
      overdrachtAan: null,
      overgedragenDoor: null,
      overgedragenOp: null,
      detentieReferentie: null,
      gemeldeVerwachteUitstroomdatum: null,
      gemeldeUitstroomdatum: null,
      screeningInformatieGevraagdVoor: null,
      gemeldeScreeningdatum: null,
      gemeldeHulpvragen: null,
      uitstroomVervroegd: false,
      detentieGemeldOp: null,
    }),
  );
  await manager.insert(BasisvoorwaardenStatusEntity, { dossierId: dossier.id });
  return dossier;
}
