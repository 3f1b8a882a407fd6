import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of the processing log: the append-only trigger lets a delete through only inside the
 * retention job's own transaction (which sets `ketengraaf.bewaartermijn` to `verlopen` for that
 * transaction alone), and every such deletion is itself recorded, append-only, in
 * `processing_log_deletion`. An update stays refused.
 */
export class ProcessingLogRetention1763900100002 implements MigrationInterface {
  name = 'ProcessingLogRetention1763900100002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION processing_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND TG_TABLE_NAME <> 'processing_log_deletion'
           AND current_setting('ketengraaf.bewaartermijn', true) = 'verlopen' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the processing log is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
      END $$`);
    await queryRunner.query(`
      CREATE TABLE processing_log_deletion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deleted_at timestamptz NOT NULL DEFAULT now(),
        retention_days integer NOT NULL CHECK (retention_days > 0),
        deleted_before timestamptz NOT NULL,
        records integer NOT NULL,
        decisions integer NOT NULL,
        audit_records integer NOT NULL
      )`);
    await queryRunner.query(
      `CREATE TRIGGER processing_log_deletion_append_only BEFORE UPDATE OR DELETE ON processing_log_deletion FOR EACH ROW EXECUTE FUNCTION processing_log_append_only()`,
    );
    await queryRunner.query('CREATE INDEX processing_audit_record_by_time ON processing_audit_record (recorded_at)');
    await queryRunner.query('CREATE INDEX processing_log_record_by_time ON processing_log_record (start_time)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX processing_log_record_by_time');
    await queryRunner.query('DROP INDEX processing_audit_record_by_time');
    await queryRunner.query('DROP TABLE processing_log_deletion');
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION processing_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the processing log is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
      END $$`);
  }
}
