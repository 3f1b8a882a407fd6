import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When DJI sent the early release a toezicht keeps (`vervroegd_gemeld_op`), so a melding delivered
 * late never puts an older day back over a newer one, as the gemeente's dossier keeps its own.
 */
export class VervroegdGemeldOp1795540000110 implements MigrationInterface {
  name = 'VervroegdGemeldOp1795540000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE toezicht ADD COLUMN vervroegd_gemeld_op timestamptz');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE toezicht DROP COLUMN vervroegd_gemeld_op');
  }
}
