import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BetrokkenOrganisaties1763900000002 implements MigrationInterface {
  name = 'BetrokkenOrganisaties1763900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE betrokken_organisatie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verblijf_id uuid NOT NULL REFERENCES verblijf (id),
        organisatie text NOT NULL CHECK (organisatie LIKE 'reclassering:%'),
        aanleiding text NOT NULL CHECK (aanleiding IN ('INFORMATIEVERZOEK_SCREENING', 'ADVIES', 'TOEZICHT')),
        datum date NOT NULL,
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT betrokken_organisatie_eenmaal UNIQUE (verblijf_id, organisatie, aanleiding)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE betrokken_organisatie');
  }
}
