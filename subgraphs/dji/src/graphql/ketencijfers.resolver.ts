import { Doelbinding, maandPeriode } from '@ketengraaf/subgraph-kit';
import type { Klok } from '@ketengraaf/subgraph-kit';
import { Arg, Query, Resolver } from 'type-graphql';

import type { KetencijfersQueries } from '../data/ketencijfers.queries';

import { DetentieKetencijfers } from './ketencijfers.type';

@Resolver()
export class KetencijfersResolver {
  constructor(
    private readonly queries: KetencijfersQueries,
    private readonly vandaag: Klok,
  ) {}

  @Doelbinding('KETENMONITORING')
  @Query(() => [DetentieKetencijfers], {
    nullable: true,
    description:
      "DJI's part of the chain's figures, for the landelijke regiegroep and the Inspectie JenV: per month of instroom (YYYY-MM, `vanaf` to `tot` included), inrichting and gemeente of return, the share of stays screened within 10 days and with a D&R-plan within 4 weeks.",
  })
  async detentieKetencijfers(@Arg('vanaf') vanaf: string, @Arg('tot') tot: string): Promise<DetentieKetencijfers[]> {
    const rijen = await this.queries.detentie(maandPeriode(vanaf, tot), this.vandaag());
    return rijen.map((rij) => DetentieKetencijfers.from(rij));
  }
}
