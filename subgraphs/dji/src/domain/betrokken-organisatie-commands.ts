import { assertPeriod, clientError, parseOrganisatie } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { BetrokkenOrganisatieEntity } from '../entities/betrokken-organisatie.entity';
import type { BetrokkenheidAanleiding } from '../entities/betrokken-organisatie.entity';
import { VerblijfStatus } from '../entities/verblijf.entity';
import type { VerblijfEntity } from '../entities/verblijf.entity';
import type { BetrokkenOrganisatieInput } from '../graphql/inputs';

import { findVerblijf } from './validation';

/**
 * Records that a reclassering organisation takes part in the re-integration of a current verblijf,
 * and why. Recording the same organisation for the same reason again changes nothing: the first
 * date stands. Gemeenten take part as the gemeente of origin or return registered on the verblijf.
 * Only the casemanager the person's records are open to records it.
 */
export async function registreerBetrokkenOrganisatie(
  manager: EntityManager,
  input: BetrokkenOrganisatieInput,
  access: Refusals,
): Promise<VerblijfEntity> {
  const organisatie = parseOrganisatie(input.organisatie);
  if (!organisatie.startsWith('reclassering:')) {
    throw clientError(
      'INVALID_INPUT',
      `Only a reclassering organisation is recorded as involved, not ${organisatie}: a gemeente takes part as the gemeente of origin or return of the verblijf, others through the D&R-plan.`,
    );
  }
  const verblijf = await findVerblijf(manager, input.verblijfId, access);
  if (verblijf.status === VerblijfStatus.UITGESTROOMD) {
    throw clientError(
      'INVALID_STATE',
      `Verblijf ${verblijf.id} ended on ${verblijf.uitstroomdatum ?? '?'}; its re-integration in detention is over.`,
    );
  }
  assertPeriod(verblijf.instroomdatum, input.datum, 'Betrokkenheid (from instroom to its date)');
  await recordInvolvement(manager, verblijf.id, organisatie, input.aanleiding, input.datum);
  return verblijf;
}

/** Records an organisation as involved in a stay's re-integration, for a reason; the first date of a reason stands. */
export async function recordInvolvement(
  manager: EntityManager,
  verblijfId: string,
  organisatie: string,
  aanleiding: BetrokkenheidAanleiding,
  datum: string,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(BetrokkenOrganisatieEntity)
    .values({ verblijfId, organisatie, aanleiding, datum })
    .orIgnore()
    .execute();
}
