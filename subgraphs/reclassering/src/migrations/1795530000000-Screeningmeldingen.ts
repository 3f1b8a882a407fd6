import type { MigrationInterface, QueryRunner } from 'typeorm';

/** DJI's screening request and hulpvragen, kept by the reclassering organisation it recorded as involved. */
export class Screeningmeldingen1795530000000 implements MigrationInterface {
  name = 'Screeningmeldingen1795530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE screeningmelding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        justitiabele_id text NOT NULL,
        organisatie text NOT NULL,
        afzender text NOT NULL,
        soort text NOT NULL CHECK (soort IN ('INFORMATIEVERZOEK', 'HULPVRAGEN')),
        screening_uiterlijk date,
        screeningdatum date,
        hulpvragen jsonb CHECK (jsonb_typeof(hulpvragen) = 'array'),
        gemeld_op date NOT NULL,
        referentie text NOT NULL,
        ontvangen_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX screeningmelding_per_organisatie ON screeningmelding (organisatie, gemeld_op, id)',
    );
    await queryRunner.query('CREATE INDEX screeningmelding_per_justitiabele ON screeningmelding (justitiabele_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE screeningmelding');
  }
}
