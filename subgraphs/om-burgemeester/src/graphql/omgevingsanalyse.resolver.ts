import { Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { registreerOmgevingsanalyse, wijzigOmgevingsanalyse } from '../domain/stuk-commands';

import type { OmBurgemeesterContext } from './context';
import { OmgevingsanalyseInput, OmgevingsanalyseWijzigingInput } from './inputs';
import { Omgevingsanalyse } from './omgevingsanalyse.type';

@Resolver(() => Omgevingsanalyse)
export class OmgevingsanalyseResolver {
  constructor(private readonly transactions: Transactions) {}

  @Wijziging(['burgemeester:oov-adviseur'], 'EIGEN_TAAK')
  @Mutation(() => Omgevingsanalyse, { description: "Records an omgevingsanalyse of the caller's burgemeester." })
  async registreerOmgevingsanalyse(
    @Arg('input', () => OmgevingsanalyseInput) input: OmgevingsanalyseInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<Omgevingsanalyse> {
    return Omgevingsanalyse.from(
      await this.transactions.run(request, (manager) => registreerOmgevingsanalyse(manager, input, request.access)),
    );
  }

  @Wijziging(['burgemeester:oov-adviseur'], 'EIGEN_TAAK')
  @Mutation(() => Omgevingsanalyse, {
    description:
      'Changes an omgevingsanalyse not yet sent to OM; refused with VERSION_CONFLICT when based on a stale version.',
  })
  async wijzigOmgevingsanalyse(
    @Arg('input', () => OmgevingsanalyseWijzigingInput) input: OmgevingsanalyseWijzigingInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<Omgevingsanalyse> {
    return Omgevingsanalyse.from(
      await this.transactions.run(request, (manager) => wijzigOmgevingsanalyse(manager, input, request.access)),
    );
  }
}
