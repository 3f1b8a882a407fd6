import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records which organisation owns the data each processing record and access decision is about,
 * where a subgraph keeps the records of several owners (gemeenten, reclassering organisations, OM
 * and burgemeesters): each owner's privacy officer sees only its own part of the log.
 */
export class ProcessingLogOwner1763900100001 implements MigrationInterface {
  name = 'ProcessingLogOwner1763900100001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE processing_log_record ADD COLUMN bronhouder text');
    await queryRunner.query('ALTER TABLE access_decision ADD COLUMN bronhouder text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE access_decision DROP COLUMN bronhouder');
    await queryRunner.query('ALTER TABLE processing_log_record DROP COLUMN bronhouder');
  }
}
