import { addDays, assertPeriod, clientError, procesversieVoor } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { storeOpenDeadlines } from '../data/open-deadlines';
import { HulpvraagEntity, ScreeningEntity } from '../entities/screening.entity';
import { VerblijfStatus } from '../entities/verblijf.entity';
import type { VerblijfEntity } from '../entities/verblijf.entity';
import type { ScreeningInput } from '../graphql/inputs';

import { meldScreeningHulpvragen, meldScreeningInformatieverzoek } from './detentie-meldingen';

import { findVerblijf } from './validation';
import type { Recorded } from './validation';

const SCIL_MAX = 100;

/**
 * Records a screening with one hulpvraag per domain it covers, for the casemanager the person's
 * records are open to, and shares its hulpvragen with the gemeenten and the reclassering involved
 * (`meldScreeningHulpvragen`) in the same transaction.
 */
export async function registreerScreening(
  manager: EntityManager,
  input: ScreeningInput,
  access: Refusals,
  outbox: OutboxWriter,
): Promise<Recorded<ScreeningEntity>> {
  const verblijf = await findVerblijf(manager, input.verblijfId, access);
  assertPeriod(verblijf.instroomdatum, input.datum, 'Screening (from instroom to screening date)');
  const domeinen = input.hulpvragen.map((vraag) => vraag.domein);
  const dubbel = domeinen.find((domein, index) => domeinen.indexOf(domein) !== index);
  if (dubbel) {
    throw clientError('INVALID_INPUT', `Hulpvraag for ${dubbel} is given more than once.`);
  }
  if (input.scilScore != null && (input.scilScore < 0 || input.scilScore > SCIL_MAX)) {
    throw clientError('INVALID_INPUT', `SCIL score ${input.scilScore} lies outside 0 to ${SCIL_MAX}.`);
  }
  const screening = await manager.save(
    manager.create(ScreeningEntity, {
      verblijfId: verblijf.id,
      datum: input.datum,
      reflectorAfgenomen: input.reflectorAfgenomen,
      taaltoetsNiveau: input.taaltoetsNiveau?.trim() || null,
      scilScore: input.scilScore ?? null,
    }),
  );
  const hulpvragen = input.hulpvragen.map((vraag) => ({
    screeningId: screening.id,
    domein: vraag.domein,
    hulpvraag: vraag.hulpvraag,
    toelichting: vraag.toelichting?.trim() || null,
  }));
  if (hulpvragen.length > 0) {
    await manager.insert(HulpvraagEntity, hulpvragen);
  }
  await storeOpenDeadlines(manager, [verblijf.id]);
  await meldScreeningHulpvragen(manager, outbox, verblijf, screening, hulpvragen);
  return { record: screening, justitiabeleId: verblijf.justitiabeleId };
}

/**
 * Asks the gemeente of origin and the reclassering organisations recorded as involved for
 * information for the screening of a current verblijf (`meldScreeningInformatieverzoek`), telling
 * them the day the process version wants the screening done by.
 */
export async function vraagScreeningInformatie(
  manager: EntityManager,
  verblijfId: string,
  access: Refusals,
  outbox: OutboxWriter,
): Promise<VerblijfEntity> {
  const verblijf = await findVerblijf(manager, verblijfId, access);
  if (verblijf.status === VerblijfStatus.UITGESTROOMD) {
    throw clientError(
      'INVALID_STATE',
      `Verblijf ${verblijf.id} ended on ${verblijf.uitstroomdatum ?? '?'}; its screening is over.`,
    );
  }
  const { screeningDagen } = procesversieVoor(verblijf.instroomdatum).termijnen;
  await meldScreeningInformatieverzoek(manager, outbox, verblijf, addDays(verblijf.instroomdatum, screeningDagen));
  return verblijf;
}
