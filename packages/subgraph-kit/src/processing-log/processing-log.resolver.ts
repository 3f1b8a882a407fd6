import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';

import { clientError } from '../errors/client-error';
import { decodeCursor, encodeCursor, PageArgs, pageSize, toConnection } from '../graphql/pagination';
import type { Connection } from '../graphql/pagination';
import type { OrganisatieSoort } from '../domain/organisatie';
import type { Betrokkene } from '../policy/access-policy';
import type { RequestAccess } from '../policy/request-access';

import type { DecisionRow, ProcessingLogQueries, RecordRow } from './processing-log.queries';
import { pseudonym } from './pseudonym';
import {
  BetrokkeneInput,
  Toegangsbesluit,
  ToegangsbesluitConnection,
  Verwerking,
  VerwerkingConnection,
  VerwerkingFilter,
} from './processing-log.types';

/** What the queries need of the request's access decisions: who asks, and a recorded refusal. */
type LogAccess = Pick<RequestAccess<unknown>, 'caller' | 'refuse'>;

/** The queries' dependencies; the resolver reads the party's own log and pseudonymises with its key. */
export interface ProcessingLogDependencies {
  readonly queries: ProcessingLogQueries;
  readonly pseudonymKey: string;
  readonly maxPageSize: number;
  /**
   * The other numbers the party knows the same person by (DJI knows a BSN's strafrechtsketennummer),
   * so a search by either finds every record of the person, whichever number the party logged by.
   */
  readonly alsoKnownAs?: (betrokkene: Betrokkene) => Promise<Betrokkene[]>;
}

/** Whose log it is: the party, and the kinds of organisation that own data in its subgraph. */
export interface ProcessingLogOwners {
  /** The subgraph's party, e.g. `om-burgemeester`; the queries are named after it (`omBurgemeesterVerwerkingen`). */
  readonly party: string;
  /** The kinds of organisation whose privacy officers read this log. */
  readonly owners: readonly OrganisatieSoort[];
  /**
   * Whether the subgraph keeps several owners' records (many gemeenten, three reclassering
   * organisations, OM and the burgemeesters): each privacy officer then reads only the records and
   * decisions of its own organisation. Otherwise the one owner's privacy officers read all of it.
   */
  readonly perOwner: boolean;
}

/**
 * The accountability queries of one party, for its privacy officers: processing records by trace,
 * by data subject or by activity, and the access decisions behind them, cursor-paginated. Where a
 * subgraph keeps several owners' records each privacy officer sees only its own organisation's
 * part, so no answer reveals another owner's processing. A refused search is recorded as a denial.
 */
export function processingLogResolver({
  party,
  owners,
  perOwner,
}: ProcessingLogOwners): new (dependencies: ProcessingLogDependencies) => object {
  const prefix = queryPrefix(party);
  @Resolver()
  class ProcessingLogResolver {
    constructor(private readonly dependencies: ProcessingLogDependencies) {}

    @Query(() => VerwerkingConnection, {
      name: `${prefix}Verwerkingen`,
      description: `The ${party} processing log: records by trace, person or activity, oldest first. For the privacy officer.`,
    })
    async verwerkingen(
      @Arg('filter', () => VerwerkingFilter) filter: VerwerkingFilter,
      @Args(() => PageArgs) { first, after }: PageArgs,
      @Ctx() { access }: { access: LogAccess },
    ): Promise<Connection<Verwerking>> {
      const { caller } = access;
      this.assertPrivacyOfficer(access, `Query.${prefix}Verwerkingen`);
      if (!filter.traceId && !filter.betrokkene && !filter.verwerkingsactiviteit) {
        throw clientError(
          'INVALID_INPUT',
          'Name a traceId, a betrokkene or a verwerkingsactiviteit to search the processing log.',
        );
      }
      assertTraceId(filter.traceId);
      const size = pageSize(first, this.dependencies.maxPageSize);
      const rows = await this.dependencies.queries.records(
        {
          traceId: filter.traceId ?? null,
          subjectIds: filter.betrokkene ? await subjectPseudonyms(this.dependencies, filter.betrokkene) : null,
          activity: filter.verwerkingsactiviteit ?? null,
          bronhouder: perOwner ? caller.organisatie : null,
        },
        { size, after: after ? timeCursor(after, RECORD_ID) : null },
      );
      return toConnection(rows, size, (row) => encodeCursor(row.start_time.toISOString(), row.id), toVerwerking);
    }

    @Query(() => ToegangsbesluitConnection, {
      name: `${prefix}Toegangsbesluiten`,
      description: `Every access decision of the ${party} subgraph for one trace or one person, permit and deny. For the privacy officer.`,
    })
    async toegangsbesluiten(
      @Arg('traceId', () => String, { nullable: true }) traceId: string | null,
      @Arg('betrokkene', () => BetrokkeneInput, { nullable: true }) betrokkene: BetrokkeneInput | null,
      @Args(() => PageArgs) { first, after }: PageArgs,
      @Ctx() { access }: { access: LogAccess },
    ): Promise<Connection<Toegangsbesluit>> {
      const { caller } = access;
      this.assertPrivacyOfficer(access, `Query.${prefix}Toegangsbesluiten`);
      if (!traceId && !betrokkene) {
        throw clientError('INVALID_INPUT', 'Name a traceId or a betrokkene to search the access decisions.');
      }
      assertTraceId(traceId);
      const size = pageSize(first, this.dependencies.maxPageSize);
      const rows = await this.dependencies.queries.decisions(
        {
          traceId,
          subjectIds: betrokkene ? await subjectPseudonyms(this.dependencies, betrokkene) : null,
          activity: null,
          bronhouder: perOwner ? caller.organisatie : null,
        },
        { size, after: after ? timeCursor(after, DECISION_ID) : null },
      );
      return toConnection(rows, size, (row) => encodeCursor(row.decided_at.toISOString(), row.id), toToegangsbesluit);
    }

    private assertPrivacyOfficer(access: LogAccess, resource: string): void {
      const { caller } = access;
      if (!owners.includes(caller.soort) || caller.rol !== 'privacy-officer') {
        throw access.refuse(resource, ['EIGEN_TAAK']);
      }
    }
  }
  return ProcessingLogResolver;
}

/** The party's name as its queries begin: `om-burgemeester` → `omBurgemeester`. */
export function queryPrefix(party: string): string {
  return party.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());
}

/** The person and the other numbers the party knows them by (DJI: a BSN's strafrechtsketennummer). */
export async function knownAs(
  dependencies: Pick<ProcessingLogDependencies, 'alsoKnownAs'>,
  input: Pick<Betrokkene, 'soort' | 'nummer'>,
): Promise<Betrokkene[]> {
  const betrokkene: Betrokkene = { soort: input.soort, nummer: input.nummer.trim() };
  return [betrokkene, ...((await dependencies.alsoKnownAs?.(betrokkene)) ?? [])];
}

/** The person's pseudonyms under every number the party knows them by. */
export async function subjectPseudonyms(
  dependencies: Pick<ProcessingLogDependencies, 'alsoKnownAs' | 'pseudonymKey'>,
  input: Pick<Betrokkene, 'soort' | 'nummer'>,
): Promise<string[]> {
  return (await knownAs(dependencies, input)).map((known) => pseudonym(dependencies.pseudonymKey, known));
}

/** A processing record's id: its sequence number. */
export const RECORD_ID = /^\d{1,19}$/;

/** An access decision's id: its set's sequence number and the field's place in the set. */
const DECISION_ID = /^\d{1,19}\.\d{1,9}$/;

/** The (time, id) a cursor of a log list carries; INVALID_CURSOR when it is not one of `ids`. */
export function timeCursor(after: string, ids: RegExp): { sortKey: string; id: string } {
  const { sortKey, id } = decodeCursor(after);
  if (sortKey === null || Number.isNaN(Date.parse(sortKey)) || !ids.test(id)) {
    throw clientError('INVALID_CURSOR', 'The cursor was not handed out by this list.');
  }
  return { sortKey, id };
}

function toVerwerking(row: RecordRow): Verwerking {
  return Object.assign(new Verwerking(), {
    id: row.id,
    traceId: row.trace_id,
    spanId: row.span_id,
    parentSpanId: row.parent_span_id,
    naam: row.name,
    startTijd: row.start_time,
    eindTijd: row.end_time,
    status: row.status_code,
    verwerkingsactiviteit: row.processing_activity_id,
    betrokkene: row.data_subject_id,
    betrokkeneType: row.data_subject_id_type,
    verwerker: row.foreign_operation_processor,
    aanvrager:
      row.user_id && row.organisation && row.role
        ? { gebruiker: row.user_id, organisatie: row.organisation, rol: row.role }
        : null,
  });
}

function toToegangsbesluit(row: DecisionRow): Toegangsbesluit {
  return Object.assign(new Toegangsbesluit(), {
    id: row.id,
    traceId: row.trace_id,
    spanId: row.span_id,
    resource: row.resource,
    betrokkene: row.data_subject_id,
    besluit: row.decision,
    beleid: row.policy,
    gevraagdeGronden: row.requested_grounds,
    tijdstip: row.decided_at,
  });
}

/** The log keeps W3C trace ids as their 16 bytes, so any other text could name no record. */
function assertTraceId(traceId: string | null | undefined): void {
  if (traceId && !/^[0-9a-f]{32}$/i.test(traceId)) {
    throw clientError('INVALID_INPUT', 'A traceId is 32 hexadecimal characters, as in a W3C traceparent.');
  }
}
