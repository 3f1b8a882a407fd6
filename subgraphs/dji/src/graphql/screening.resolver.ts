import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import { registreerScreening, vraagScreeningInformatie } from '../domain/screening-commands';

import type { DjiContext } from './context';
import { ScreeningInput } from './inputs';
import { Hulpvraag, Screening } from './screening.type';
import { Verblijf } from './verblijf.type';

@Resolver(() => Screening)
export class ScreeningResolver {
  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
  ) {}

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => [Hulpvraag], { nullable: true })
  async hulpvragen(@Root() screening: Screening, @Ctx() { loaders }: DjiContext): Promise<Hulpvraag[]> {
    return (await loaders.hulpvragen.load(screening.id)).map((entity) => Hulpvraag.from(entity));
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Screening, {
    description:
      'Records a screening on the basisvoorwaarden and sociaal netwerk, and sends its hulpvragen to the gemeenten of origin and return and the reclassering organisations recorded as involved (art. 18a Pbw).',
  })
  async registreerScreening(
    @Arg('input', () => ScreeningInput) input: ScreeningInput,
    @Ctx() request: DjiContext,
  ): Promise<Screening> {
    const { record, justitiabeleId } = await this.transactions.run(request, (manager) =>
      registreerScreening(manager, input, request.access, this.outbox),
    );
    return Screening.from(record, justitiabeleId);
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, {
    description:
      'Asks the gemeente of origin and the reclassering organisations recorded as involved for information for the screening of a current verblijf (art. 18a Pbw), saying by when the screening is due.',
  })
  async vraagScreeningInformatie(
    @Arg('verblijfId', () => ID) verblijfId: string,
    @Ctx() request: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.transactions.run(request, (manager) =>
        vraagScreeningInformatie(manager, verblijfId, request.access, this.outbox),
      ),
    );
  }
}
