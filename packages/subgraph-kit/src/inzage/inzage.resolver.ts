import { Args, Ctx, Query, Resolver } from 'type-graphql';

import { encodeCursor, PageArgs, pageSize, toConnection } from '../graphql/pagination';
import type { Connection } from '../graphql/pagination';
import { grondslagen, grondslagOfActivity } from '../policy/grondslag';
import type { RequestAccess } from '../policy/request-access';
import type { RecordRow } from '../processing-log/processing-log.queries';
import { queryPrefix, RECORD_ID, subjectPseudonyms, timeCursor } from '../processing-log/processing-log.resolver';
import type { ProcessingLogDependencies } from '../processing-log/processing-log.resolver';

import { InzageRegel, InzageRegelConnection } from './inzage.types';
import { withheldFromTrail } from './inzagebeperking';
import type { Inzagebeperking } from './inzagebeperking';

type TrailAccess = Pick<RequestAccess<unknown>, 'caller' | 'refuse' | 'permitUnderAvg'>;

/**
 * A betrokkene's own trail in one party's processing log (AVG art. 15): `inzage<Party>`, one root
 * field per party, since the gateway does not merge root lists. The person is the one the token
 * names (its `bsn`, and its `skn` for the parties that know a person by strafrechtsketennummer
 * alone), never an argument, so no one can ask for another's trail. The party
 * answers from its own log alone, under every number it knows the person by, leaving out what its
 * `beperkingen` withhold by law; the asking is itself logged, at this party only.
 */
export function inzageResolver({
  party,
  beperkingen,
}: {
  readonly party: string;
  readonly beperkingen: readonly Inzagebeperking[];
}): new (dependencies: ProcessingLogDependencies) => object {
  const prefix = queryPrefix(party);
  const name = `inzage${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}`;
  const withheld = withheldFromTrail(party, beperkingen);
  @Resolver()
  class InzageResolver {
    constructor(private readonly dependencies: ProcessingLogDependencies) {}

    @Query(() => InzageRegelConnection, {
      name,
      description: `Your own trail in the ${party} processing log (AVG art. 15): which organisation processed your data, for which activity, on which legal ground, when; oldest first. For a betrokkene (the person), as the token's BSN names them.`,
    })
    async inzage(
      @Args(() => PageArgs) { first, after }: PageArgs,
      @Ctx() { access }: { access: TrailAccess },
    ): Promise<Connection<InzageRegel>> {
      const { caller } = access;
      const resource = `Query.${name}`;
      if (caller.soort !== 'burger' || caller.rol !== 'betrokkene' || !caller.bsn) {
        throw access.refuse(resource, ['ART_15_AVG']);
      }
      const betrokkene = { soort: 'BSN', nummer: caller.bsn } as const;
      access.permitUnderAvg(resource, betrokkene, 'ART_15_AVG');
      const numbers = [betrokkene, ...(caller.skn ? [{ soort: 'SKN', nummer: caller.skn } as const] : [])];
      const subjectIds = (
        await Promise.all(numbers.map((number) => subjectPseudonyms(this.dependencies, number)))
      ).flat();
      const size = pageSize(first, this.dependencies.maxPageSize);
      const rows = await this.dependencies.queries.records(
        {
          traceId: null,
          subjectIds: [...new Set(subjectIds)],
          activity: null,
          bronhouder: null,
          withheld,
        },
        { size, after: after ? timeCursor(after, RECORD_ID) : null },
      );
      return toConnection(
        rows,
        size,
        (row) => encodeCursor(row.start_time.toISOString(), row.id),
        (row) => toInzageRegel(party, row),
      );
    }
  }
  return InzageResolver;
}

function toInzageRegel(party: string, row: RecordRow): InzageRegel {
  const grondslag = grondslagOfActivity(party, row.processing_activity_id);
  return Object.assign(new InzageRegel(), {
    tijdstip: row.start_time,
    // Who asked, from the audit record written with every record; the processor where it lacks.
    organisatie: row.organisation ?? row.foreign_operation_processor ?? party,
    verwerkingsactiviteit: row.processing_activity_id,
    grondslag: grondslag ?? row.processing_activity_id,
    grondslagOmschrijving: grondslag ? grondslagen[grondslag].omschrijving : row.processing_activity_id,
    bronhouder: row.bronhouder,
    traceId: row.trace_id,
  });
}
