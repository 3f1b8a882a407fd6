import { assertPeriod, clientError } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import {
  BasisvoorwaardenStatusEntity,
  IdentiteitsbewijsColumns,
  InkomenColumns,
  OnderdakColumns,
  SchuldenColumns,
  ZorgColumns,
} from '../entities/basisvoorwaarden-status.entity';
import { NazorgdossierEntity } from '../entities/nazorgdossier.entity';
import type {
  BasisvoorwaardenInput,
  IdentiteitsbewijsInput,
  InkomenInput,
  OnderdakInput,
  SchuldenInput,
  ZorgInput,
} from '../graphql/inputs';

import { loadOpenDossier } from './validation';

/**
 * Changes the status of the basisvoorwaarden the input names; each one given replaces that
 * voorwaarde's status as a whole, the others stay. The status shares the dossier's version: the
 * change must be based on the current one, and bumps it.
 */
export async function werkBasisvoorwaardenBij(
  manager: EntityManager,
  input: BasisvoorwaardenInput,
  access: Refusals,
): Promise<NazorgdossierEntity> {
  const dossier = await loadOpenDossier(manager, input.dossierId, input.verwachteVersie, access);
  const changes: Partial<Omit<BasisvoorwaardenStatusEntity, 'dossierId'>> = {
    ...(input.identiteitsbewijs ? { identiteitsbewijs: identiteitsbewijsColumns(input.identiteitsbewijs) } : {}),
    ...(input.onderdak ? { onderdak: onderdakColumns(input.onderdak) } : {}),
    ...(input.inkomen ? { inkomen: inkomenColumns(input.inkomen) } : {}),
    ...(input.schulden ? { schulden: schuldenColumns(input.schulden) } : {}),
    ...(input.zorg ? { zorg: zorgColumns(input.zorg) } : {}),
  };
  if (Object.keys(changes).length === 0) {
    throw clientError('INVALID_INPUT', 'Name at least one basisvoorwaarde to change.');
  }
  await manager.update(BasisvoorwaardenStatusEntity, { dossierId: dossier.id }, changes);
  // The row is locked by loadForChange, so setting the next version cannot lose another's bump.
  await manager.update(NazorgdossierEntity, { id: dossier.id }, { versie: dossier.versie + 1 });
  dossier.versie += 1;
  return dossier;
}

function identiteitsbewijsColumns(input: IdentiteitsbewijsInput): IdentiteitsbewijsColumns {
  const aangevraagdOp = input.aangevraagdOp ?? null;
  const gereedOp = input.gereedOp ?? null;
  if (aangevraagdOp) {
    assertPeriod(aangevraagdOp, gereedOp, 'Identiteitsbewijs (from aanvraag to gereed)');
  }
  return Object.assign(new IdentiteitsbewijsColumns(), { aangevraagdOp, gereedOp });
}

function onderdakColumns(input: OnderdakInput): OnderdakColumns {
  return Object.assign(new OnderdakColumns(), { type: input.type, per: input.per ?? null });
}

function inkomenColumns(input: InkomenInput): InkomenColumns {
  const uitkeringAangevraagdOp = input.uitkeringAangevraagdOp ?? null;
  const uitkeringToegekendOp = input.uitkeringToegekendOp ?? null;
  if (uitkeringAangevraagdOp) {
    assertPeriod(uitkeringAangevraagdOp, uitkeringToegekendOp, 'Uitkering (from aanvraag to toekenning)');
  }
  return Object.assign(new InkomenColumns(), {
    uitkeringAangevraagdOp,
    uitkeringToegekendOp,
    werk: input.werk,
    bankrekening: input.bankrekening,
  });
}

function schuldenColumns(input: SchuldenInput): SchuldenColumns {
  return Object.assign(new SchuldenColumns(), { schuldhulpGestartOp: input.schuldhulpGestartOp ?? null });
}

function zorgColumns(input: ZorgInput): ZorgColumns {
  return Object.assign(new ZorgColumns(), {
    zorgverzekering: input.zorgverzekering,
    indicatie: input.indicatie?.trim() || null,
  });
}
