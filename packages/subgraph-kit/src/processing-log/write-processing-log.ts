import type { EntityManager } from 'typeorm';

import type { Caller } from '../identity/caller';
import type { Betrokkene } from '../policy/access-policy';
import { verwerkingsactiviteit } from '../policy/grondslag';
import type { AccessDecision } from '../policy/request-access';
import type { TraceContext } from '../tracing/trace-context';

import { pseudonymType } from './pseudonym';

/** Who and what one write of a request's processing log is about. */
export interface ProcessingLogEntry {
  readonly party: string;
  /** The person's pseudonym under the party's key (`requestPseudonyms`). */
  readonly pseudonym: (betrokkene: Pick<Betrokkene, 'soort' | 'nummer'>) => string;
  readonly trace: TraceContext;
  readonly caller: Caller;
  /** The operation as the processing record names it, e.g. `graphql query Werkvoorraad`. */
  readonly name: string;
  readonly startTime: Date;
  readonly endTime: Date;
  readonly failed: boolean;
}

/** The rows of one write: a request's audit record is written once, with its first write. */
export interface ProcessingLogRows {
  readonly audit: boolean;
  readonly records: readonly ProcessingRecord[];
  readonly decisions: readonly AccessDecision[];
}

/**
 * Writes rows of one request's processing log (processing records, its audit record, access
 * decisions) through `manager`, inside the caller's transaction: with a change, they commit or
 * roll back with it.
 */
export async function writeProcessingLog(
  manager: EntityManager,
  entry: ProcessingLogEntry,
  rows: ProcessingLogRows,
): Promise<void> {
  const { trace, caller } = entry;
  if (rows.audit) {
    await manager.query(
      `INSERT INTO processing_audit_record (trace_id, span_id, user_id, organisation, role) VALUES ($1, $2, $3, $4, $5)`,
      [trace.traceId, trace.spanId, caller.gebruiker, caller.organisatie, caller.rol],
    );
  }
  const recordList = rows.records;
  if (recordList.length > 0) {
    await manager.query(
      `INSERT INTO processing_log_record (trace_id, span_id, parent_span_id, name, start_time, end_time, status_code,
                                          processing_activity_id, data_subject_id, data_subject_id_type, foreign_operation_processor,
                                          bronhouder)
       SELECT $1, $2, $3, $4, $5, $6, $7, activity, subject, subject_type, processor, bronhouder
         FROM unnest($8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
              AS r(activity, subject, subject_type, processor, bronhouder)`,
      [
        trace.traceId,
        trace.spanId,
        trace.parentSpanId ?? null,
        entry.name,
        entry.startTime,
        entry.endTime,
        entry.failed ? 'ERROR' : 'OK',
        recordList.map((record) => record.activity),
        recordList.map((record) => record.subject),
        recordList.map((record) => record.subjectType),
        recordList.map((record) => record.processor),
        recordList.map((record) => record.bronhouder),
      ],
    );
  }
  if (rows.decisions.length === 0) {
    return;
  }
  await manager.query(
    `INSERT INTO access_decision (trace_id, span_id, resource, data_subject_id, data_subject_id_type, decision, policy,
                                  requested_grounds, bronhouder)
     SELECT $1, $2, resource, subject, subject_type, decision, policy, string_to_array(grounds, ','), bronhouder
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
            AS d(resource, subject, subject_type, decision, policy, grounds, bronhouder)`,
    [
      trace.traceId,
      trace.spanId,
      rows.decisions.map((decision) => decision.resource),
      rows.decisions.map(({ betrokkene }) => (betrokkene ? entry.pseudonym(betrokkene) : null)),
      rows.decisions.map(({ betrokkene }) => (betrokkene ? pseudonymType(betrokkene) : null)),
      rows.decisions.map((decision) => (decision.grondslag ? 'PERMIT' : 'DENY')),
      rows.decisions.map((decision) =>
        decision.grondslag ? verwerkingsactiviteit(entry.party, decision.grondslag) : 'no-legal-ground',
      ),
      rows.decisions.map((decision) => decision.gevraagd.join(',')),
      rows.decisions.map((decision) => decisionOwner(decision, caller)),
    ],
  );
}

/**
 * Whose part of the log a decision belongs to: the owner of the record decided on; for a refusal
 * of the person as such, and for anything about no one person (a refusal, a read of figures), the
 * caller's own organisation, whose privacy officer answers for its staff's attempts and questions;
 * none for a permitted read of the person in a subgraph of one owner.
 */
function decisionOwner({ betrokkene, grondslag }: AccessDecision, caller: Caller): string | null {
  if (betrokkene?.bronhouder) {
    return betrokkene.bronhouder;
  }
  return grondslag && betrokkene ? null : caller.organisatie;
}

/** One processing record; `key` names it within its request (person, activity, owner). */
export interface ProcessingRecord {
  readonly key: string;
  readonly activity: string;
  readonly subject: string;
  readonly subjectType: string;
  processor: string | null;
  readonly bronhouder: string | null;
}

/**
 * One record per person per processing activity (and per owner, where the subgraph keeps several
 * owners' records): a read of the person as such joins the owner's record of the same request.
 * The processor is the caller's organisation unless some read in the record was of its own data.
 */
export function processingRecords(
  entry: Pick<ProcessingLogEntry, 'party' | 'pseudonym' | 'caller'>,
  decisions: readonly AccessDecision[],
): ProcessingRecord[] {
  const { caller } = entry;
  const processorFor = ({ bronhouder }: Betrokkene): string | null =>
    (bronhouder ? caller.organisatie === bronhouder || caller.soort === bronhouder : caller.soort === entry.party)
      ? null
      : caller.organisatie;
  const reads = decisions
    .flatMap(({ grondslag, betrokkene }) => (grondslag && betrokkene ? [{ grondslag, betrokkene }] : []))
    // Owners' records first, so that a read of the person as such finds them.
    .sort((one, other) => Number(!one.betrokkene.bronhouder) - Number(!other.betrokkene.bronhouder));
  const records = new Map<string, ProcessingRecord>();
  // The records of each person and activity, every owner's: found at once, not by a search per read.
  const ofPersonActivity = new Map<string, ProcessingRecord[]>();
  for (const { grondslag, betrokkene } of reads) {
    const activity = verwerkingsactiviteit(entry.party, grondslag);
    const subject = entry.pseudonym(betrokkene);
    const processor = processorFor(betrokkene);
    const bronhouder = betrokkene.bronhouder ?? null;
    const personActivity = `${subject}|${activity}`;
    const joined = bronhouder ? [] : (ofPersonActivity.get(personActivity) ?? []);
    const key = `${personActivity}|${bronhouder ?? ''}`;
    const earlier = records.get(key);
    for (const record of earlier ? [earlier] : joined) {
      if (processor === null) record.processor = null;
    }
    if (!earlier && joined.length === 0) {
      const record = { key, activity, subject, subjectType: pseudonymType(betrokkene), processor, bronhouder };
      records.set(key, record);
      ofPersonActivity.set(personActivity, [...(ofPersonActivity.get(personActivity) ?? []), record]);
    }
  }
  return [...records.values()];
}
