import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { AdviesQueries } from '../data/advies.queries';
import { registreerAdvies } from '../domain/advies-commands';

import { Advies, GeadviseerdeVoorwaarde } from './advies.type';
import type { ReclasseringContext } from './context';
import { AdviesInput } from './inputs';
import { Justitiabele } from './justitiabele.type';

@Resolver(() => Advies)
export class AdviesResolver {
  constructor(
    private readonly adviezen: AdviesQueries,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
  ) {}

  @Query(() => Advies, { nullable: true })
  async advies(@Arg('id', () => ID) id: string): Promise<Advies | null> {
    const entity = await this.adviezen.byId(id);
    return entity && Advies.from(entity);
  }

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @FieldResolver(() => [GeadviseerdeVoorwaarde], { nullable: true, description: 'In the order the advies gives them.' })
  async geadviseerdeVoorwaarden(
    @Root() advies: Advies,
    @Ctx() { loaders }: ReclasseringContext,
  ): Promise<GeadviseerdeVoorwaarde[]> {
    return (await loaders.geadviseerdeVoorwaarden.load(advies.id)).map((entity) => GeadviseerdeVoorwaarde.from(entity));
  }

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @FieldResolver(() => Justitiabele, { nullable: true })
  justitiabele(@Root() advies: Advies): Justitiabele {
    return Justitiabele.from(advies.justitiabeleId);
  }

  @Wijziging(['reclassering:adviseur'], 'EIGEN_TAAK')
  @Mutation(() => Advies, {
    description:
      "Registers an advies of the caller's own organisation; one OM asked for is reported to OM in the same transaction.",
  })
  async registreerAdvies(
    @Arg('input', () => AdviesInput) input: AdviesInput,
    @Ctx() request: ReclasseringContext,
  ): Promise<Advies> {
    return Advies.from(
      await this.transactions.run(request, (manager) => registreerAdvies(manager, this.outbox, input, request.access)),
    );
  }
}
