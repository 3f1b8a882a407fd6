import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Processing records at under a third of their size, every record kept. A record was a row of
 * thirteen columns, most of them the same for every record of one write (trace, span, parent,
 * operation name, start, end, status) or for every record of one kind (activity, pseudonym type,
 * processor, owner), about 330 bytes a row. Now the write is one row of `processing_log_operation`,
 * each kind is numbered once in `processing_log_kind`, and a record (`processing_log_entry`) holds
 * its start, its operation and kind by number and the pseudonym as bytes: about 90 bytes.
 *
 * The view `processing_log_record` reads them in the earlier shape. Every index names the query
 * that uses it; those of the entries lead with a value a write's records share (its operation, its
 * start, its kind) or the pseudonym's first 8 bytes alone, so B-tree deduplication keeps one entry
 * per write, or per person, where there was one per record. Existing rows are carried over; all
 * tables stay append-only.
 */
export class ProcessingLogNarrow1763900100004 implements MigrationInterface {
  name = 'ProcessingLogNarrow1763900100004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE processing_log_operation (
        -- What the entries name their operation by; the view and the records query join on it.
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        trace_id bytea NOT NULL CHECK (length(trace_id) = 16),
        span_id bytea NOT NULL CHECK (length(span_id) = 8),
        parent_span_id bytea CHECK (length(parent_span_id) = 8),
        name text NOT NULL,
        start_time timestamptz NOT NULL,
        end_time timestamptz NOT NULL,
        failed boolean NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE processing_log_kind (
        -- What the entries name their kind by; the view and the records query join on it.
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        processing_activity_id text NOT NULL,
        data_subject_id_type text NOT NULL,
        foreign_operation_processor text,
        bronhouder text,
        -- The writer's look-up of a kind's number.
        UNIQUE NULLS NOT DISTINCT (processing_activity_id, data_subject_id_type, foreign_operation_processor, bronhouder)
      )`);
    await queryRunner.query(`
      CREATE TABLE processing_log_entry (
        -- The keyset's tie-breaker among records of the same start; looked up by nothing else.
        id bigint GENERATED ALWAYS AS IDENTITY,
        -- The operation's, kept here too for the keyset and the indexes by time.
        start_time timestamptz NOT NULL,
        operation bigint NOT NULL,
        kind integer NOT NULL,
        data_subject_id bytea NOT NULL CHECK (length(data_subject_id) = 32)
      )`);
    await queryRunner.query(`
      INSERT INTO processing_log_kind (processing_activity_id, data_subject_id_type, foreign_operation_processor, bronhouder)
      SELECT DISTINCT processing_activity_id, data_subject_id_type, foreign_operation_processor, bronhouder
        FROM processing_log_record`);
    await queryRunner.query(`
      INSERT INTO processing_log_operation (trace_id, span_id, parent_span_id, name, start_time, end_time, failed)
      SELECT DISTINCT decode(trace_id, 'hex'), decode(span_id, 'hex'), decode(parent_span_id, 'hex'), name, start_time,
             end_time, status_code = 'ERROR'
        FROM processing_log_record`);
    await queryRunner.query(`
      INSERT INTO processing_log_entry (start_time, operation, kind, data_subject_id)
      SELECT r.start_time, o.id, k.id, decode(r.data_subject_id, 'hex')
        FROM processing_log_record r
        JOIN processing_log_operation o
          ON o.trace_id = decode(r.trace_id, 'hex') AND o.span_id = decode(r.span_id, 'hex')
         AND o.parent_span_id IS NOT DISTINCT FROM decode(r.parent_span_id, 'hex') AND o.name = r.name
         AND o.start_time = r.start_time AND o.end_time = r.end_time AND o.failed = (r.status_code = 'ERROR')
        JOIN processing_log_kind k
          ON k.processing_activity_id = r.processing_activity_id AND k.data_subject_id_type = r.data_subject_id_type
         AND k.foreign_operation_processor IS NOT DISTINCT FROM r.foreign_operation_processor
         AND k.bronhouder IS NOT DISTINCT FROM r.bronhouder
       ORDER BY r.start_time, r.id`);
    await queryRunner.query('DROP TABLE processing_log_record');
    // verwerkingen by traceId; the retention job's search for operations still naming an audit record.
    await queryRunner.query('CREATE INDEX processing_log_operation_by_trace ON processing_log_operation (trace_id)');
    // The retention job's deletion by age.
    await queryRunner.query('CREATE INDEX processing_log_operation_by_time ON processing_log_operation (start_time)');
    // verwerkingen by betrokkene and a betrokkene's inzage, by the pseudonym's first 8 bytes
    // (`SUBJECT_PREFIX_BYTES`; the query compares the whole pseudonym too, and sorts one person's trail).
    await queryRunner.query(
      'CREATE INDEX processing_log_entry_by_subject ON processing_log_entry (substr(data_subject_id, 1, 8))',
    );
    // verwerkingen by verwerkingsactiviteit (the kinds of the activity), oldest first.
    await queryRunner.query('CREATE INDEX processing_log_entry_by_kind ON processing_log_entry (kind, start_time)');
    // verwerkingscijfers per month, the retention job's deletion by age, and verwerkingen by traceId (the
    // records of the trace's operations, each starting when its operation does).
    await queryRunner.query('CREATE INDEX processing_log_entry_by_time ON processing_log_entry (start_time)');
    for (const table of ['processing_log_operation', 'processing_log_kind', 'processing_log_entry']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION processing_log_append_only()`,
      );
    }
    await queryRunner.query(`
      CREATE VIEW processing_log_record AS
        SELECT e.id, e.start_time, o.end_time, encode(o.trace_id, 'hex') AS trace_id, encode(o.span_id, 'hex') AS span_id,
               encode(o.parent_span_id, 'hex') AS parent_span_id, o.name,
               CASE WHEN o.failed THEN 'ERROR' ELSE 'OK' END AS status_code, k.processing_activity_id,
               encode(e.data_subject_id, 'hex') AS data_subject_id, k.data_subject_id_type, k.foreign_operation_processor,
               k.bronhouder, e.xmin
          FROM processing_log_entry e
          JOIN processing_log_operation o ON o.id = e.operation
          JOIN processing_log_kind k ON k.id = e.kind`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER VIEW processing_log_record RENAME TO processing_log_record_narrow');
    await queryRunner.query(`
      CREATE TABLE processing_log_record (
        id bigint GENERATED ALWAYS AS IDENTITY,
        start_time timestamptz NOT NULL,
        end_time timestamptz NOT NULL,
        trace_id char(32) NOT NULL,
        span_id char(16) NOT NULL,
        parent_span_id char(16),
        name text NOT NULL,
        status_code text NOT NULL CHECK (status_code IN ('OK', 'ERROR')),
        processing_activity_id text NOT NULL,
        data_subject_id text NOT NULL,
        data_subject_id_type text NOT NULL,
        foreign_operation_processor text,
        bronhouder text
      )`);
    await queryRunner.query(`
      INSERT INTO processing_log_record (start_time, end_time, trace_id, span_id, parent_span_id, name, status_code,
                                         processing_activity_id, data_subject_id, data_subject_id_type,
                                         foreign_operation_processor, bronhouder)
      SELECT start_time, end_time, trace_id, span_id, parent_span_id, name, status_code, processing_activity_id,
             data_subject_id, data_subject_id_type, foreign_operation_processor, bronhouder
        FROM processing_log_record_narrow
       ORDER BY start_time, id`);
    await queryRunner.query('DROP VIEW processing_log_record_narrow');
    await queryRunner.query('DROP TABLE processing_log_entry, processing_log_kind, processing_log_operation');
    await queryRunner.query('CREATE INDEX processing_log_by_trace ON processing_log_record (trace_id)');
    await queryRunner.query(
      'CREATE INDEX processing_log_by_subject ON processing_log_record (left(data_subject_id, 16), start_time)',
    );
    await queryRunner.query(
      'CREATE INDEX processing_log_by_activity ON processing_log_record (processing_activity_id, start_time)',
    );
    await queryRunner.query('CREATE INDEX processing_log_record_by_time ON processing_log_record (start_time)');
    await queryRunner.query(
      `CREATE TRIGGER processing_log_record_append_only BEFORE UPDATE OR DELETE ON processing_log_record FOR EACH ROW EXECUTE FUNCTION processing_log_append_only()`,
    );
  }
}
