import { Doelbinding } from '@ketengraaf/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Advies } from './advies.type';
import type { ReclasseringContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { meldingVan } from './overtredingsmelding.resolver';
import { Overtredingsmelding } from './overtredingsmelding.type';
import { Risicotaxatie } from './risicotaxatie.type';
import { Toezicht } from './toezicht.type';

@Resolver(() => Justitiabele)
export class JustitiabeleResolver {
  // Nullable: when the reclassering subgraph is unreachable, only these fields are lost.
  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @FieldResolver(() => [Advies], {
    nullable: true,
    description:
      "The person's adviezen the caller may see (each organisation its own; the officier those OM ordered), newest first.",
  })
  async adviezen(@Root() justitiabele: Justitiabele, @Ctx() { loaders }: ReclasseringContext): Promise<Advies[]> {
    return (await loaders.adviezen.load(justitiabele.id)).map((entity) => Advies.from(entity));
  }

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM', 'ART_18A_PBW')
  @FieldResolver(() => [Toezicht], {
    nullable: true,
    description: "The person's toezichten the caller may see, newest first.",
  })
  async toezichten(@Root() justitiabele: Justitiabele, @Ctx() { loaders }: ReclasseringContext): Promise<Toezicht[]> {
    return (await loaders.toezichten.load(justitiabele.id)).map((entity) => Toezicht.from(entity));
  }

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM', 'ART_18B_PBW')
  @FieldResolver(() => Risicotaxatie, {
    nullable: true,
    description:
      'The latest risicotaxatie the caller may see. Outside the reclassering only while the latest is GEMIDDELD or HOOG (art. 18b Pbw).',
  })
  async risicotaxatie(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: ReclasseringContext,
  ): Promise<Risicotaxatie | null> {
    for (const entity of await loaders.risicotaxaties.load(justitiabele.id)) {
      const taxatie = Risicotaxatie.from(entity);
      if (await access.mayRead('Risicotaxatie', taxatie)) {
        return taxatie;
      }
    }
    return null;
  }

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @FieldResolver(() => [Risicotaxatie], {
    nullable: true,
    description: "Every risicotaxatie of the caller's own organisation, newest first.",
  })
  async risicotaxaties(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders }: ReclasseringContext,
  ): Promise<Risicotaxatie[]> {
    return (await loaders.risicotaxaties.load(justitiabele.id)).map((entity) => Risicotaxatie.from(entity));
  }

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @FieldResolver(() => [Overtredingsmelding], {
    nullable: true,
    description:
      "The meldingen of overtredingen the caller may see: its own organisation's, or those made to OM for the officier; newest first.",
  })
  async overtredingsmeldingen(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders }: ReclasseringContext,
  ): Promise<Overtredingsmelding[]> {
    const entities = await loaders.meldingen.load(justitiabele.id);
    return Promise.all(entities.map((entity) => meldingVan(entity, loaders)));
  }
}
