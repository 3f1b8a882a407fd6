import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An overtredingsmelding names its melding in the outbox, which delivers it to OM and says where it
 * is. Meldingen made before keep the status they were recorded with.
 */
export class OvertredingsmeldingViaOutbox1795490000000 implements MigrationInterface {
  name = 'OvertredingsmeldingViaOutbox1795490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE overtredingsmelding ADD COLUMN melding_id uuid UNIQUE REFERENCES melding_outbox (id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE overtredingsmelding DROP COLUMN melding_id');
  }
}
