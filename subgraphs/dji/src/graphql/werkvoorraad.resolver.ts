import { Doelbinding, mapConnection, PageArgs, Signaal, SignaalSoort } from '@ketengraaf/subgraph-kit';
import type { Connection, Klok } from '@ketengraaf/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { WerkvoorraadQueries } from '../data/werkvoorraad.queries';
import { VerblijfStatus } from '../entities/verblijf.entity';

import type { DjiContext } from './context';
import { SIGNAAL_GRONDEN, signalenVan } from './detentie-signalen';
import { Justitiabele } from './justitiabele.type';
import { Verblijf } from './verblijf.type';
import { WerkvoorraadItem, WerkvoorraadItemConnection } from './werkvoorraad.type';

@Resolver(() => WerkvoorraadItem)
export class WerkvoorraadResolver {
  constructor(
    private readonly queries: WerkvoorraadQueries,
    private readonly vandaag: Klok,
  ) {}

  @Query(() => WerkvoorraadItemConnection, {
    description:
      "The caller's werkvoorraad of current stays, most urgent first (overdue deadlines first, then by deadline): a casemanager's of its own inrichting, a nazorgcoördinator's of the stays DJI registered its gemeente on as gemeente of origin or return (both by SCREENING, DR_PLAN and MDO); a toezichthouder's of the stays in an extramural phase its organisation supervises, by the next report the director asked for (EXTRAMURALE_RAPPORTAGE); Justid's BIJ desk's of the stays returning to a gemeente taking part in BIJ whose BIJ-melding comes due within a month or is past due (BIJ_MELDING_VERWACHT; `justitiabele { signalen }` says for whom one is due). Filter on one of the caller's kinds with `soort`.",
  })
  async verblijfWerkvoorraad(
    @Arg('soort', () => SignaalSoort, { nullable: true }) soort: SignaalSoort | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { access }: DjiContext,
  ): Promise<Connection<WerkvoorraadItem>> {
    return mapConnection(await this.queries.page(soort, page, access, this.vandaag()), (row) =>
      WerkvoorraadItem.from(row),
    );
  }

  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW', 'ART_11A_BJSG')
  @FieldResolver(() => Justitiabele, { nullable: true })
  async justitiabele(@Root() item: WerkvoorraadItem, @Ctx() { loaders }: DjiContext): Promise<Justitiabele | null> {
    const entity = await loaders.justitiabele.load(`id:${item.justitiabeleId}`);
    return entity && Justitiabele.from(entity);
  }

  @Doelbinding('EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW', 'ART_11A_BJSG')
  @FieldResolver(() => Verblijf, { nullable: true, description: 'The current stay the item is about.' })
  async verblijf(@Root() item: WerkvoorraadItem, @Ctx() { loaders }: DjiContext): Promise<Verblijf | null> {
    const entity = (await loaders.verblijven.load(item.justitiabeleId)).find(
      (verblijf) => verblijf.id === item.verblijfId,
    );
    return entity ? Verblijf.from(entity) : null;
  }

  @Doelbinding(...SIGNAAL_GRONDEN)
  @FieldResolver(() => [Signaal], { nullable: true, description: "DJI's signals on the stay, most urgent first." })
  async signalen(@Root() item: WerkvoorraadItem, @Ctx() { loaders, access }: DjiContext): Promise<Signaal[]> {
    const verblijf = (await loaders.verblijven.load(item.justitiabeleId)).find(
      (candidate) => candidate.id === item.verblijfId && candidate.status !== VerblijfStatus.UITGESTROOMD,
    );
    const grondslag = await access.groundOf('WerkvoorraadItem.signalen', SIGNAAL_GRONDEN, item);
    return verblijf && grondslag ? signalenVan(verblijf, loaders, this.vandaag(), grondslag, access.caller) : [];
  }
}
