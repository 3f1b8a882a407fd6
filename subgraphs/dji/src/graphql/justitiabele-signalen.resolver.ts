import { Doelbinding, PerVeld, Signaal } from '@ketengraaf/subgraph-kit';
import type { Klok } from '@ketengraaf/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { VerblijfStatus } from '../entities/verblijf.entity';

import type { DjiContext } from './context';
import { SIGNAAL_GRONDEN, signalenVan } from './detentie-signalen';
import { Justitiabele } from './justitiabele.type';

/** DJI's signals on a person: the deadlines of the current stay. */
@Resolver(() => Justitiabele)
export class JustitiabeleSignalenResolver {
  constructor(private readonly vandaag: Klok) {}

  @PerVeld()
  @Doelbinding(...SIGNAAL_GRONDEN)
  @FieldResolver(() => [Signaal], {
    nullable: true,
    description:
      "DJI's signals on the current stay, most urgent first: screening, D&R-plan and MDO, under the process version of its instroomdatum. Empty when no stay is current. `signalen` joins them with the other parties'.",
  })
  async detentieSignalen(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: DjiContext,
  ): Promise<Signaal[]> {
    const verblijf = (await loaders.verblijven.load(justitiabele.id)).find(
      (candidate) => candidate.status !== VerblijfStatus.UITGESTROOMD,
    );
    const grondslag = await access.groundOf('Justitiabele.detentieSignalen', SIGNAAL_GRONDEN, justitiabele);
    return verblijf && grondslag ? signalenVan(verblijf, loaders, this.vandaag(), grondslag, access.caller) : [];
  }
}
