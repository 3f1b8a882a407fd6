import { Doelbinding, mapConnection, PageArgs } from '@ketengraaf/subgraph-kit';
import type { Connection } from '@ketengraaf/subgraph-kit';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { ScreeningmeldingQueries } from '../data/screeningmelding.queries';

import type { ReclasseringContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { Screeningmelding, ScreeningmeldingConnection } from './screeningmelding.type';

@Resolver(() => Screeningmelding)
export class ScreeningmeldingResolver {
  constructor(private readonly meldingen: ScreeningmeldingQueries) {}

  @Query(() => ScreeningmeldingConnection, {
    description:
      "DJI's screening requests and hulpvragen sent to the caller's organisation, by day: for its adviseurs and toezichthouders.",
  })
  async screeningmeldingen(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { access }: ReclasseringContext,
  ): Promise<Connection<Screeningmelding>> {
    return mapConnection(await this.meldingen.vanOrganisatie(page, access), (row) => Screeningmelding.from(row));
  }

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => Justitiabele, { nullable: true })
  justitiabele(@Root() melding: Screeningmelding): Justitiabele {
    return Justitiabele.from(melding.justitiabeleId);
  }
}
