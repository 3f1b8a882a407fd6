import type { MigrationInterface, QueryRunner } from 'typeorm';

/** OM's opdrachten tot advies as the reclassering receives them (seed 004 l. 16), by organisation and day. */
export class Adviesopdrachten1795500000000 implements MigrationInterface {
  name = 'Adviesopdrachten1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE adviesopdracht (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        justitiabele_id text NOT NULL,
        organisatie text NOT NULL CHECK (organisatie IN ('reclassering:RN', 'reclassering:SVG', 'reclassering:LJ&R')),
        opdrachtgever text NOT NULL,
        datum date NOT NULL,
        vraag text NOT NULL,
        referentie text NOT NULL,
        ontvangen_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX adviesopdracht_per_organisatie ON adviesopdracht (organisatie, datum, id)');
    await queryRunner.query('CREATE INDEX adviesopdracht_per_justitiabele ON adviesopdracht (justitiabele_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE adviesopdracht');
  }
}
