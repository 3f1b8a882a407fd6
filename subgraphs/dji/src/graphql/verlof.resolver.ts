import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { registreerVerlof } from '../domain/verlof-commands';

import type { DjiContext } from './context';
import { VerlofInput } from './inputs';
import { Verblijf } from './verblijf.type';
import { Verlof } from './verlof.type';

/** A stay's verloven. */
@Resolver(() => Verblijf)
export class VerlofResolver {
  constructor(private readonly transactions: Transactions) {}

  // The re-integration's partners plan around a verlof ("als dat verlof bijdraagt" to re-integration,
  // seed 001 l. 240–241; none without a valid ID, seed 002 l. 479): art. 18a, not art. 51c, which
  // gives a gemeente only the begin and end of the deprivation of liberty.
  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => [Verlof], {
    nullable: true,
    description: 'The verloven granted during this verblijf, oldest first.',
  })
  async verloven(@Root() verblijf: Verblijf, @Ctx() { loaders }: DjiContext): Promise<Verlof[]> {
    return (await loaders.verloven.load(verblijf.id)).map((entity) => Verlof.from(entity));
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, {
    description:
      'Records a verlof granted during a current verblijf, with its kind and dates; overlapping verloven are refused.',
  })
  async registreerVerlof(
    @Arg('input', () => VerlofInput) input: VerlofInput,
    @Ctx() request: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.transactions.run(request, (manager) => registreerVerlof(manager, input, request.access)),
    );
  }
}
