import { Doelbinding, mapConnection, PageArgs, Signaal, SignaalSoort } from '@ketengraaf/subgraph-kit';
import type { Connection, Klok } from '@ketengraaf/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { ZaakWerkvoorraadQueries } from '../data/zaak-werkvoorraad.queries';
import { isOfficier } from '../policy/bronhouder';

import type { OmBurgemeesterContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { Strafzaak } from './strafzaak.type';
import { ZAAK_SIGNAAL_GRONDEN, zaakSignalenVan } from './zaak-signalen';
import { ZaakWerkvoorraadItem, ZaakWerkvoorraadItemConnection } from './zaak-werkvoorraad.type';

@Resolver(() => ZaakWerkvoorraadItem)
export class ZaakWerkvoorraadResolver {
  constructor(
    private readonly queries: ZaakWerkvoorraadQueries,
    private readonly vandaag: Klok,
  ) {}

  @Query(() => ZaakWerkvoorraadItemConnection, {
    description:
      "The officier's werkvoorraad: OM's cases with a VI-datum, a VI-beslissing or an opdracht tot advies, most urgent first (overdue deadlines first, then by deadline, cases with none open last). Filter on one of OM's kinds of signal with `soort`. For OM only.",
  })
  async zaakWerkvoorraad(
    @Arg('soort', () => SignaalSoort, { nullable: true }) soort: SignaalSoort | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { access }: OmBurgemeesterContext,
  ): Promise<Connection<ZaakWerkvoorraadItem>> {
    // Only OM keeps this werkvoorraad: anyone else is refused before a case is read, and recorded.
    if (!isOfficier(access.caller)) {
      throw access.refuseList('Query.zaakWerkvoorraad', 'ZaakWerkvoorraadItem');
    }
    return mapConnection(await this.queries.page(soort, page), (row) => ZaakWerkvoorraadItem.from(row));
  }

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => Strafzaak, { nullable: true, description: 'The case the item is about.' })
  async strafzaak(
    @Root() item: ZaakWerkvoorraadItem,
    @Ctx() { loaders }: OmBurgemeesterContext,
  ): Promise<Strafzaak | null> {
    const entity = (await loaders.strafzaken.load(item.justitiabeleId)).find((zaak) => zaak.id === item.zaakId);
    return entity ? Strafzaak.from(entity) : null;
  }

  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => Justitiabele, {
    nullable: true,
    description: 'The person, by chain id; the gateway goes on to the other parties from here.',
  })
  justitiabele(@Root() item: ZaakWerkvoorraadItem): Justitiabele {
    return Justitiabele.from(item.justitiabeleId);
  }

  @Doelbinding(...ZAAK_SIGNAAL_GRONDEN)
  @FieldResolver(() => [Signaal], { nullable: true, description: "OM's signals on the case, most urgent first." })
  async signalen(@Root() item: ZaakWerkvoorraadItem, @Ctx() context: OmBurgemeesterContext): Promise<Signaal[]> {
    const grondslag = await context.access.groundOf('ZaakWerkvoorraadItem.signalen', ZAAK_SIGNAAL_GRONDEN, item);
    return grondslag ? zaakSignalenVan(item.justitiabeleId, item.zaakId, context, this.vandaag(), grondslag) : [];
  }
}
