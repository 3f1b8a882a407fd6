import { Wijziging } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';

import { registreerMdo } from '../domain/mdo-commands';
import { ownRecord } from '../policy/own-record';

import type { DjiContext } from './context';
import { MdoInput } from './inputs';
import { Mdo } from './mdo.type';

@Resolver(() => Mdo)
export class MdoResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Mdo, { description: 'Records a multidisciplinair overleg.' })
  async registreerMdo(@Arg('input', () => MdoInput) input: MdoInput, @Ctx() { access }: DjiContext): Promise<Mdo> {
    const { record, justitiabeleId } = await this.dataSource.transaction(async (manager) =>
      ownRecord(access, await registreerMdo(manager, input)),
    );
    return Mdo.from(record, justitiabeleId);
  }
}
