import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A changed gemeente of return: the former gemeente's dossier learns to whom it hands over
 * (`overdracht_aan`, from DJI's melding) and closes as OVERGEDRAGEN when it did; the new gemeente's
 * dossier records who handed it over and when.
 */
export class Overdracht1795460000040 implements MigrationInterface {
  name = 'Overdracht1795460000040';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE nazorgdossier DROP CONSTRAINT nazorgdossier_status_check');
    await queryRunner.query(
      `ALTER TABLE nazorgdossier ADD CONSTRAINT nazorgdossier_status_check CHECK (status IN ('AANGEMELD', 'OPEN', 'GESLOTEN', 'OVERGEDRAGEN'))`,
    );
    await queryRunner.query('ALTER TABLE nazorgdossier DROP CONSTRAINT gesloten_heeft_datum');
    await queryRunner.query(
      `ALTER TABLE nazorgdossier ADD CONSTRAINT gesloten_heeft_datum CHECK ((status IN ('GESLOTEN', 'OVERGEDRAGEN')) = (gesloten_op IS NOT NULL))`,
    );
    await queryRunner.query('ALTER TABLE nazorgdossier ADD COLUMN overdracht_aan char(4)');
    await queryRunner.query(
      `ALTER TABLE nazorgdossier ADD CONSTRAINT overgedragen_heeft_ontvanger CHECK (status <> 'OVERGEDRAGEN' OR overdracht_aan IS NOT NULL)`,
    );
    // A dossier not yet taken up (no nazorgcoördinator) may be handed over as it is.
    await queryRunner.query('ALTER TABLE nazorgdossier DROP CONSTRAINT nazorgcoordinator_behalve_aangemeld');
    await queryRunner.query(
      `ALTER TABLE nazorgdossier ADD CONSTRAINT nazorgcoordinator_behalve_aangemeld
         CHECK (status IN ('AANGEMELD', 'OVERGEDRAGEN') OR (nazorgcoordinator_naam IS NOT NULL AND nazorgcoordinator_email IS NOT NULL))`,
    );
    await queryRunner.query('ALTER TABLE nazorgdossier ADD COLUMN overgedragen_door text');
    await queryRunner.query('ALTER TABLE nazorgdossier ADD COLUMN overgedragen_op date');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE nazorgdossier SET status = CASE WHEN nazorgcoordinator_naam IS NULL THEN 'AANGEMELD' ELSE 'GESLOTEN' END,
              gesloten_op = CASE WHEN nazorgcoordinator_naam IS NULL THEN NULL ELSE gesloten_op END
        WHERE status = 'OVERGEDRAGEN'`,
    );
    await queryRunner.query('ALTER TABLE nazorgdossier DROP CONSTRAINT nazorgcoordinator_behalve_aangemeld');
    await queryRunner.query(
      `ALTER TABLE nazorgdossier ADD CONSTRAINT nazorgcoordinator_behalve_aangemeld
         CHECK (status = 'AANGEMELD' OR (nazorgcoordinator_naam IS NOT NULL AND nazorgcoordinator_email IS NOT NULL))`,
    );
    await queryRunner.query('ALTER TABLE nazorgdossier DROP COLUMN overgedragen_op');
    await queryRunner.query('ALTER TABLE nazorgdossier DROP COLUMN overgedragen_door');
    await queryRunner.query('ALTER TABLE nazorgdossier DROP CONSTRAINT overgedragen_heeft_ontvanger');
    await queryRunner.query('ALTER TABLE nazorgdossier DROP COLUMN overdracht_aan');
    await queryRunner.query('ALTER TABLE nazorgdossier DROP CONSTRAINT gesloten_heeft_datum');
    await queryRunner.query(
      `ALTER TABLE nazorgdossier ADD CONSTRAINT gesloten_heeft_datum CHECK ((status = 'GESLOTEN') = (gesloten_op IS NOT NULL))`,
    );
    await queryRunner.query('ALTER TABLE nazorgdossier DROP CONSTRAINT nazorgdossier_status_check');
    await queryRunner.query(
      `ALTER TABLE nazorgdossier ADD CONSTRAINT nazorgdossier_status_check CHECK (status IN ('AANGEMELD', 'OPEN', 'GESLOTEN'))`,
    );
  }
}
