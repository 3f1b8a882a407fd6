import { Doelbinding, mapConnection, PageArgs } from '@ketengraaf/subgraph-kit';
import type { Connection } from '@ketengraaf/subgraph-kit';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { AdviesopdrachtQueries } from '../data/adviesopdracht.queries';

import { Adviesopdracht, AdviesopdrachtConnection } from './adviesopdracht.type';
import type { ReclasseringContext } from './context';
import { Justitiabele } from './justitiabele.type';

@Resolver(() => Adviesopdracht)
export class AdviesopdrachtResolver {
  constructor(private readonly opdrachten: AdviesopdrachtQueries) {}

  @Query(() => AdviesopdrachtConnection, {
    description: "The opdrachten tot advies OM gave the caller's organisation, by day: its adviseurs' work.",
  })
  async adviesopdrachten(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { access }: ReclasseringContext,
  ): Promise<Connection<Adviesopdracht>> {
    return mapConnection(await this.opdrachten.vanOrganisatie(page, access), (row) => Adviesopdracht.from(row));
  }

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => Justitiabele, { nullable: true })
  justitiabele(@Root() opdracht: Adviesopdracht): Justitiabele {
    return Justitiabele.from(opdracht.justitiabeleId);
  }
}
