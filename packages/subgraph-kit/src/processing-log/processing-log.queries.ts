import type { DataSource } from 'typeorm';

import { SUBJECT_PREFIX_BYTES } from './pseudonym';

export interface RecordRow {
  id: string;
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  name: string;
  start_time: Date;
  end_time: Date;
  status_code: string;
  processing_activity_id: string;
  data_subject_id: string;
  data_subject_id_type: string;
  foreign_operation_processor: string | null;
  bronhouder: string | null;
  user_id: string | null;
  organisation: string | null;
  role: string | null;
}

export interface DecisionRow {
  id: string;
  trace_id: string;
  span_id: string;
  resource: string;
  data_subject_id: string;
  decision: string;
  policy: string;
  requested_grounds: string[];
  decided_at: Date;
}

/** What to search the log for; a null criterion does not narrow. */
export interface LogSearch {
  readonly traceId: string | null;
  /** The person's pseudonyms, under every number the party knows them by. */
  readonly subjectIds: readonly string[] | null;
  readonly activity: string | null;
  /** Only this owner's part of the log, where the subgraph keeps several owners'. */
  readonly bronhouder: string | null;
  /** What a betrokkene's trail leaves out by law: records of these activities, and of these kinds of owner. */
  readonly withheld?: { readonly activities: readonly string[]; readonly ownerKinds: readonly string[] };
}

/** How many processing records of one month, activity and owner (null for a subgraph of one owner). */
export interface RecordCountRow {
  readonly maand: string;
  readonly processing_activity_id: string;
  readonly bronhouder: string | null;
  readonly aantal: number;
}

/** One page, oldest first, after the (time, id) of the previous page's last row (a decision's id: `set.field`). */
export interface LogPage {
  readonly size: number;
  readonly after: { readonly sortKey: string; readonly id: string } | null;
}

/**
 * The privacy officers' reads of the processing log: records with their audit record, and
 * decisions. Both walk by keyset, oldest first, and read one row more than the page to tell
 * whether another follows.
 */
export class ProcessingLogQueries {
  constructor(private readonly dataSource: DataSource) {}

  async records(search: LogSearch, page: LogPage): Promise<RecordRow[]> {
    // The activity's kinds, looked up first: given as values, the planner weighs how many records
    // they have (a busy activity's page walks the records by time; a rare one's, its kinds' index).
    const kinds =
      search.activity === null
        ? null
        : (
            await this.dataSource.query<{ id: number }[]>(
              'SELECT id FROM processing_log_kind WHERE processing_activity_id = $1',
              [search.activity],
            )
          ).map((kind) => kind.id);
    return this.dataSource.query<RecordRow[]>(
      `SELECT e.id, encode(o.trace_id, 'hex') AS trace_id, encode(o.span_id, 'hex') AS span_id,
              encode(o.parent_span_id, 'hex') AS parent_span_id, o.name, e.start_time, o.end_time,
              CASE WHEN o.failed THEN 'ERROR' ELSE 'OK' END AS status_code, k.processing_activity_id,
              encode(e.data_subject_id, 'hex') AS data_subject_id, k.data_subject_id_type, k.foreign_operation_processor,
              k.bronhouder, a.user_id, a.organisation, a.role
         FROM processing_log_entry e
         JOIN processing_log_operation o ON o.id = e.operation
         JOIN processing_log_kind k ON k.id = e.kind
         LEFT JOIN processing_audit_record a
                ON a.trace_id = encode(o.trace_id, 'hex')::char(32) AND a.span_id = encode(o.span_id, 'hex')::char(16)
        WHERE ${RECORD_CRITERIA}
        ORDER BY e.start_time, e.id
        LIMIT $7`,
      parameters({ ...search, traceId: search.traceId?.toLowerCase() ?? null }, page, kinds),
    );
  }

  /**
   * The processing records from `eersteDag` up to `naLaatsteDag` (calendar days in the
   * Netherlands), counted per month, activity and owner: figures without any person in them.
   */
  recordCounts(eersteDag: string, naLaatsteDag: string): Promise<RecordCountRow[]> {
    return this.dataSource.query<RecordCountRow[]>(
      `SELECT to_char(e.start_time AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS maand,
              k.processing_activity_id, k.bronhouder, count(*)::int AS aantal
         FROM processing_log_entry e
         JOIN processing_log_kind k ON k.id = e.kind
        WHERE e.start_time >= $1::date::timestamp AT TIME ZONE 'Europe/Amsterdam'
          AND e.start_time < $2::date::timestamp AT TIME ZONE 'Europe/Amsterdam'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3`,
      [eersteDag, naLaatsteDag],
    );
  }

  /**
   * Access decisions one per field, as they were made, from the sets they are kept in; the page
   * walks (time, set, field) by keyset.
   */
  async decisions(search: LogSearch, page: LogPage): Promise<DecisionRow[]> {
    const [set, position] = page.after?.id.split('.') ?? [null, null];
    return this.dataSource.query<DecisionRow[]>(
      `SELECT d.id || '.' || r.position AS id, encode(d.trace_id, 'hex') AS trace_id, encode(d.span_id, 'hex') AS span_id,
              f.resource, encode(d.data_subject_id, 'hex') AS data_subject_id,
              CASE WHEN k.permitted THEN 'PERMIT' ELSE 'DENY' END AS decision, k.policy,
              f.grounds AS requested_grounds, d.decided_at
         FROM access_decision_set d
         JOIN access_decision_kind k ON k.id = d.kind
        CROSS JOIN LATERAL unnest(d.resources) WITH ORDINALITY AS r(field, position)
         JOIN access_decision_resource f ON f.id = r.field
        WHERE ($1::text IS NULL OR d.trace_id = decode($1, 'hex'))
          AND ($2::text[] IS NULL OR (substr(d.data_subject_id, 1, ${SUBJECT_PREFIX_BYTES}) = ANY(ARRAY(SELECT decode(prefix, 'hex') FROM unnest($8::text[]) AS prefix))
                                      AND d.data_subject_id = ANY(ARRAY(SELECT decode(subject, 'hex') FROM unnest($2::text[]) AS subject))))
          AND ($3::timestamptz IS NULL OR (d.decided_at, d.id, r.position) > ($3::timestamptz, $4::bigint, $5::bigint))
          AND ($6::text IS NULL OR k.bronhouder = $6)
        ORDER BY d.decided_at, d.id, r.position
        LIMIT $7`,
      [
        search.traceId?.toLowerCase() ?? null,
        search.subjectIds,
        page.after?.sortKey ?? null,
        set,
        position,
        search.bronhouder,
        page.size + 1,
        subjectPrefixes(search),
      ],
    );
  }
}

/** The pseudonyms' beginnings, as the indexes by person hold them (`SUBJECT_PREFIX_BYTES`), in hex. */
function subjectPrefixes(search: LogSearch): string[] | null {
  return search.subjectIds?.map((subject) => subject.slice(0, 2 * SUBJECT_PREFIX_BYTES)) ?? null;
}

/**
 * The criteria of a search of the records: trace (its operations, each of whose records starts when it
 * does), person (by the pseudonym's first bytes), activity (its kinds, `$3`), page, owner, what is withheld.
 */
const RECORD_CRITERIA = `($1::text IS NULL OR (e.start_time = ANY(ARRAY(SELECT start_time FROM processing_log_operation WHERE trace_id = decode($1, 'hex')))
                                    AND e.operation = ANY(ARRAY(SELECT id FROM processing_log_operation WHERE trace_id = decode($1, 'hex')))))
      AND ($2::text[] IS NULL OR (substr(e.data_subject_id, 1, ${SUBJECT_PREFIX_BYTES}) = ANY(ARRAY(SELECT decode(prefix, 'hex') FROM unnest($10::text[]) AS prefix))
                                  AND e.data_subject_id = ANY(ARRAY(SELECT decode(subject, 'hex') FROM unnest($2::text[]) AS subject))))
      AND ($3::integer[] IS NULL OR e.kind = ANY($3))
      AND ($4::timestamptz IS NULL OR (e.start_time, e.id) > ($4::timestamptz, $5::bigint))
      AND ($6::text IS NULL OR k.bronhouder = $6)
      AND NOT (k.processing_activity_id = ANY($8::text[]))
      AND NOT (coalesce(split_part(k.bronhouder, ':', 1), '') = ANY($9::text[]))`;

function parameters(search: LogSearch, page: LogPage, kinds: readonly number[] | null): unknown[] {
  return [
    search.traceId,
    search.subjectIds,
    kinds,
    page.after?.sortKey ?? null,
    page.after?.id ?? null,
    search.bronhouder,
    page.size + 1,
    search.withheld?.activities ?? [],
    search.withheld?.ownerKinds ?? [],
    subjectPrefixes(search),
  ];
}
