import type { MigrationInterface, QueryRunner } from 'typeorm';

/** OM's receipts of the zienswijzen and omgevingsanalyses burgemeesters send it (seed 004 l. 24–30). */
export class OntvangenStukken1763900000205 implements MigrationInterface {
  name = 'OntvangenStukken1763900000205';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE om.ontvangen_stuk (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        justitiabele_id text NOT NULL,
        soort text NOT NULL CHECK (soort IN ('ZIENSWIJZE', 'OMGEVINGSANALYSE')),
        burgemeester text NOT NULL CHECK (burgemeester ~ '^burgemeester:[0-9]{4}$'),
        referentie text NOT NULL UNIQUE,
        ontvangen_op timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE om.ontvangen_stuk');
  }
}
