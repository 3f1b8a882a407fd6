import { Doelbinding, mapConnection, PageArgs, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Connection, OutboxWriter, Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { AdviesopdrachtQueries } from '../data/adviesopdracht.queries';
import { neemAdviesopdrachtInBehandeling } from '../domain/adviesopdracht-commands';

import { Adviesopdracht, AdviesopdrachtConnection } from './adviesopdracht.type';
import type { ReclasseringContext } from './context';
import { Justitiabele } from './justitiabele.type';

@Resolver(() => Adviesopdracht)
export class AdviesopdrachtResolver {
  constructor(
    private readonly opdrachten: AdviesopdrachtQueries,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
  ) {}

  @Query(() => AdviesopdrachtConnection, {
    description: "The opdrachten tot advies OM gave the caller's organisation, by day: its adviseurs' work.",
  })
  async adviesopdrachten(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { access }: ReclasseringContext,
  ): Promise<Connection<Adviesopdracht>> {
    return mapConnection(await this.opdrachten.vanOrganisatie(page, access), (row) => Adviesopdracht.from(row));
  }

  @Wijziging(['reclassering:adviseur'], 'EIGEN_TAAK')
  @Mutation(() => Adviesopdracht, {
    description: "Takes up an opdracht tot advies of the caller's organisation: OM hears it is IN_BEHANDELING.",
  })
  async neemAdviesopdrachtInBehandeling(
    @Arg('id', () => ID) id: string,
    @Ctx() request: ReclasseringContext,
  ): Promise<Adviesopdracht> {
    return Adviesopdracht.from(
      await this.transactions.run(request, (manager) =>
        neemAdviesopdrachtInBehandeling(manager, this.outbox, id, request.access),
      ),
    );
  }

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => Justitiabele, { nullable: true })
  justitiabele(@Root() opdracht: Adviesopdracht): Justitiabele {
    return Justitiabele.from(opdracht.justitiabeleId);
  }
}
