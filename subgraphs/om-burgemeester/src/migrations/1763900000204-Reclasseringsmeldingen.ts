import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The meldingen the reclassering sends OM on its opdracht: overtredingen and adviezen (seed 004). */
export class Reclasseringsmeldingen1763900000204 implements MigrationInterface {
  name = 'Reclasseringsmeldingen1763900000204';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE om.reclasseringsmelding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        justitiabele_id text NOT NULL,
        soort text NOT NULL CHECK (soort IN ('OVERTREDING', 'ADVIES')),
        organisatie text NOT NULL CHECK (organisatie IN ('reclassering:RN', 'reclassering:SVG', 'reclassering:LJ&R')),
        datum date NOT NULL,
        referentie text NOT NULL,
        ontvangen_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX reclasseringsmelding_per_justitiabele ON om.reclasseringsmelding (justitiabele_id, datum)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE om.reclasseringsmelding');
  }
}
