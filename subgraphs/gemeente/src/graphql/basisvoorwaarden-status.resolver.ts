import { Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { werkBasisvoorwaardenBij } from '../domain/basisvoorwaarden-commands';

import { BasisvoorwaardenStatus } from './basisvoorwaarden-status.type';
import type { GemeenteContext } from './context';
import { BasisvoorwaardenInput } from './inputs';
import { Nazorgdossier } from './nazorgdossier.type';

@Resolver(() => BasisvoorwaardenStatus)
export class BasisvoorwaardenStatusResolver {
  constructor(private readonly transactions: Transactions) {}

  @Wijziging(['gemeente:nazorgcoordinator'], 'EIGEN_TAAK')
  @Mutation(() => Nazorgdossier, {
    description:
      'Changes the status of the basisvoorwaarden given; refused with VERSION_CONFLICT when based on a stale version of the dossier.',
  })
  async werkBasisvoorwaardenBij(
    @Arg('input', () => BasisvoorwaardenInput) input: BasisvoorwaardenInput,
    @Ctx() request: GemeenteContext,
  ): Promise<Nazorgdossier> {
    return Nazorgdossier.from(
      await this.transactions.run(request, (manager) => werkBasisvoorwaardenBij(manager, input, request.access)),
    );
  }
}
