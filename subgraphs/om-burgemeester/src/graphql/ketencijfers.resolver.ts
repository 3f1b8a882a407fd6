import { Doelbinding, maandPeriode } from '@ketengraaf/subgraph-kit';
import { Arg, Query, Resolver } from 'type-graphql';

import type { KetencijfersQueries } from '../data/ketencijfers.queries';

import { BijKetencijfers } from './ketencijfers.type';

@Resolver()
export class KetencijfersResolver {
  constructor(private readonly queries: KetencijfersQueries) {}

  @Doelbinding('KETENMONITORING')
  @Query(() => [BijKetencijfers], {
    nullable: true,
    description:
      "The burgemeesters' part of the chain's figures, for the landelijke regiegroep and the Inspectie JenV: per month of return (YYYY-MM, `vanaf` to `tot` included) and gemeente taking part in BIJ, the share of BIJ-meldingen received 60 days before return.",
  })
  async bijKetencijfers(@Arg('vanaf') vanaf: string, @Arg('tot') tot: string): Promise<BijKetencijfers[]> {
    const rijen = await this.queries.bij(maandPeriode(vanaf, tot));
    return rijen.map((rij) => BijKetencijfers.from(rij));
  }
}
