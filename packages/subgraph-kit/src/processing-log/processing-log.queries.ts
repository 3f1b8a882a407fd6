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

/** The same numbered criteria for both tables: trace, person, activity, page, owner. */
function criteria(alias: string, time: string, activity: string): string {
  return `($1::text IS NULL OR ${alias}.trace_id = $1)
      AND ($2::text[] IS NULL OR ${alias}.data_subject_id = ANY($2))
      AND ($3::text IS NULL OR ${activity} = $3)
      AND ($4::timestamptz IS NULL OR (${time}, ${alias}.id) > ($4::timestamptz, $5::uuid))
      AND ($6::text IS NULL OR ${alias}.bronhouder = $6)`;
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
  ];
}
