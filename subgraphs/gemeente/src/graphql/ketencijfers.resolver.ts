import { Doelbinding, maandPeriode } from '@ketengraaf/subgraph-kit';
import { Arg, Query, Resolver } from 'type-graphql';

import type { KetencijfersQueries } from '../data/ketencijfers.queries';

import { NazorgKetencijfers } from './ketencijfers.type';

@Resolver()
export class KetencijfersResolver {
  constructor(private readonly queries: KetencijfersQueries) {}

  @Doelbinding('KETENMONITORING')
  @Query(() => [NazorgKetencijfers], {
    nullable: true,
    description:
      "The gemeenten's part of the chain's figures, for the landelijke regiegroep and the Inspectie JenV: per month of uitstroom (YYYY-MM, `vanaf` to `tot` included) and gemeente of return, the share of stays leaving without an identiteitsbewijs, onderdak, inkomen or zorgverzekering in place.",
  })
  async nazorgKetencijfers(@Arg('vanaf') vanaf: string, @Arg('tot') tot: string): Promise<NazorgKetencijfers[]> {
    const rijen = await this.queries.nazorg(maandPeriode(vanaf, tot));
    return rijen.map((rij) => NazorgKetencijfers.from(rij));
  }
}
