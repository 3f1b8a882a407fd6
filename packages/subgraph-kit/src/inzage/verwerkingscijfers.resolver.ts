import { Arg, Query, Resolver } from 'type-graphql';

import { getoondAantal, maandPeriode } from '../domain/ketencijfers';
import { Doelbinding } from '../policy/doelbinding';
import { grondslagOfActivity } from '../policy/grondslag';
import type { ProcessingLogQueries } from '../processing-log/processing-log.queries';
import { queryPrefix } from '../processing-log/processing-log.resolver';

import { Verwerkingsaantal } from './inzage.types';

/**
 * The chain report of one party's processing log, for a DPIA or the Inspectie JenV:
 * `<party>Verwerkingscijfers(vanaf, tot)` counts the processing records per month, owner and legal
 * ground, with no person in it and counts from 1 to 4 suppressed, as the chain's other figures are
 * (KETENMONITORING: the analist of the landelijke regiegroep or the Inspectie).
 */
export function verwerkingscijfersResolver({
  party,
}: {
  readonly party: string;
}): new (dependencies: { readonly queries: ProcessingLogQueries }) => object {
  const name = `${queryPrefix(party)}Verwerkingscijfers`;
  @Resolver()
  class VerwerkingscijfersResolver {
    constructor(private readonly dependencies: { readonly queries: ProcessingLogQueries }) {}

    @Doelbinding('KETENMONITORING')
    @Query(() => [Verwerkingsaantal], {
      name,
      nullable: true,
      description: `The ${party} processing log counted: per month (YYYY-MM, \`vanaf\` to \`tot\` included), owner and legal ground, how many processing records. No person; counts from 1 to 4 suppressed. For the analist of the landelijke regiegroep and the Inspectie JenV.`,
    })
    async verwerkingscijfers(@Arg('vanaf') vanaf: string, @Arg('tot') tot: string): Promise<Verwerkingsaantal[]> {
      const { eersteDag, naLaatsteDag } = maandPeriode(vanaf, tot);
      const rows = await this.dependencies.queries.recordCounts(eersteDag, naLaatsteDag);
      return rows.map((row) => {
        const aantal = getoondAantal(row.aantal);
        return Object.assign(new Verwerkingsaantal(), {
          maand: row.maand,
          partij: row.bronhouder ?? party,
          grondslag: grondslagOfActivity(party, row.processing_activity_id) ?? row.processing_activity_id,
          aantal,
          onderdrukt: aantal === null,
        });
      });
    }
  }
  return VerwerkingscijfersResolver;
}
