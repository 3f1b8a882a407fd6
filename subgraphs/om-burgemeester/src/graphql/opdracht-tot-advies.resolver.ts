import { Wijziging } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { geefOpdrachtTotAdvies } from '../domain/strafzaak-commands';

import type { OmBurgemeesterContext } from './context';
import { OpdrachtTotAdviesInput } from './inputs';
import { OpdrachtTotAdvies } from './opdracht-tot-advies.type';

@Resolver(() => OpdrachtTotAdvies)
export class OpdrachtTotAdviesResolver {
  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
  ) {}

  @Wijziging(['om:officier'], 'EIGEN_TAAK')
  @Mutation(() => OpdrachtTotAdvies, {
    description:
      'Orders a reclassering organisation to advise in a case; a melding tells it so in the same transaction.',
  })
  async geefOpdrachtTotAdvies(
    @Arg('input', () => OpdrachtTotAdviesInput) input: OpdrachtTotAdviesInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<OpdrachtTotAdvies> {
    return OpdrachtTotAdvies.from(
      await this.transactions.run(request, (manager) =>
        geefOpdrachtTotAdvies(manager, this.outbox, input, request.access),
      ),
    );
  }
}
