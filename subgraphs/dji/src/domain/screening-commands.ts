import { assertPeriod, clientError } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { HulpvraagEntity, ScreeningEntity } from '../entities/screening.entity';
import type { ScreeningInput } from '../graphql/inputs';
import { ownRecord } from '../policy/own-record';

import { findVerblijf } from './validation';
import type { Recorded } from './validation';

const SCIL_MAX = 100;

/** Records a screening with one hulpvraag per domain it covers, for the casemanager the person's records are open to. */
export async function registreerScreening(
  manager: EntityManager,
  input: ScreeningInput,
  access: Refusals,
): Promise<Recorded<ScreeningEntity>> {
  const verblijf = await findVerblijf(manager, input.verblijfId);
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
  if (input.hulpvragen.length > 0) {
    await manager.insert(
      HulpvraagEntity,
      input.hulpvragen.map((vraag) => ({
        screeningId: screening.id,
        domein: vraag.domein,
        hulpvraag: vraag.hulpvraag,
        toelichting: vraag.toelichting?.trim() || null,
      })),
    );
  }
  return ownRecord(access, { record: screening, justitiabeleId: verblijf.justitiabeleId });
}
