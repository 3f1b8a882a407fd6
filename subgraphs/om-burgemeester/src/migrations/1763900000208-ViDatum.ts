import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day a case's VI falls, as OM computed it from the sentence, and the day OM recorded it: the
 * officier's VI-beslissing is due a term before that day (`VI_BESLISSING`). Earlier cases have none.
 */
export class ViDatum1763900000208 implements MigrationInterface {
  name = 'ViDatum1763900000208';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE om.strafzaak
        ADD COLUMN vi_datum date,
        ADD COLUMN vi_datum_vastgesteld_op date,
        ADD CONSTRAINT strafzaak_vi_datum_vastgesteld
          CHECK ((vi_datum IS NULL) = (vi_datum_vastgesteld_op IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE om.strafzaak DROP CONSTRAINT strafzaak_vi_datum_vastgesteld, DROP COLUMN vi_datum, DROP COLUMN vi_datum_vastgesteld_op',
    );
  }
}
