import { Doelbinding } from '@ketengraaf/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Advies } from './advies.type';
import type { ReclasseringContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { Risicotaxatie } from './risicotaxatie.type';
import { Toezicht } from './toezicht.type';

@Resolver(() => Justitiabele)
export class JustitiabeleResolver {
  // Nullable: when the reclassering subgraph is unreachable, only these fields are lost.
  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => [Advies], {
    nullable: true,
    description: "The person's adviezen the caller may see (each organisation its own), newest first.",
  })
  async adviezen(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: ReclasseringContext,
  ): Promise<Advies[]> {
    const adviezen = (await loaders.adviezen.load(justitiabele.id)).map((entity) => Advies.from(entity));
    const visible = await Promise.all(adviezen.map((advies) => access.mayRead('Advies', advies)));
    return adviezen.filter((_advies, index) => visible[index]);
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => [Toezicht], {
    nullable: true,
    description: "The person's toezichten the caller may see, newest first.",
  })
  async toezichten(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: ReclasseringContext,
  ): Promise<Toezicht[]> {
    const toezichten = (await loaders.toezichten.load(justitiabele.id)).map((entity) => Toezicht.from(entity));
    const visible = await Promise.all(toezichten.map((toezicht) => access.mayRead('Toezicht', toezicht)));
    return toezichten.filter((_toezicht, index) => visible[index]);
  }

  @Doelbinding('EIGEN_TAAK', 'ART_18B_PBW')
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

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => [Risicotaxatie], {
    nullable: true,
    description: "Every risicotaxatie of the caller's own organisation, newest first.",
  })
  async risicotaxaties(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: ReclasseringContext,
  ): Promise<Risicotaxatie[]> {
    const taxaties = (await loaders.risicotaxaties.load(justitiabele.id)).map((entity) => Risicotaxatie.from(entity));
    const visible = await Promise.all(taxaties.map((taxatie) => access.mayRead('Risicotaxatie', taxatie)));
    return taxaties.filter((_taxatie, index) => visible[index]);
  }
}
