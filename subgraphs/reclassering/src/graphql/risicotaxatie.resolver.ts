import { Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { registreerRisicotaxatie } from '../domain/risicotaxatie-commands';

import type { ReclasseringContext } from './context';
import { RisicotaxatieInput } from './inputs';
import { Risicotaxatie } from './risicotaxatie.type';

@Resolver(() => Risicotaxatie)
export class RisicotaxatieResolver {
  constructor(private readonly transactions: Transactions) {}

  @Wijziging(['reclassering:adviseur', 'reclassering:toezichthouder'], 'EIGEN_TAAK')
  @Mutation(() => Risicotaxatie, {
    description: "Records a risicotaxatie of the caller's own organisation on a person it advises or supervises.",
  })
  async registreerRisicotaxatie(
    @Arg('input', () => RisicotaxatieInput) input: RisicotaxatieInput,
    @Ctx() request: ReclasseringContext,
  ): Promise<Risicotaxatie> {
    return Risicotaxatie.from(
      await this.transactions.run(request, (manager) => registreerRisicotaxatie(manager, input, request.access)),
    );
  }
}
