import { Doelbinding } from '@ketengraaf/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { GemeenteContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { Nazorgdossier } from './nazorgdossier.type';

@Resolver(() => Justitiabele)
export class JustitiabeleResolver {
  // Nullable: when the gemeente subgraph is unreachable, only this field is lost, not the person.
  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW', 'WGS')
  @FieldResolver(() => [Nazorgdossier], {
    nullable: true,
    description: "The person's nazorgdossiers the caller may see (each gemeente its own), newest first.",
  })
  async nazorgdossiers(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders }: GemeenteContext,
  ): Promise<Nazorgdossier[]> {
    return (await loaders.nazorgdossiers.load(justitiabele.bsn)).map((entity) => Nazorgdossier.from(entity));
  }
}
