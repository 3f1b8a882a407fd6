import type { MigrationInterface, QueryRunner } from 'typeorm';

const INRICHTING = `CHECK (inrichting ~ '^dji:[A-Z0-9-]+$')`;

/**
 * Where the reclassering last knew a person to be held (the inrichting of an advies made during
 * detention, and of a toezicht prepared before release): art. 18b Pbw opens risk information to
 * DJI only for a person it holds. And the index OM's meldingen are listed by.
 */
export class InrichtingEnMeldingenAanOm1795480000000 implements MigrationInterface {
  name = 'InrichtingEnMeldingenAanOm1795480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE advies ADD COLUMN inrichting text ${INRICHTING}`);
    await queryRunner.query(`ALTER TABLE toezicht ADD COLUMN inrichting text ${INRICHTING}`);
    await queryRunner.query(
      `CREATE INDEX overtredingsmelding_per_ontvanger ON overtredingsmelding (gemeld_aan, datum, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX overtredingsmelding_per_justitiabele ON overtredingsmelding (justitiabele_id, datum)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX overtredingsmelding_per_justitiabele');
    await queryRunner.query('DROP INDEX overtredingsmelding_per_ontvanger');
    await queryRunner.query('ALTER TABLE toezicht DROP COLUMN inrichting');
    await queryRunner.query('ALTER TABLE advies DROP COLUMN inrichting');
  }
}
