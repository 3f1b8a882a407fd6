import type { MigrationInterface, QueryRunner } from 'typeorm';

const ZONDER = `('ZEDEN', 'ERNSTIG_GEWELD', 'LEVENSDELICT', 'VERMOGEN', 'OPIUMWET', 'OVERIG')`;
const MET = `('ZEDEN', 'ERNSTIG_GEWELD', 'LEVENSDELICT', 'VERMOGEN', 'OPIUMWET', 'BRANDSTICHTING', 'OVERIG')`;

/** The BIJ target group as a check, for a conviction with the delictcategorieën in `delicten`. */
const doelgroep = (delicten: string): string => `CHECK (onherroepelijk AND (
  grondslag IN ('TBS_MET_DWANGVERPLEGING', 'PIJ_VERLENGBAAR')
  OR (grondslag = 'VEROORDELING' AND delictcategorie IN ${delicten})))`;

/**
 * Arson is a delictcategorie of its own, and a conviction for it brings a person into the BIJ
 * target group: the minister added brandstichting to the BIJ-regeling in 2024 (seed 002).
 */
export class Brandstichting1763900000202 implements MigrationInterface {
  name = 'Brandstichting1763900000202';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.replaceChecks(queryRunner, MET, `('ZEDEN', 'ERNSTIG_GEWELD', 'LEVENSDELICT', 'BRANDSTICHTING')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.replaceChecks(queryRunner, ZONDER, `('ZEDEN', 'ERNSTIG_GEWELD', 'LEVENSDELICT')`);
  }

  private async replaceChecks(queryRunner: QueryRunner, categorieen: string, bijDelicten: string): Promise<void> {
    await queryRunner.query(`ALTER TABLE om.strafzaak DROP CONSTRAINT strafzaak_delictcategorie_check`);
    await queryRunner.query(
      `ALTER TABLE om.strafzaak ADD CONSTRAINT strafzaak_delictcategorie_check CHECK (delictcategorie IN ${categorieen})`,
    );
    await queryRunner.query(`ALTER TABLE burgemeester.bij_melding DROP CONSTRAINT bij_melding_delictcategorie_check`);
    await queryRunner.query(
      `ALTER TABLE burgemeester.bij_melding ADD CONSTRAINT bij_melding_delictcategorie_check CHECK (delictcategorie IN ${categorieen})`,
    );
    // Art. 11a Bjsg, once more in the database: only the BIJ target group is kept.
    await queryRunner.query(`ALTER TABLE burgemeester.bij_melding DROP CONSTRAINT bij_doelgroep`);
    await queryRunner.query(
      `ALTER TABLE burgemeester.bij_melding ADD CONSTRAINT bij_doelgroep ${doelgroep(bijDelicten)}`,
    );
  }
}
