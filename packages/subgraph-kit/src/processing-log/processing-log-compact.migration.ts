import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The processing log at a fraction of its size per request, every record and decision kept.
 *
 * Access decisions: one row per person, ground, decision and owner, naming the fields it covered,
 * where there was a row per field; each field (the resource with the grounds it declares) is
 * named once in `access_decision_resource` and by number in the sets, as is each kind (outcome,
 * policy, pseudonym type and owner) in `access_decision_kind`, and the trace, span and
 * pseudonym are kept as bytes, not hex. The view `access_decision` reads them in the earlier shape,
 * one row per field. Processing records: a sequence number instead of a random uuid as the keyset's
 * tie-breaker, and no primary-key index, since nothing looks a record up by it.
 *
 * Every index names the query that uses it. They lead with a value one request's rows share (its
 * trace, its start, its activity), so PostgreSQL's B-tree deduplication keeps one entry per request
 * where it had one per row. Existing rows are carried over; the append-only trigger stays.
 */
export class ProcessingLogCompact1763900100003 implements MigrationInterface {
  name = 'ProcessingLogCompact1763900100003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE access_decision_resource (
        -- What the sets name a field by; the view and the decisions query join on it.
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        resource text NOT NULL,
        grounds text[] NOT NULL,
        -- The writer's look-up of a field's number.
        UNIQUE (resource, grounds)
      )`);
    await queryRunner.query(`
      CREATE TABLE access_decision_kind (
        -- What the sets name their kind by; the view and the decisions query join on it.
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        permitted boolean NOT NULL,
        policy text NOT NULL,
        data_subject_id_type text,
        bronhouder text,
        -- The writer's look-up of a kind's number.
        UNIQUE NULLS NOT DISTINCT (permitted, policy, data_subject_id_type, bronhouder)
      )`);
    await queryRunner.query(`
      CREATE TABLE access_decision_set (
        -- The keyset's tie-breaker among sets decided at the same instant; looked up by nothing else.
        id bigint GENERATED ALWAYS AS IDENTITY,
        -- In milliseconds, as a page's cursor carries it to the next page.
        decided_at timestamptz(3) NOT NULL DEFAULT now(),
        -- The outcome, its policy, the pseudonym's type and the owner (access_decision_kind.id).
        kind integer NOT NULL,
        trace_id bytea NOT NULL CHECK (length(trace_id) = 16),
        span_id bytea NOT NULL CHECK (length(span_id) = 8),
        data_subject_id bytea CHECK (length(data_subject_id) = 32),
        -- The fields (access_decision_resource.id), each once; never one the writer could not number.
        resources integer[] NOT NULL CHECK (cardinality(resources) > 0 AND array_position(resources, NULL) IS NULL)
      )`);
    await queryRunner.query(
      'INSERT INTO access_decision_resource (resource, grounds) SELECT DISTINCT resource, requested_grounds FROM access_decision',
    );
    await queryRunner.query(`
      INSERT INTO access_decision_kind (permitted, policy, data_subject_id_type, bronhouder)
      SELECT DISTINCT decision = 'PERMIT', policy, data_subject_id_type, bronhouder FROM access_decision`);
    await queryRunner.query(`
      INSERT INTO access_decision_set (decided_at, kind, trace_id, span_id, data_subject_id, resources)
      SELECT a.decided_at, min(k.id), decode(a.trace_id, 'hex'), decode(a.span_id, 'hex'),
             decode(a.data_subject_id, 'hex'), array_agg(DISTINCT f.id)
        FROM access_decision a
        JOIN access_decision_resource f ON f.resource = a.resource AND f.grounds = a.requested_grounds
        JOIN access_decision_kind k
          ON k.permitted = (a.decision = 'PERMIT') AND k.policy = a.policy
         AND k.data_subject_id_type IS NOT DISTINCT FROM a.data_subject_id_type
         AND k.bronhouder IS NOT DISTINCT FROM a.bronhouder
       GROUP BY a.decided_at, a.decision, a.trace_id, a.span_id, a.data_subject_id, a.data_subject_id_type, a.policy,
                a.bronhouder,
                -- A decision about no one person stays a row of its own.
                CASE WHEN a.data_subject_id IS NULL THEN a.id END
       ORDER BY a.decided_at, min(a.id::text)`);
    await queryRunner.query('DROP TABLE access_decision');
    // toegangsbesluiten by traceId; the retention job's search for decisions still naming an audit record.
    await queryRunner.query('CREATE INDEX access_decision_set_by_trace ON access_decision_set (trace_id)');
    // toegangsbesluiten by betrokkene, by the pseudonym's first 8 bytes (`SUBJECT_PREFIX_BYTES`; the query
    // compares the whole pseudonym too); a decision about no one person is never searched for by person.
    await queryRunner.query(
      `CREATE INDEX access_decision_set_by_subject ON access_decision_set (substr(data_subject_id, 1, 8))
        WHERE data_subject_id IS NOT NULL`,
    );
    await appendOnly(queryRunner, 'access_decision_resource');
    await appendOnly(queryRunner, 'access_decision_kind');
    await appendOnly(queryRunner, 'access_decision_set');
    await queryRunner.query(`
      CREATE VIEW access_decision AS
        SELECT d.id, r.position, encode(d.trace_id, 'hex') AS trace_id, encode(d.span_id, 'hex') AS span_id,
               f.resource, encode(d.data_subject_id, 'hex') AS data_subject_id, k.data_subject_id_type,
               CASE WHEN k.permitted THEN 'PERMIT' ELSE 'DENY' END AS decision, k.policy,
               f.grounds AS requested_grounds, d.decided_at, k.bronhouder
          FROM access_decision_set d
          JOIN access_decision_kind k ON k.id = d.kind
         CROSS JOIN LATERAL unnest(d.resources) WITH ORDINALITY AS r(field, position)
          JOIN access_decision_resource f ON f.id = r.field`);

    await queryRunner.query('ALTER TABLE processing_log_record RENAME TO processing_log_record_uuid');
    await queryRunner.query(`
      CREATE TABLE processing_log_record (
        -- The keyset's tie-breaker among records of the same start; looked up by nothing else.
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
        FROM processing_log_record_uuid
       ORDER BY start_time, id`);
    await queryRunner.query('DROP TABLE processing_log_record_uuid');
    // verwerkingen by traceId; the retention job's search for records still naming an audit record.
    await queryRunner.query('CREATE INDEX processing_log_by_trace ON processing_log_record (trace_id)');
    // verwerkingen by betrokkene and a betrokkene's inzage, oldest first, by the pseudonym's first 8
    // bytes (`SUBJECT_PREFIX_BYTES`; the query compares the whole pseudonym too).
    await queryRunner.query(
      `CREATE INDEX processing_log_by_subject ON processing_log_record (left(data_subject_id, 16), start_time)`,
    );
    // verwerkingen by verwerkingsactiviteit, oldest first.
    await queryRunner.query(
      'CREATE INDEX processing_log_by_activity ON processing_log_record (processing_activity_id, start_time)',
    );
    // verwerkingscijfers per month, and the retention job's deletion by age.
    await queryRunner.query('CREATE INDEX processing_log_record_by_time ON processing_log_record (start_time)');
    await appendOnly(queryRunner, 'processing_log_record');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE processing_log_record RENAME TO processing_log_record_compact');
    await queryRunner.query(`
      CREATE TABLE processing_log_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trace_id char(32) NOT NULL,
        span_id char(16) NOT NULL,
        parent_span_id char(16),
        name text NOT NULL,
        start_time timestamptz NOT NULL,
        end_time timestamptz NOT NULL,
        status_code text NOT NULL CHECK (status_code IN ('OK', 'ERROR')),
        processing_activity_id text NOT NULL,
        data_subject_id text NOT NULL,
        data_subject_id_type text NOT NULL,
        foreign_operation_processor text,
        bronhouder text
      )`);
    await queryRunner.query(`
      INSERT INTO processing_log_record (trace_id, span_id, parent_span_id, name, start_time, end_time, status_code,
                                         processing_activity_id, data_subject_id, data_subject_id_type,
                                         foreign_operation_processor, bronhouder)
      SELECT trace_id, span_id, parent_span_id, name, start_time, end_time, status_code, processing_activity_id,
             data_subject_id, data_subject_id_type, foreign_operation_processor, bronhouder
        FROM processing_log_record_compact`);
    await queryRunner.query('DROP TABLE processing_log_record_compact');
    await queryRunner.query('CREATE INDEX processing_log_by_trace ON processing_log_record (trace_id, start_time, id)');
    await queryRunner.query(
      'CREATE INDEX processing_log_by_subject ON processing_log_record (data_subject_id, start_time, id)',
    );
    await queryRunner.query(
      'CREATE INDEX processing_log_by_activity ON processing_log_record (processing_activity_id, start_time, id)',
    );
    await queryRunner.query('CREATE INDEX processing_log_record_by_time ON processing_log_record (start_time)');
    await appendOnly(queryRunner, 'processing_log_record');

    await queryRunner.query('ALTER VIEW access_decision RENAME TO access_decision_fields');
    await queryRunner.query(`
      CREATE TABLE access_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trace_id char(32) NOT NULL,
        span_id char(16) NOT NULL,
        resource text NOT NULL,
        data_subject_id text,
        data_subject_id_type text,
        decision text NOT NULL CHECK (decision IN ('PERMIT', 'DENY')),
        policy text NOT NULL,
        requested_grounds text[] NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        bronhouder text
      )`);
    await queryRunner.query(`
      INSERT INTO access_decision (trace_id, span_id, resource, data_subject_id, data_subject_id_type, decision, policy,
                                   requested_grounds, decided_at, bronhouder)
      SELECT trace_id, span_id, resource, data_subject_id, data_subject_id_type, decision, policy, requested_grounds,
             decided_at, bronhouder
        FROM access_decision_fields`);
    await queryRunner.query('DROP VIEW access_decision_fields');
    await queryRunner.query('DROP TABLE access_decision_set, access_decision_resource, access_decision_kind');
    await queryRunner.query('CREATE INDEX access_decision_by_trace ON access_decision (trace_id, decided_at, id)');
    await queryRunner.query(
      'CREATE INDEX access_decision_by_subject ON access_decision (data_subject_id, decided_at, id)',
    );
    await appendOnly(queryRunner, 'access_decision');
  }
}

/** The trigger that refuses updates, and deletes outside the retention job (`ProcessingLogRetention1763900100002`). */
async function appendOnly(queryRunner: QueryRunner, table: string): Promise<void> {
  await queryRunner.query(
    `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION processing_log_append_only()`,
  );
}
