import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';

import { registreerMdo } from '../domain/mdo-commands';

import type { DjiContext } from './context';
import { MdoInput } from './inputs';
import { Mdo } from './mdo.type';

@Resolver(() => Mdo)
export class MdoResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Mutation(() => Mdo, { description: 'Records a multidisciplinair overleg.' })
  async registreerMdo(@Arg('input', () => MdoInput) input: MdoInput, @Ctx() { access }: DjiContext): Promise<Mdo> {
    access.requireRole('dji', 'casemanager');
    const { record, justitiabeleId } = await this.dataSource.transaction((manager) => registreerMdo(manager, input));
    return Mdo.from(record, justitiabeleId);
  }
}
