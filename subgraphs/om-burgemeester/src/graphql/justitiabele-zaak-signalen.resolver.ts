import { Doelbinding, PerVeld, Signaal } from '@ketengraaf/subgraph-kit';
import type { Klok } from '@ketengraaf/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { OmBurgemeesterContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { ZAAK_SIGNAAL_GRONDEN, zaakSignalenVan } from './zaak-signalen';

/** OM's signals on a person: the officier's deadlines in OM's cases. */
@Resolver(() => Justitiabele)
export class JustitiabeleZaakSignalenResolver {
  constructor(private readonly vandaag: Klok) {}

  @PerVeld()
  @Doelbinding(...ZAAK_SIGNAAL_GRONDEN)
  @FieldResolver(() => [Signaal], {
    nullable: true,
    description:
      "OM's signals on the person, most urgent first: per opdracht tot advies, the advies due the advies term after it; per case with a VI-datum, the VI-beslissing due the VI term before it. For the officier only. `signalen` joins them with the other parties'.",
  })
  async zaakSignalen(@Root() justitiabele: Justitiabele, @Ctx() context: OmBurgemeesterContext): Promise<Signaal[]> {
    const grondslag = await context.access.groundOf('Justitiabele.zaakSignalen', ZAAK_SIGNAAL_GRONDEN, justitiabele);
    return grondslag ? zaakSignalenVan(justitiabele.id, null, context, this.vandaag(), grondslag) : [];
  }
}
