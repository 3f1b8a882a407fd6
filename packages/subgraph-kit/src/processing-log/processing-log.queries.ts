import type { DataSource } from 'typeorm';

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

/** One page, oldest first, after the (time, id) of the previous page's last row. */
export interface LogPage {
  readonly size: number;
  readonly after: { readonly sortKey: string; readonly id: string } | null;
}

/**
 * The privacy officers' reads of the processing log: records with their audit record, and
 * decisions. Both walk (time, id) by keyset and read one row more than the page to tell whether
 * another follows.
 */
export class ProcessingLogQueries {
  constructor(private readonly dataSource: DataSource) {}

  records(search: LogSearch, page: LogPage): Promise<RecordRow[]> {
    return this.dataSource.query<RecordRow[]>(
      `SELECT r.*, a.user_id, a.organisation, a.role
         FROM processing_log_record r
         LEFT JOIN processing_audit_record a ON a.trace_id = r.trace_id AND a.span_id = r.span_id
        WHERE ${criteria('r', 'r.start_time', 'r.processing_activity_id')}
        ORDER BY r.start_time, r.id
        LIMIT $7`,
      parameters(search, page),
    );
  }

  /**
   * The processing records from `eersteDag` up to `naLaatsteDag` (calendar days in the
   * Netherlands), counted per month, activity and owner: figures without any person in them.
   */
  recordCounts(eersteDag: string, naLaatsteDag: string): Promise<RecordCountRow[]> {
    return this.dataSource.query<RecordCountRow[]>(
      `SELECT to_char(start_time AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS maand,
              processing_activity_id, bronhouder, count(*)::int AS aantal
         FROM processing_log_record
        WHERE start_time >= $1::date::timestamp AT TIME ZONE 'Europe/Amsterdam'
          AND start_time < $2::date::timestamp AT TIME ZONE 'Europe/Amsterdam'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3`,
      [eersteDag, naLaatsteDag],
    );
  }

  decisions(search: LogSearch, page: LogPage): Promise<DecisionRow[]> {
    return this.dataSource.query<DecisionRow[]>(
      `SELECT d.* FROM access_decision d
        WHERE ${criteria('d', 'd.decided_at', 'd.policy')}
        ORDER BY d.decided_at, d.id
        LIMIT $7`,
      parameters(search, page),
    );
  }
}

/** The same numbered criteria for both tables: trace, person, activity, page, owner, what is withheld. */
function criteria(alias: string, time: string, activity: string): string {
  return `($1::text IS NULL OR ${alias}.trace_id = $1)
      AND ($2::text[] IS NULL OR ${alias}.data_subject_id = ANY($2))
      AND ($3::text IS NULL OR ${activity} = $3)
      AND ($4::timestamptz IS NULL OR (${time}, ${alias}.id) > ($4::timestamptz, $5::uuid))
      AND ($6::text IS NULL OR ${alias}.bronhouder = $6)
      AND NOT (${activity} = ANY($8::text[]))
      AND NOT (coalesce(split_part(${alias}.bronhouder, ':', 1), '') = ANY($9::text[]))`;
}

function parameters(search: LogSearch, page: LogPage): unknown[] {
  return [
    search.traceId,
    search.subjectIds,
    search.activity,
    page.after?.sortKey ?? null,
    page.after?.id ?? null,
    search.bronhouder,
    page.size + 1,
    search.withheld?.activities ?? [],
    search.withheld?.ownerKinds ?? [],
  ];
}
