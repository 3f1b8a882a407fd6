import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What DJI's meldingen tell a gemeente's dossier, kept as they said it: the reference to DJI's
 * verblijf, the (changed) expected end of detention, the uitstroomdatum, by when DJI asked for
 * information for the screening, and the screening's hulpvragen per basisvoorwaarde.
 */
export class DetentieMeldingen1795460000002 implements MigrationInterface {
  name = 'DetentieMeldingen1795460000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE nazorgdossier
        ADD COLUMN detentie_referentie text,
        ADD COLUMN gemelde_verwachte_uitstroomdatum date,
        ADD COLUMN gemelde_uitstroomdatum date,
        ADD COLUMN screening_informatie_gevraagd_voor date,
        ADD COLUMN gemelde_screeningdatum date,
        ADD COLUMN gemelde_hulpvragen jsonb CHECK (jsonb_typeof(gemelde_hulpvragen) = 'array')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE nazorgdossier
        DROP COLUMN detentie_referentie,
        DROP COLUMN gemelde_verwachte_uitstroomdatum,
        DROP COLUMN gemelde_uitstroomdatum,
        DROP COLUMN screening_informatie_gevraagd_voor,
        DROP COLUMN gemelde_screeningdatum,
        DROP COLUMN gemelde_hulpvragen`);
  }
}
