import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { registreerNaleving } from '../domain/voorwaarde-commands';

import type { ReclasseringContext } from './context';
import { NalevingInput } from './inputs';
import { Naleving } from './naleving.type';
import { meldingVan } from './overtredingsmelding.resolver';
import { Overtredingsmelding } from './overtredingsmelding.type';

@Resolver(() => Naleving)
export class NalevingResolver {
  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
  ) {}

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => Overtredingsmelding, {
    nullable: true,
    description: 'The melding to OM, for an overtreding.',
  })
  async melding(
    @Root() naleving: Naleving,
    @Ctx() { loaders }: ReclasseringContext,
  ): Promise<Overtredingsmelding | null> {
    const entity = await loaders.melding.load(naleving.id);
    return entity && meldingVan(entity, loaders);
  }

  @Wijziging(['reclassering:toezichthouder'], 'EIGEN_TAAK')
  @Mutation(() => Naleving, {
    description:
      'Records one check of a bijzondere voorwaarde; an overtreding is reported to OM in the same transaction.',
  })
  async registreerNaleving(
    @Arg('input', () => NalevingInput) input: NalevingInput,
    @Ctx() request: ReclasseringContext,
  ): Promise<Naleving> {
    const { record, justitiabeleId, bronhouder } = await this.transactions.run(request, (manager) =>
      registreerNaleving(manager, this.outbox, input, request.access),
    );
    return Naleving.from(record, justitiabeleId, bronhouder);
  }
}
