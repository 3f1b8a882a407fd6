import {
  assertPeriod,
  clientError,
  parseContactpersoon,
  parseOrganisatie,
  requireText,
  violatesUnique,
} from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { BijzondereVoorwaardeEntity } from '../entities/bijzondere-voorwaarde.entity';
import { NalevingEntity } from '../entities/naleving.entity';
import { ToezichtEntity, ToezichtStatus } from '../entities/toezicht.entity';
import type { BeeindigingInput, ToezichtInput, ToezichtWijzigingInput } from '../graphql/inputs';

import {
  assertOwnOrganisatie,
  loadLopendToezicht,
  parseInrichting,
  parseJustitiabeleId,
  parseKetenpartners,
  parseReclasseringsorganisatie,
} from './validation';

const EEN_LOPEND_TOEZICHT = 'toezicht_een_lopend';

/**
 * Starts an organisation's toezicht on a person. An organisation has at most one lopend toezicht
 * per person: a second one is refused with INVALID_STATE, also when two arrive at the same moment
 * (the partial unique index decides).
 */
export async function startToezicht(
  manager: EntityManager,
  input: ToezichtInput,
  access: Refusals,
): Promise<ToezichtEntity> {
  const organisatie = parseReclasseringsorganisatie(input.organisatie);
  assertOwnOrganisatie(organisatie, access, `a toezicht of ${organisatie}`);
  const justitiabeleId = parseJustitiabeleId(input.justitiabeleId);
  assertPeriod(input.begindatum, input.einddatum, 'Toezicht');
  const toezicht = manager.create(ToezichtEntity, {
    justitiabeleId,
    organisatie,
    opdrachtgever: parseOrganisatie(input.opdrachtgever.trim()),
    begindatum: input.begindatum,
    einddatum: input.einddatum ?? null,
    status: ToezichtStatus.LOPEND,
    toezichthouder: parseContactpersoon(input.toezichthouder, 'Toezichthouder'),
    toezichthouderGebruiker: requireText(input.toezichthouderGebruiker, "The toezichthouder's user id"),
    ketenpartners: parseKetenpartners(input.ketenpartners),
    woongemeente: input.woongemeente ?? null,
    inrichting: parseInrichting(input.inrichting),
  });
  const alreadyLopend = (): never => {
    throw clientError(
      'INVALID_STATE',
      `${organisatie} already has a lopend toezicht on this person; end it before starting another.`,
    );
  };
  if (await manager.existsBy(ToezichtEntity, { justitiabeleId, organisatie, status: ToezichtStatus.LOPEND })) {
    alreadyLopend();
  }
  try {
    await manager.save(toezicht);
  } catch (error) {
    if (violatesUnique(error, EEN_LOPEND_TOEZICHT)) {
      alreadyLopend();
    }
    throw error;
  }
  access.permitCreationOf('Toezicht', toezicht);
  return toezicht;
}

/** Hands a lopend toezicht over or updates its partners: replaces those as a whole, under its version. */
export async function wijzigToezicht(
  manager: EntityManager,
  input: ToezichtWijzigingInput,
  access: Refusals,
): Promise<ToezichtEntity> {
  const toezicht = await loadLopendToezicht(manager, input.toezichtId, input.verwachteVersie, access);
  toezicht.toezichthouder = parseContactpersoon(input.toezichthouder, 'Toezichthouder');
  toezicht.toezichthouderGebruiker = requireText(input.toezichthouderGebruiker, "The toezichthouder's user id");
  toezicht.ketenpartners = parseKetenpartners(input.ketenpartners);
  toezicht.woongemeente = input.woongemeente ?? null;
  toezicht.inrichting = parseInrichting(input.inrichting);
  return manager.save(toezicht);
}

/**
 * Ends a lopend toezicht. Its voorwaarden that run on end with it; the end may not lie before the
 * begin of the toezicht, of any of its voorwaarden, or a naleving already recorded.
 */
export async function beeindigToezicht(
  manager: EntityManager,
  input: BeeindigingInput,
  access: Refusals,
): Promise<ToezichtEntity> {
  const toezicht = await loadLopendToezicht(manager, input.toezichtId, input.verwachteVersie, access);
  const { einddatum } = input;
  assertPeriod(toezicht.begindatum, einddatum, 'Toezicht');
  const voorwaarden = await manager.findBy(BijzondereVoorwaardeEntity, { toezichtId: toezicht.id });
  for (const voorwaarde of voorwaarden) {
    assertPeriod(voorwaarde.begindatum, einddatum, `Bijzondere voorwaarde ${voorwaarde.id} (ending with the toezicht)`);
  }
  const laatste = await manager
    .createQueryBuilder(NalevingEntity, 'n')
    .select('max(n.datum)', 'datum')
    .innerJoin(BijzondereVoorwaardeEntity, 'v', 'v.id = n.voorwaarde_id')
    .where('v.toezicht_id = :toezichtId', { toezichtId: toezicht.id })
    .getRawOne<{ datum: string | null }>();
  if (laatste?.datum) {
    assertPeriod(laatste.datum, einddatum, 'Toezicht (from its last naleving to its end)');
  }
  await manager
    .createQueryBuilder()
    .update(BijzondereVoorwaardeEntity)
    .set({ einddatum })
    .where('toezicht_id = :toezichtId', { toezichtId: toezicht.id })
    .andWhere('(einddatum IS NULL OR einddatum > :einddatum)', { einddatum })
    .execute();
  toezicht.status = ToezichtStatus.BEEINDIGD;
  toezicht.einddatum = einddatum;
  return manager.save(toezicht);
}
