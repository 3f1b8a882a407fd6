import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The day of an unexpected early release, as DJI's melding told it to the organisation holding the toezicht. */
export class VervroegdeInvrijheidstelling1795510000000 implements MigrationInterface {
  name = 'VervroegdeInvrijheidstelling1795510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE toezicht ADD COLUMN gemelde_vervroegde_invrijheidstelling date');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE toezicht DROP COLUMN gemelde_vervroegde_invrijheidstelling');
  }
}
