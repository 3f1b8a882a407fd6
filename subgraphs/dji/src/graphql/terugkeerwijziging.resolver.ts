import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { wijzigTerugkeergemeente } from '../domain/terugkeergemeente-commands';

import type { DjiContext } from './context';
import { TerugkeergemeenteWijzigingInput } from './inputs';
import { Terugkeerwijziging } from './terugkeerwijziging.type';
import { Verblijf } from './verblijf.type';

/** A stay's changes of its gemeente of return. */
@Resolver(() => Verblijf)
export class TerugkeerwijzigingResolver {
  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
  ) {}

  // DJI's own task only: a reason such as the victims' interests is no gemeente's or partner's business.
  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => [Terugkeerwijziging], {
    nullable: true,
    description: 'Every change of the gemeente of return, oldest first, with its reason.',
  })
  async terugkeerwijzigingen(
    @Root() verblijf: Verblijf,
    @Ctx() { loaders }: DjiContext,
  ): Promise<Terugkeerwijziging[]> {
    return (await loaders.terugkeerwijzigingen.load(verblijf.id)).map((entity) => Terugkeerwijziging.from(entity));
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, {
    description:
      'Changes the gemeente of return of a current verblijf, with its reason; the former and the new gemeente are told (art. 51c WJSG moves with it).',
  })
  async wijzigTerugkeergemeente(
    @Arg('input', () => TerugkeergemeenteWijzigingInput) input: TerugkeergemeenteWijzigingInput,
    @Ctx() request: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.transactions.run(request, (manager) =>
        wijzigTerugkeergemeente(manager, input, request.access, this.outbox),
      ),
    );
  }
}
