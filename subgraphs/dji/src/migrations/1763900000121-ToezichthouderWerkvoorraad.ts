import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The toezichthouder's werkvoorraad starts from the phases its organisation supervises with reports
 * asked for, not from every current stay.
 */
export class ToezichthouderWerkvoorraad1763900000121 implements MigrationInterface {
  name = 'ToezichthouderWerkvoorraad1763900000121';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX extramurale_fase_rapportage_per_toezichthouder ON extramurale_fase (toezichthouder, verblijf_id) WHERE rapportage_interval_dagen IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX extramurale_fase_rapportage_per_toezichthouder');
  }
}
