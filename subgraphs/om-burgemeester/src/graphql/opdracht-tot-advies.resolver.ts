import { Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Mutation, Resolver } from 'type-graphql';

import { geefOpdrachtTotAdvies } from '../domain/strafzaak-commands';

import { OpdrachtTotAdviesInput } from './inputs';
import { OpdrachtTotAdvies } from './opdracht-tot-advies.type';

@Resolver(() => OpdrachtTotAdvies)
export class OpdrachtTotAdviesResolver {
  constructor(private readonly transactions: Transactions) {}

  @Wijziging(['om:officier'], 'EIGEN_TAAK')
  @Mutation(() => OpdrachtTotAdvies, { description: 'Orders a reclassering organisation to advise in a case.' })
  async geefOpdrachtTotAdvies(
    @Arg('input', () => OpdrachtTotAdviesInput) input: OpdrachtTotAdviesInput,
  ): Promise<OpdrachtTotAdvies> {
    return OpdrachtTotAdvies.from(await this.transactions.run((manager) => geefOpdrachtTotAdvies(manager, input)));
  }
}
