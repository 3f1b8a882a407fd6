import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { registreerScreening } from '../domain/screening-commands';

import type { DjiContext } from './context';
import { ScreeningInput } from './inputs';
import { Hulpvraag, Screening } from './screening.type';

@Resolver(() => Screening)
export class ScreeningResolver {
  constructor(private readonly transactions: Transactions) {}

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => [Hulpvraag], { nullable: true })
  async hulpvragen(@Root() screening: Screening, @Ctx() { loaders }: DjiContext): Promise<Hulpvraag[]> {
    return (await loaders.hulpvragen.load(screening.id)).map((entity) => Hulpvraag.from(entity));
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Screening, { description: 'Records a screening on the basisvoorwaarden and sociaal netwerk.' })
  async registreerScreening(
    @Arg('input', () => ScreeningInput) input: ScreeningInput,
    @Ctx() request: DjiContext,
  ): Promise<Screening> {
    const { record, justitiabeleId } = await this.transactions.run(request, (manager) =>
      registreerScreening(manager, input, request.access),
    );
    return Screening.from(record, justitiabeleId);
  }
}
