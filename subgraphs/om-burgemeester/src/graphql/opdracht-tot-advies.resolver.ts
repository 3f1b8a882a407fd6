import { Wijziging } from '@ketengraaf/subgraph-kit';
import { Arg, Mutation, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';

import { geefOpdrachtTotAdvies } from '../domain/strafzaak-commands';

import { OpdrachtTotAdviesInput } from './inputs';
import { OpdrachtTotAdvies } from './opdracht-tot-advies.type';

@Resolver(() => OpdrachtTotAdvies)
export class OpdrachtTotAdviesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Wijziging(['om:officier'], 'EIGEN_TAAK')
  @Mutation(() => OpdrachtTotAdvies, { description: 'Orders a reclassering organisation to advise in a case.' })
  async geefOpdrachtTotAdvies(
    @Arg('input', () => OpdrachtTotAdviesInput) input: OpdrachtTotAdviesInput,
  ): Promise<OpdrachtTotAdvies> {
    return OpdrachtTotAdvies.from(
      await this.dataSource.transaction((manager) => geefOpdrachtTotAdvies(manager, input)),
    );
  }
}
