import { Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { registreerMdo } from '../domain/mdo-commands';

import type { DjiContext } from './context';
import { MdoInput } from './inputs';
import { Mdo } from './mdo.type';

@Resolver(() => Mdo)
export class MdoResolver {
  constructor(private readonly transactions: Transactions) {}

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Mdo, { description: 'Records a multidisciplinair overleg.' })
  async registreerMdo(@Arg('input', () => MdoInput) input: MdoInput, @Ctx() request: DjiContext): Promise<Mdo> {
    const { record, justitiabeleId } = await this.transactions.run(request, (manager) =>
      registreerMdo(manager, input, request.access),
    );
    return Mdo.from(record, justitiabeleId);
  }
}
