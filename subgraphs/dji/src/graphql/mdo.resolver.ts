import { Arg, Mutation, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';

import { registreerMdo } from '../domain/mdo-commands';

import { MdoInput } from './inputs';
import { Mdo } from './mdo.type';

@Resolver(() => Mdo)
export class MdoResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Mutation(() => Mdo, { description: 'Records a multidisciplinair overleg.' })
  async registreerMdo(@Arg('input', () => MdoInput) input: MdoInput): Promise<Mdo> {
    return Mdo.from(await this.dataSource.transaction((manager) => registreerMdo(manager, input)));
  }
}
