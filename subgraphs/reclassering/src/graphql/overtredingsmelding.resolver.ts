import { Doelbinding, PageArgs } from '@ketengraaf/subgraph-kit';
import type { Connection } from '@ketengraaf/subgraph-kit';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { OvertredingsmeldingQueries } from '../data/overtredingsmelding.queries';
import type { OvertredingsmeldingEntity } from '../entities/overtredingsmelding.entity';
import type { ReclasseringLoaders } from '../loaders/reclassering-loaders';

import { BijzondereVoorwaarde } from './bijzondere-voorwaarde.type';
import type { ReclasseringContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { Overtredingsmelding, OvertredingsmeldingConnection } from './overtredingsmelding.type';

/**
 * A melding as GraphQL object, with the toezicht it was made under (the person's toezichten,
 * batched) and where its delivery to OM is (its outbox row, batched).
 */
export async function meldingVan(
  entity: OvertredingsmeldingEntity,
  loaders: ReclasseringLoaders,
): Promise<Overtredingsmelding> {
  const [toezichten, status] = await Promise.all([
    loaders.toezichten.load(entity.justitiabeleId),
    entity.meldingId ? loaders.uitgaandeMeldingStatus.load(entity.meldingId) : entity.status,
  ]);
  const toezicht = toezichten.find((candidate) => candidate.id === entity.toezichtId);
  if (!toezicht) {
    throw new Error(`Overtredingsmelding ${entity.id} names toezicht ${entity.toezichtId}, which does not exist.`);
  }
  return Overtredingsmelding.from(entity, toezicht, status ?? entity.status);
}

@Resolver(() => Overtredingsmelding)
export class OvertredingsmeldingResolver {
  constructor(private readonly meldingen: OvertredingsmeldingQueries) {}

  @Query(() => OvertredingsmeldingConnection, {
    description:
      "The meldingen of overtredingen made to the caller's organisation (OM), by the day of the overtreding.",
  })
  async overtredingsmeldingen(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { access, loaders }: ReclasseringContext,
  ): Promise<Connection<Overtredingsmelding>> {
    const { edges, pageInfo } = await this.meldingen.gemeldAan(page, access);
    return {
      edges: await Promise.all(
        edges.map(async ({ cursor, node }) => ({ cursor, node: await meldingVan(node, loaders) })),
      ),
      pageInfo,
    };
  }

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @FieldResolver(() => String, { nullable: true, description: 'What the toezichthouder found.' })
  async toelichting(
    @Root() melding: Overtredingsmelding,
    @Ctx() { loaders }: ReclasseringContext,
  ): Promise<string | null> {
    return (await loaders.nalevingRecord.load(melding.nalevingId))?.toelichting ?? null;
  }

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @FieldResolver(() => BijzondereVoorwaarde, { nullable: true, description: 'The voorwaarde that was breached.' })
  async voorwaarde(
    @Root() melding: Overtredingsmelding,
    @Ctx() { loaders }: ReclasseringContext,
  ): Promise<BijzondereVoorwaarde | null> {
    const naleving = await loaders.nalevingRecord.load(melding.nalevingId);
    const voorwaarde = naleving && (await loaders.voorwaarde.load(naleving.voorwaardeId));
    return voorwaarde && BijzondereVoorwaarde.from(voorwaarde, melding.justitiabeleId, melding.organisatie);
  }

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @FieldResolver(() => Justitiabele, { nullable: true })
  justitiabele(@Root() melding: Overtredingsmelding): Justitiabele {
    return Justitiabele.from(melding.justitiabeleId);
  }
}
