import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';

import { geefOpdrachtTotAdvies } from '../domain/strafzaak-commands';

import type { OmBurgemeesterContext } from './context';
import { OpdrachtTotAdviesInput } from './inputs';
import { OpdrachtTotAdvies } from './opdracht-tot-advies.type';

@Resolver(() => OpdrachtTotAdvies)
export class OpdrachtTotAdviesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Mutation(() => OpdrachtTotAdvies, { description: 'Orders a reclassering organisation to advise in a case.' })
  async geefOpdrachtTotAdvies(
    @Arg('input', () => OpdrachtTotAdviesInput) input: OpdrachtTotAdviesInput,
    @Ctx() { access }: OmBurgemeesterContext,
  ): Promise<OpdrachtTotAdvies> {
    access.requireRole('om', 'officier');
    return OpdrachtTotAdvies.from(
      await this.dataSource.transaction((manager) => geefOpdrachtTotAdvies(manager, input)),
    );
  }
}
