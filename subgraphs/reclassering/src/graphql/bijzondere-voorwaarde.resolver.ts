import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { wijzigBijzondereVoorwaarde } from '../domain/voorwaarde-commands';

import { BijzondereVoorwaarde } from './bijzondere-voorwaarde.type';
import type { ReclasseringContext } from './context';
import { BijzondereVoorwaardeWijzigingInput } from './inputs';
import { Naleving } from './naleving.type';

@Resolver(() => BijzondereVoorwaarde)
export class BijzondereVoorwaardeResolver {
  constructor(private readonly transactions: Transactions) {}

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @FieldResolver(() => [Naleving], { nullable: true, description: 'Every check of this voorwaarde, oldest first.' })
  async naleving(
    @Root() voorwaarde: BijzondereVoorwaarde,
    @Ctx() { loaders }: ReclasseringContext,
  ): Promise<Naleving[]> {
    return (await loaders.naleving.load(voorwaarde.id)).map((entity) =>
      Naleving.from(entity, voorwaarde.justitiabeleId, voorwaarde.bronhouder),
    );
  }

  @Wijziging(['reclassering:toezichthouder'], 'EIGEN_TAAK')
  @Mutation(() => BijzondereVoorwaarde, {
    description:
      'Replaces what a bijzondere voorwaarde holds; refused with VERSION_CONFLICT when based on a stale version of it.',
  })
  async wijzigBijzondereVoorwaarde(
    @Arg('input', () => BijzondereVoorwaardeWijzigingInput) input: BijzondereVoorwaardeWijzigingInput,
    @Ctx() request: ReclasseringContext,
  ): Promise<BijzondereVoorwaarde> {
    const { record, justitiabeleId, bronhouder } = await this.transactions.run(request, (manager) =>
      wijzigBijzondereVoorwaarde(manager, input, request.access),
    );
    return BijzondereVoorwaarde.from(record, justitiabeleId, bronhouder);
  }
}
