import { Wijziging } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { herroepVi, registreerViBeslissing, vervroegVi } from '../domain/vi-commands';

import type { OmBurgemeesterContext } from './context';
import { HerroepingInput, VervroegingInput, ViBeslissingInput } from './inputs';
import { ViBeslissing } from './vi-beslissing.type';

@Resolver(() => ViBeslissing)
export class ViBeslissingResolver {
  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
  ) {}

  @Wijziging(['om:officier'], 'EIGEN_TAAK')
  @Mutation(() => ViBeslissing, {
    description: 'Records the VI-beslissing in a case; refused with INVALID_STATE when the case has one.',
  })
  async registreerViBeslissing(
    @Arg('input', () => ViBeslissingInput) input: ViBeslissingInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<ViBeslissing> {
    return ViBeslissing.from(
      await this.transactions.run(request, (manager) => registreerViBeslissing(manager, input, request.access)),
    );
  }

  @Wijziging(['om:officier'], 'EIGEN_TAAK')
  @Mutation(() => ViBeslissing, {
    description:
      'Brings a VI forward to an earlier ingangsdatum (an unexpected early release) and tells the supervising reclassering organisation at once, ahead of the queue; a revoked VI is refused with INVALID_STATE, a day not earlier with INVALID_INPUT.',
  })
  async vervroegVi(
    @Arg('input', () => VervroegingInput) input: VervroegingInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<ViBeslissing> {
    return ViBeslissing.from(
      await this.transactions.run(request, (manager) => vervroegVi(manager, this.outbox, input, request.access)),
    );
  }

  @Wijziging(['om:officier'], 'EIGEN_TAAK')
  @Mutation(() => ViBeslissing, {
    description: 'Revokes a VI; a herroeping before the beslissing is refused with INVALID_PERIOD.',
  })
  async herroepVi(
    @Arg('input', () => HerroepingInput) input: HerroepingInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<ViBeslissing> {
    return ViBeslissing.from(
      await this.transactions.run(request, (manager) => herroepVi(manager, input, request.access)),
    );
  }
}
