import type { EntityManager } from 'typeorm';

import type { Caller } from '../identity/caller';
import type { Betrokkene } from '../policy/access-policy';
import { verwerkingsactiviteit } from '../policy/grondslag';
import type { Grondslag } from '../policy/grondslag';
import type { AccessDecision } from '../policy/request-access';
import type { TraceContext } from '../tracing/trace-context';

import { numbered } from './lookup-numbers';
import { runPrepared } from '../database/prepared-statement';
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
 * Writes rows of one request's processing log (its audit record, processing records and access
 * decisions) through `manager` (`writeOperation`). Call the function it returns once they are
 * committed.
 */
export function writeProcessingLog(
  manager: EntityManager,
  entry: ProcessingLogEntry,
  rows: ProcessingLogRows,
): Promise<() => void> {
  const { caller } = entry;
  return writeOperation(manager, entry, {
    audit: rows.audit ? { userId: caller.gebruiker, organisation: caller.organisatie, role: caller.rol } : null,
    records: rows.records,
    sets: decisionSets(entry, rows.decisions),
  });
}

/** One operation of a trace, as its processing records name it. */
export interface ProcessingLogOperation {
  readonly trace: Pick<TraceContext, 'traceId' | 'spanId' | 'parentSpanId'>;
  /** E.g. `graphql query Werkvoorraad`, `melding nl.ketengraaf.dji.detentie.begonnen`. */
  readonly name: string;
  readonly startTime: Date;
  readonly endTime: Date;
  readonly failed: boolean;
}

/** Who asked, as the audit record of a trace's span keeps it. */
export interface AuditRecord {
  readonly userId: string;
  readonly organisation: string;
  readonly role: string;
}

/**
 * The write of one operation's rows, one fixed text whatever their number (the rows travel as
 * arrays), so it is prepared once per connection (`runPrepared`).
 */
const WRITE_OPERATION = `WITH audit AS (
     INSERT INTO processing_audit_record (trace_id, span_id, user_id, organisation, role)
     SELECT $1::text, $2::text, $8::text, $9::text, $10::text WHERE $7::boolean),
   operation AS (
     INSERT INTO processing_log_operation (trace_id, span_id, parent_span_id, name, start_time, end_time, failed)
     SELECT decode($1::text, 'hex'), decode($2::text, 'hex'), decode($3::text, 'hex'), $4::text, $5::timestamptz,
            $6::timestamptz, $11::boolean
      WHERE cardinality($12::integer[]) > 0
     RETURNING id),
   entries AS (
     INSERT INTO processing_log_entry (start_time, operation, kind, data_subject_id)
     SELECT $5::timestamptz, operation.id, e.kind, decode(e.subject, 'hex')
       FROM operation, unnest($12::integer[], $13::text[]) AS e(kind, subject))
   INSERT INTO access_decision_set (trace_id, span_id, data_subject_id, kind, resources)
   SELECT decode($1::text, 'hex'), decode($2::text, 'hex'), decode(d.subject, 'hex'), d.kind,
          string_to_array(d.resources, ',')::integer[]
     FROM unnest($14::text[], $15::integer[], $16::text[]) AS d(subject, kind, resources)`;

/**
 * The one writer of the processing log's rows: the audit record (when given), the processing
 * records with their operation, and the decision sets of one operation, through `manager` in one
 * statement: in the caller's transaction with a change, so they commit or roll back with it;
 * without one, atomic as any statement is; prepared once per connection. Fields and kinds this process has not seen numbered
 * take a statement of their own first (`numbered`). Call the function it returns once the rows
 * are committed: only then are the numbers remembered.
 */
export async function writeOperation(
  manager: EntityManager,
  operation: ProcessingLogOperation,
  rows: {
    readonly audit: AuditRecord | null;
    readonly records: readonly Omit<ProcessingRecord, 'key'>[];
    readonly sets: readonly DecisionSet[];
  },
): Promise<() => void> {
  const { trace } = operation;
  const { records, sets } = rows;
  const { numberOf, remember } = await numbered(manager, records, sets);
  await runPrepared(manager, WRITE_OPERATION, [
    trace.traceId,
    trace.spanId,
    trace.parentSpanId ?? null,
    operation.name,
    operation.startTime,
    operation.endTime,
    rows.audit !== null,
    rows.audit?.userId ?? null,
    rows.audit?.organisation ?? null,
    rows.audit?.role ?? null,
    operation.failed,
    records.map((record) => numberOf.recordKind(record)),
    records.map((record) => record.subject),
    sets.map((set) => set.subject),
    sets.map((set) => numberOf.decisionKind(set)),
    // A set's fields travel as one text of their numbers.
    sets.map((set) => set.resources.map((_, place) => numberOf.field(set, place)).join(',')),
  ]);
  return remember;
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
 * The decisions as sets, in one pass: one per person, policy (the ground, or none) and owner, with
 * every resource decided so; a decision about no one person (a refusal, a read of figures) stays a
 * set of its own.
 */
export function decisionSets(
  entry: Pick<ProcessingLogEntry, 'party' | 'pseudonym' | 'caller'>,
  decisions: readonly AccessDecision[],
): DecisionSet[] {
  // Each set built as it is written, its fields pushed in place (a set names a few fields, each once).
  type Building = DecisionSet & { readonly resources: string[]; readonly resourceGrounds: (readonly string[])[] };
  const sets = new Map<string | AccessDecision, Building>();
  // A person's decisions on one ground and of one owner find their set by what they were decided
  // on, the set's key (pseudonym, activity, owner) made only for the first of them.
  const ofPerson = new Map<string, Building>();
  // Most by the person's object alone, without a key string: the guard decides all of one
  // object's fields with one `Betrokkene` (`RequestAccess.subjectOfSource`).
  const ofObject = new Map<Betrokkene, Map<Grondslag | null, Building>>();
  const setOf = (decision: AccessDecision): Building => {
    const { betrokkene, grondslag } = decision;
    const person = betrokkene && `${betrokkene.soort}:${betrokkene.nummer}|${betrokkene.bronhouder ?? ''}|${grondslag}`;
    let found = person ? ofPerson.get(person) : undefined;
    if (!found) {
      const subject = betrokkene ? entry.pseudonym(betrokkene) : null;
      const policy = grondslag ? verwerkingsactiviteit(entry.party, grondslag) : 'no-legal-ground';
      const bronhouder = decisionOwner(decision, entry.caller);
      const key = subject === null ? decision : `${subject}|${policy}|${bronhouder ?? ''}`;
      found = sets.get(key);
      if (!found) {
        const subjectType = betrokkene ? pseudonymType(betrokkene) : null;
        const permitted = grondslag !== null;
        found = { subject, subjectType, permitted, policy, bronhouder, resources: [], resourceGrounds: [] };
        sets.set(key, found);
      }
      if (person) ofPerson.set(person, found);
    }
    return found;
  };
  for (const decision of decisions) {
    const { betrokkene, grondslag, resource } = decision;
    let found = betrokkene ? ofObject.get(betrokkene)?.get(grondslag) : undefined;
    if (!found) {
      found = setOf(decision);
      if (betrokkene) {
        const byGround = ofObject.get(betrokkene) ?? new Map<Grondslag | null, Building>();
        byGround.set(grondslag, found);
        ofObject.set(betrokkene, byGround);
      }
    }
    // The same resource decided for two records of the person and owner is one field of the set.
    if (!found.resources.includes(resource)) {
      found.resources.push(resource);
      found.resourceGrounds.push(decision.gevraagd);
    }
  }
  return [...sets.values()];
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
  const records = new Map<string, ProcessingRecord>();
  // The records of each person and activity, every owner's: found at once, not by a search per read.
  const ofPersonActivity = new Map<string, ProcessingRecord[]>();
  // Every field read of a person on a ground and for an owner makes the same contribution as the
  // first: the first counts, the others are passed over before any pseudonym or activity is made,
  // most by the person's object alone (one `Betrokkene` for all of an object's fields), the others
  // by the person's key.
  const counted = new Set<string>();
  const countedOf = new Map<Betrokkene, Set<Grondslag>>();
  const isCounted = (grondslag: Grondslag, betrokkene: Betrokkene): boolean => {
    let grounds = countedOf.get(betrokkene);
    if (grounds?.has(grondslag)) return true;
    if (!grounds) {
      grounds = new Set();
      countedOf.set(betrokkene, grounds);
    }
    grounds.add(grondslag);
    const read = `${betrokkene.soort}:${betrokkene.nummer}|${betrokkene.bronhouder ?? ''}|${grondslag}`;
    if (counted.has(read)) return true;
    counted.add(read);
    return false;
  };
  // Owners' records first, so that a read of the person as such finds them.
  for (const ofOwner of [true, false]) {
    for (const { grondslag, betrokkene } of decisions) {
      if (!grondslag || !betrokkene || Boolean(betrokkene.bronhouder) !== ofOwner) continue;
      if (isCounted(grondslag, betrokkene)) continue;
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
  }
  return [...records.values()];
}
