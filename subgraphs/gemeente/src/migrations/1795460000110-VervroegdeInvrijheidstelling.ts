import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An unexpected early release as DJI's melding tells it (`uitstroom_vervroegd` beside the
 * uitstroomdatum), and the time of DJI's latest date melding a dossier applied
 * (`detentie_gemeld_op`), so a melding delivered late never overwrites a newer date with an older one.
 */
export class VervroegdeInvrijheidstelling1795460000110 implements MigrationInterface {
  name = 'VervroegdeInvrijheidstelling1795460000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE nazorgdossier
        ADD COLUMN uitstroom_vervroegd boolean NOT NULL DEFAULT false,
        ADD COLUMN detentie_gemeld_op timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE nazorgdossier DROP COLUMN uitstroom_vervroegd, DROP COLUMN detentie_gemeld_op',
    );
  }
}
