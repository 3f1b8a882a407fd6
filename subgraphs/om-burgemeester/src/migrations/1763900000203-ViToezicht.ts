import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reclassering organisation OM assigns to supervise a VI's conditions: OM's own record of who
 * may read them, so the toezicht can see what it supervises (seed 004). Earlier decisions name none.
 */
export class ViToezicht1763900000203 implements MigrationInterface {
  name = 'ViToezicht1763900000203';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE om.vi_beslissing ADD COLUMN toezichthoudende_organisatie text
        CONSTRAINT vi_toezicht_door_reclassering
        CHECK (toezichthoudende_organisatie IN ('reclassering:RN', 'reclassering:SVG', 'reclassering:LJ&R'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE om.vi_beslissing DROP COLUMN toezichthoudende_organisatie`);
  }
}
