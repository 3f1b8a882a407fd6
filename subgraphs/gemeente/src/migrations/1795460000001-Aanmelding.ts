import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A dossier can open from DJI's melding that a resident's detention began: AANGEMELD, not yet taken
 * up, so without a nazorgcoördinator. At most one such per gemeente and person.
 */
export class Aanmelding1795460000001 implements MigrationInterface {
  name = 'Aanmelding1795460000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE nazorgdossier DROP CONSTRAINT nazorgdossier_status_check');
    await queryRunner.query(
      `ALTER TABLE nazorgdossier ADD CONSTRAINT nazorgdossier_status_check CHECK (status IN ('AANGEMELD', 'OPEN', 'GESLOTEN'))`,
    );
    await queryRunner.query('ALTER TABLE nazorgdossier ALTER COLUMN nazorgcoordinator_naam DROP NOT NULL');
    await queryRunner.query('ALTER TABLE nazorgdossier ALTER COLUMN nazorgcoordinator_email DROP NOT NULL');
    await queryRunner.query(
      `ALTER TABLE nazorgdossier ADD CONSTRAINT nazorgcoordinator_behalve_aangemeld
         CHECK (status = 'AANGEMELD' OR (nazorgcoordinator_naam IS NOT NULL AND nazorgcoordinator_email IS NOT NULL))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX nazorgdossier_een_aanmelding ON nazorgdossier (gemeentecode, bsn) WHERE status = 'AANGEMELD'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX nazorgdossier_een_aanmelding');
    await queryRunner.query('ALTER TABLE nazorgdossier DROP CONSTRAINT nazorgcoordinator_behalve_aangemeld');
    await queryRunner.query(
      `DELETE FROM basisvoorwaarden_status WHERE dossier_id IN (SELECT id FROM nazorgdossier WHERE status = 'AANGEMELD')`,
    );
    await queryRunner.query(`DELETE FROM nazorgdossier WHERE status = 'AANGEMELD'`);
    await queryRunner.query('ALTER TABLE nazorgdossier ALTER COLUMN nazorgcoordinator_naam SET NOT NULL');
    await queryRunner.query('ALTER TABLE nazorgdossier ALTER COLUMN nazorgcoordinator_email SET NOT NULL');
    await queryRunner.query('ALTER TABLE nazorgdossier DROP CONSTRAINT nazorgdossier_status_check');
    await queryRunner.query(
      `ALTER TABLE nazorgdossier ADD CONSTRAINT nazorgdossier_status_check CHECK (status IN ('OPEN', 'GESLOTEN'))`,
    );
  }
}
