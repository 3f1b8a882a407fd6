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

/** What one write holds: a request's audit record is written once, with its first write. */
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
  await writeDecisionSets(manager, trace, decisionSets(entry, rows.decisions));
}

/**
 * Access decisions alike but for the field they are about, as one row of `access_decision_set`:
 * one person (pseudonymised), one outcome on one policy, one owner, and the fields decided so.
 */
export interface DecisionSet {
  readonly subject: string | null;
  readonly subjectType: string | null;
  readonly permitted: boolean;
  readonly policy: string;
  readonly bronhouder: string | null;
  /** `Type.field`, `Type` or an action, each once. */
  readonly resources: readonly string[];
  /** The grounds each of `resources` declares, in the same order. */
  readonly resourceGrounds: readonly (readonly string[])[];
}

/**
 * Writes decision sets of one span of a trace through `manager`: the one writer of
 * `access_decision_set`. Fields and kinds not yet numbered (`access_decision_resource`,
 * `access_decision_kind`) are added first, by a statement of their own: in a READ COMMITTED
 * transaction the next statement then sees every one numbered, by this transaction or by one that
 * committed meanwhile.
 */
export async function writeDecisionSets(
  manager: EntityManager,
  trace: Pick<TraceContext, 'traceId' | 'spanId'>,
  sets: readonly DecisionSet[],
): Promise<void> {
  if (sets.length === 0) {
    return;
  }
  const fields = new Map<string, { resource: string; grounds: string }>();
  for (const set of sets) {
    set.resources.forEach((resource, place) => {
      const grounds = (set.resourceGrounds[place] ?? []).join(',');
      fields.set(`${resource}${LIST_SEPARATOR}${grounds}`, { resource, grounds });
    });
  }
  // Only the missing are offered: a conflict would still draw a number from the sequence.
  await manager.query(
    `WITH fields AS (
       INSERT INTO access_decision_resource (resource, grounds)
       SELECT f.resource, string_to_array(f.grounds, ',')
         FROM unnest($1::text[], $2::text[]) AS f(resource, grounds)
        WHERE NOT EXISTS (SELECT 1 FROM access_decision_resource a
                           WHERE a.resource = f.resource AND a.grounds = string_to_array(f.grounds, ','))
       ON CONFLICT DO NOTHING)
     INSERT INTO access_decision_kind (permitted, policy, data_subject_id_type, bronhouder)
     SELECT DISTINCT k.permitted, k.policy, k.subject_type, k.bronhouder
       FROM unnest($3::boolean[], $4::text[], $5::text[], $6::text[]) AS k(permitted, policy, subject_type, bronhouder)
      WHERE NOT EXISTS (SELECT 1 FROM access_decision_kind a
                         WHERE a.permitted = k.permitted AND a.policy = k.policy
                           AND a.data_subject_id_type IS NOT DISTINCT FROM k.subject_type
                           AND a.bronhouder IS NOT DISTINCT FROM k.bronhouder)
     ON CONFLICT DO NOTHING`,
    [
      [...fields.values()].map((field) => field.resource),
      [...fields.values()].map((field) => field.grounds),
      sets.map((set) => set.permitted),
      sets.map((set) => set.policy),
      sets.map((set) => set.subjectType),
      sets.map((set) => set.bronhouder),
    ],
  );
  // A set's lists travel as one text each, joined by a character no resource or ground name holds
  // (a lone field declaring no ground travels as '', which string_to_array reads as no element).
  await manager.query(
    `INSERT INTO access_decision_set (trace_id, span_id, data_subject_id, kind, resources)
     SELECT decode($1, 'hex'), decode($2, 'hex'), decode(subject, 'hex'),
            (SELECT k.id FROM access_decision_kind k
              WHERE k.permitted = d.permitted AND k.policy = d.policy
                AND k.data_subject_id_type IS NOT DISTINCT FROM d.subject_type
                AND k.bronhouder IS NOT DISTINCT FROM d.bronhouder),
            (SELECT array_agg(a.id ORDER BY f.position)
               FROM unnest(string_to_array(d.resources, chr(31)), string_to_array(d.resource_grounds, chr(31)))
                    WITH ORDINALITY AS f(resource, grounds, position)
               LEFT JOIN access_decision_resource a
                      ON a.resource = f.resource AND a.grounds = string_to_array(coalesce(f.grounds, ''), ','))
       FROM unnest($3::text[], $4::text[], $5::boolean[], $6::text[], $7::text[], $8::text[], $9::text[])
            AS d(subject, subject_type, permitted, policy, bronhouder, resources, resource_grounds)`,
    [
      trace.traceId,
      trace.spanId,
      sets.map((set) => set.subject),
      sets.map((set) => set.subjectType),
      sets.map((set) => set.permitted),
      sets.map((set) => set.policy),
      sets.map((set) => set.bronhouder),
      sets.map((set) => set.resources.join(LIST_SEPARATOR)),
      sets.map((set) => set.resourceGrounds.map((gronden) => gronden.join(',')).join(LIST_SEPARATOR)),
    ],
  );
}

const LIST_SEPARATOR = String.fromCharCode(31);

/**
 * The decisions as sets, in one pass: one per person, policy (the ground, or none) and owner, with
 * every resource decided so; a decision about no one person (a refusal, a read of figures) stays a
 * set of its own.
 */
export function decisionSets(
  entry: Pick<ProcessingLogEntry, 'party' | 'pseudonym' | 'caller'>,
  decisions: readonly AccessDecision[],
): DecisionSet[] {
  type Found = {
    readonly set: Omit<DecisionSet, 'resources' | 'resourceGrounds'>;
    readonly fields: Map<string, readonly string[]>;
  };
  const sets = new Map<string | AccessDecision, Found>();
  for (const decision of decisions) {
    const { betrokkene, grondslag } = decision;
    const subject = betrokkene ? entry.pseudonym(betrokkene) : null;
    const policy = grondslag ? verwerkingsactiviteit(entry.party, grondslag) : 'no-legal-ground';
    const bronhouder = decisionOwner(decision, entry.caller);
    const key = subject === null ? decision : `${subject}|${policy}|${bronhouder ?? ''}`;
    let found = sets.get(key);
    if (!found) {
      const subjectType = betrokkene ? pseudonymType(betrokkene) : null;
      found = { set: { subject, subjectType, permitted: grondslag !== null, policy, bronhouder }, fields: new Map() };
      sets.set(key, found);
    }
    // The same resource decided for two records of the person and owner is one field of the set.
    if (!found.fields.has(decision.resource)) found.fields.set(decision.resource, decision.gevraagd);
  }
  return [...sets.values()].map(({ set, fields }) => ({
    ...set,
    resources: [...fields.keys()],
    resourceGrounds: [...fields.values()],
  }));
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
