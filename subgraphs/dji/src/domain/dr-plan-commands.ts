import { assertPeriod, clientError, parseOrganisatie, requireText } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { storeOpenDeadlines } from '../data/open-deadlines';
import { DrAfspraakEntity, DrPlanEntity } from '../entities/dr-plan.entity';
import { VerblijfEntity } from '../entities/verblijf.entity';
import type { DrPlanInput } from '../graphql/inputs';

import { findVerblijf } from './validation';
import type { Recorded } from './validation';

/**
 * Sets a new version of a verblijf's D&R-plan. The caller names the version it replaces; when
 * someone else saved a version meanwhile, the plan is refused with VERSION_CONFLICT and nothing
 * is written. The verblijf row is locked so two saves cannot both take the same next version. Only
 * the casemanager the person's records are open to sets it.
 */
export async function stelDrPlanVast(
  manager: EntityManager,
  input: DrPlanInput,
  access: Refusals,
): Promise<Recorded<DrPlanEntity>> {
  const verblijf = await findVerblijf(manager, input.verblijfId, access);
  await manager.findOne(VerblijfEntity, { where: { id: verblijf.id }, lock: { mode: 'pessimistic_write' } });
  const current = await manager.findOne(DrPlanEntity, {
    where: { verblijfId: verblijf.id },
    order: { versie: 'DESC' },
  });
  const currentVersion = current?.versie ?? 0;
  if (input.verwachteVersie !== currentVersion) {
    throw clientError(
      'VERSION_CONFLICT',
      `The D&R-plan of verblijf ${verblijf.id} is at version ${currentVersion}, not ${input.verwachteVersie}: it was changed meanwhile. Nothing was written.`,
      { id: verblijf.id, currentVersion },
    );
  }
  assertPeriod(verblijf.instroomdatum, input.vastgesteldOp, 'D&R-plan (from instroom to vaststelling)');
  const deelnemendeOrganisaties = [...new Set(input.deelnemendeOrganisaties.map(parseOrganisatie))];
  const plan = await manager.save(
    manager.create(DrPlanEntity, {
      verblijfId: verblijf.id,
      versie: currentVersion + 1,
      regie: input.regie,
      deelnemendeOrganisaties,
      justitiabeleBetrokken: input.justitiabeleBetrokken,
      wensenJustitiabele: input.wensenJustitiabele?.trim() || null,
      vastgesteldOp: input.vastgesteldOp,
    }),
  );
  if (input.afspraken.length > 0) {
    await manager.insert(
      DrAfspraakEntity,
      input.afspraken.map((afspraak, index) => ({
        planId: plan.id,
        volgnummer: index + 1,
        basisvoorwaarde: afspraak.basisvoorwaarde,
        omschrijving: requireText(afspraak.omschrijving, `Afspraak ${index + 1}: omschrijving`),
        verantwoordelijkePartij: parseOrganisatie(afspraak.verantwoordelijkePartij),
        deadline: afspraak.deadline ?? null,
        status: afspraak.status,
      })),
    );
  }
  await storeOpenDeadlines(manager, [verblijf.id]);
  return { record: plan, justitiabeleId: verblijf.justitiabeleId };
}
