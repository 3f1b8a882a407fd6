import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { geefZienswijze, wijzigZienswijze } from '../domain/stuk-commands';
import { ontvangenDoorOm } from '../domain/stuk-meldingen';
import { StukSoort } from '../domain/stuk-soort';

import type { OmBurgemeesterContext } from './context';
import { ZienswijzeInput, ZienswijzeWijzigingInput } from './inputs';
import { Zienswijze } from './zienswijze.type';

@Resolver(() => Zienswijze)
export class ZienswijzeResolver {
  constructor(private readonly transactions: Transactions) {}

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => Date, {
    nullable: true,
    description: "When OM's inbox received it, from the melding sent with it; null until then.",
  })
  ontvangenDoorOmOp(@Root() stuk: Zienswijze, @Ctx() { loaders }: OmBurgemeesterContext): Promise<Date | null> {
    return ontvangenDoorOm(loaders.ontvangenStuk, StukSoort.ZIENSWIJZE, stuk);
  }

  @Wijziging(['burgemeester:oov-adviseur'], 'EIGEN_TAAK')
  @Mutation(() => Zienswijze, {
    description: "Records a zienswijze of the caller's burgemeester on a person's VI-conditions.",
  })
  async geefZienswijze(
    @Arg('input', () => ZienswijzeInput) input: ZienswijzeInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<Zienswijze> {
    return Zienswijze.from(
      await this.transactions.run(request, (manager) => geefZienswijze(manager, input, request.access)),
    );
  }

  @Wijziging(['burgemeester:oov-adviseur'], 'EIGEN_TAAK')
  @Mutation(() => Zienswijze, {
    description:
      'Changes a zienswijze not yet sent to OM; refused with VERSION_CONFLICT when based on a stale version.',
  })
  async wijzigZienswijze(
    @Arg('input', () => ZienswijzeWijzigingInput) input: ZienswijzeWijzigingInput,
    @Ctx() request: OmBurgemeesterContext,
  ): Promise<Zienswijze> {
    return Zienswijze.from(
      await this.transactions.run(request, (manager) => wijzigZienswijze(manager, input, request.access)),
    );
  }
}
