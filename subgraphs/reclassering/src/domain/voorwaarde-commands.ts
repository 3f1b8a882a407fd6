import { randomUUID } from 'node:crypto';

import { assertPeriod, assertVersion, clientError, isUuid, requireText } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { BijzondereVoorwaardeEntity } from '../entities/bijzondere-voorwaarde.entity';
import { NalevingEntity, NalevingUitkomst } from '../entities/naleving.entity';
import { MeldingStatus, OvertredingsmeldingEntity } from '../entities/overtredingsmelding.entity';
import { ToezichtEntity } from '../entities/toezicht.entity';
import type { BijzondereVoorwaardeInput, BijzondereVoorwaardeWijzigingInput, NalevingInput } from '../graphql/inputs';

import { meldOvertreding, OM } from './meldingen-aan-om';
import { loadLopendToezicht, voorwaardeDetails } from './validation';

/** A record under a toezicht, with the person it is about and the organisation that holds it. */
export interface Recorded<TRecord> {
  readonly record: TRecord;
  readonly justitiabeleId: string;
  readonly bronhouder: string;
}

/**
 * Adds a bijzondere voorwaarde to a lopend toezicht. The voorwaarden belong to the toezicht, so
 * the addition is based on the toezicht's current version and bumps it; the voorwaarde lies
 * within the toezicht's period.
 */
export async function legBijzondereVoorwaardeOp(
  manager: EntityManager,
  input: BijzondereVoorwaardeInput,
  access: Refusals,
): Promise<ToezichtEntity> {
  const toezicht = await loadLopendToezicht(manager, input.toezichtId, input.verwachteVersie, access);
  const details = voorwaardeDetails(input.type, input, 'Bijzondere voorwaarde');
  const einddatum = input.einddatum ?? null;
  assertPeriod(toezicht.begindatum, input.begindatum, 'Bijzondere voorwaarde (from the begin of the toezicht)');
  assertPeriod(input.begindatum, einddatum, 'Bijzondere voorwaarde');
  if (einddatum && toezicht.einddatum) {
    assertPeriod(einddatum, toezicht.einddatum, 'Bijzondere voorwaarde (to the end of the toezicht)');
  }
  await manager.insert(BijzondereVoorwaardeEntity, {
    toezichtId: toezicht.id,
    type: input.type,
    omschrijving: requireText(input.omschrijving, 'Omschrijving'),
    ...details,
    begindatum: input.begindatum,
    einddatum,
  });
  // The row is locked by loadForChange, so setting the next version cannot lose another's bump.
  await manager.update(ToezichtEntity, { id: toezicht.id }, { versie: toezicht.versie + 1 });
  toezicht.versie += 1;
  return toezicht;
}

/** Replaces what a voorwaarde holds (its type and begin stay), under the voorwaarde's own version. */
export async function wijzigBijzondereVoorwaarde(
  manager: EntityManager,
  input: BijzondereVoorwaardeWijzigingInput,
  access: Refusals,
): Promise<Recorded<BijzondereVoorwaardeEntity>> {
  const { voorwaarde, toezicht } = await loadVoorwaarde(manager, input.voorwaardeId, access);
  assertVersion(voorwaarde, input.verwachteVersie, 'Bijzondere voorwaarde');
  const details = voorwaardeDetails(voorwaarde.type, input, 'Bijzondere voorwaarde');
  const einddatum = input.einddatum ?? null;
  assertPeriod(voorwaarde.begindatum, einddatum, 'Bijzondere voorwaarde');
  if (einddatum && toezicht.einddatum) {
    assertPeriod(einddatum, toezicht.einddatum, 'Bijzondere voorwaarde (to the end of the toezicht)');
  }
  if (einddatum) {
    const laatste = await manager.findOne(NalevingEntity, {
      where: { voorwaardeId: voorwaarde.id },
      order: { datum: 'DESC' },
    });
    if (laatste) {
      assertPeriod(laatste.datum, einddatum, 'Bijzondere voorwaarde (from its last naleving to its end)');
    }
  }
  Object.assign(voorwaarde, details, {
    omschrijving: requireText(input.omschrijving, 'Omschrijving'),
    einddatum,
  });
  const record = await manager.save(voorwaarde);
  return { record, justitiabeleId: toezicht.justitiabeleId, bronhouder: toezicht.organisatie };
}

/**
 * Records one check of a voorwaarde. An overtreding is reported to OM, which decides on its
 * consequences: the overtredingsmelding and its melding in the outbox are written in the same
 * transaction as the naleving, so none exists without the others.
 */
export async function registreerNaleving(
  manager: EntityManager,
  outbox: OutboxWriter,
  input: NalevingInput,
  access: Refusals,
): Promise<Recorded<NalevingEntity>> {
  const { voorwaarde, toezicht } = await loadVoorwaarde(manager, input.voorwaardeId, access);
  assertPeriod(voorwaarde.begindatum, input.datum, 'Naleving (from the begin of the voorwaarde)');
  if (voorwaarde.einddatum) {
    assertPeriod(input.datum, voorwaarde.einddatum, 'Naleving (to the end of the voorwaarde)');
  }
  const toelichting = input.toelichting?.trim() || null;
  if (input.uitkomst === NalevingUitkomst.OVERTREDEN && !toelichting) {
    throw clientError('INVALID_INPUT', 'An overtreding needs a toelichting: it goes to OM.');
  }
  const naleving = await manager.save(
    manager.create(NalevingEntity, {
      voorwaardeId: voorwaarde.id,
      datum: input.datum,
      uitkomst: input.uitkomst,
      toelichting,
    }),
  );
  if (naleving.uitkomst === NalevingUitkomst.OVERTREDEN) {
    const melding = { id: randomUUID(), justitiabeleId: toezicht.justitiabeleId, datum: naleving.datum };
    await manager.insert(OvertredingsmeldingEntity, {
      ...melding,
      nalevingId: naleving.id,
      toezichtId: toezicht.id,
      gemeldAan: OM,
      status: MeldingStatus.TE_VERZENDEN,
      meldingId: await meldOvertreding(manager, outbox, melding, toezicht.organisatie),
    });
  }
  return { record: naleving, justitiabeleId: toezicht.justitiabeleId, bronhouder: toezicht.organisatie };
}

/**
 * Reads a voorwaarde for a change, locked, with its lopend toezicht (locked too, and checked to
 * be the caller's organisation's own). Every refusal names the voorwaarde asked for, whether it
 * does not exist or belongs to another organisation, so the answer does not tell which.
 */
async function loadVoorwaarde(
  manager: EntityManager,
  id: string,
  access: Refusals,
): Promise<{ voorwaarde: BijzondereVoorwaardeEntity; toezicht: ToezichtEntity }> {
  const found = isUuid(id) ? await manager.findOneBy(BijzondereVoorwaardeEntity, { id }) : null;
  if (!found) {
    throw access.refuseChange(`Bijzondere voorwaarde ${id}`);
  }
  // The toezicht first, then the voorwaarde: every change locks in that order.
  const toezicht = await loadLopendToezicht(manager, found.toezichtId, null, access, `Bijzondere voorwaarde ${id}`);
  const voorwaarde = await manager.findOneOrFail(BijzondereVoorwaardeEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  return { voorwaarde, toezicht };
}
