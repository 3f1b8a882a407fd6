import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { GemeenteContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { Nazorgdossier } from './nazorgdossier.type';

@Resolver(() => Justitiabele)
export class JustitiabeleResolver {
  // Nullable: when the gemeente subgraph is unreachable, only this field is lost, not the person.
  @FieldResolver(() => [Nazorgdossier], {
    nullable: true,
    description: "The person's nazorgdossiers in this deployment, newest first.",
  })
  async nazorgdossiers(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders }: GemeenteContext,
  ): Promise<Nazorgdossier[]> {
    return (await loaders.nazorgdossiers.load(justitiabele.bsn)).map((entity) => Nazorgdossier.from(entity));
  }
}
