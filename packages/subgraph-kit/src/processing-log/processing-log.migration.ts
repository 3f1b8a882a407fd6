import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The processing log every party keeps in its own database, after Logboek Dataverwerkingen
 * (Logius, 0.8): processing records without users, the user in a separate audit record linked by
 * trace and span id, and every access decision (Authorization Decision Log). Append-only.
 */
export class ProcessingLog1763900100000 implements MigrationInterface {
  name = 'ProcessingLog1763900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
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
        foreign_operation_processor text
      )`);
    await queryRunner.query('CREATE INDEX processing_log_by_trace ON processing_log_record (trace_id, start_time, id)');
    await queryRunner.query(
      'CREATE INDEX processing_log_by_subject ON processing_log_record (data_subject_id, start_time, id)',
    );
    await queryRunner.query(
      'CREATE INDEX processing_log_by_activity ON processing_log_record (processing_activity_id, start_time, id)',
    );
    await queryRunner.query(`
      CREATE TABLE processing_audit_record (
        trace_id char(32) NOT NULL,
        span_id char(16) NOT NULL,
        user_id text NOT NULL,
        organisation text NOT NULL,
        role text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (trace_id, span_id)
      )`);
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
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX access_decision_by_trace ON access_decision (trace_id, decided_at, id)');
    await queryRunner.query(
      'CREATE INDEX access_decision_by_subject ON access_decision (data_subject_id, decided_at, id)',
    );
    await queryRunner.query(`
      CREATE FUNCTION processing_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the processing log is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
      END $$`);
    for (const table of ['processing_log_record', 'processing_audit_record', 'access_decision']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION processing_log_append_only()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE access_decision, processing_audit_record, processing_log_record');
    await queryRunner.query('DROP FUNCTION processing_log_append_only');
  }
}
