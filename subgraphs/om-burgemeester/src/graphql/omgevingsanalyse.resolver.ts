import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { registreerOmgevingsanalyse, wijzigOmgevingsanalyse } from '../domain/stuk-commands';
import { ontvangenDoorOm } from '../domain/stuk-meldingen';
import { StukSoort } from '../domain/stuk-soort';

import type { OmBurgemeesterContext } from './context';
import { OmgevingsanalyseInput, OmgevingsanalyseWijzigingInput } from './inputs';
import { Omgevingsanalyse } from './omgevingsanalyse.type';

@Resolver(() => Omgevingsanalyse)
export class OmgevingsanalyseResolver {
  constructor(private readonly transactions: Transactions) {}

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => Date, {
    nullable: true,
    description: "When OM's inbox received it, from the melding sent with it; null until then.",
  })
  ontvangenDoorOmOp(@Root() stuk: Omgevingsanalyse, @Ctx() { loaders }: OmBurgemeesterContext): Promise<Date | null> {
    return ontvangenDoorOm(loaders.ontvangenStuk, StukSoort.OMGEVINGSANALYSE, stuk);
  }

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
