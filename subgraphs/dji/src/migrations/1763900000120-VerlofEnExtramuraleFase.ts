import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A stay's verloven, its extramural phase and the toezichthouder's reports to the director on it. */
export class VerlofEnExtramuraleFase1763900000120 implements MigrationInterface {
  name = 'VerlofEnExtramuraleFase1763900000120';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE verlof (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verblijf_id uuid NOT NULL REFERENCES verblijf (id),
        soort text NOT NULL CHECK (soort IN ('KORTDUREND_REINTEGRATIEVERLOF', 'LANGDUREND_REINTEGRATIEVERLOF', 'REINTEGRATIEVERLOF_EXTRAMURALE_ARBEID')),
        van date NOT NULL,
        tot date NOT NULL CHECK (tot >= van),
        geregistreerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX verlof_per_verblijf ON verlof (verblijf_id, van)');
    await queryRunner.query(`
      CREATE TABLE extramurale_fase (
        verblijf_id uuid PRIMARY KEY REFERENCES verblijf (id),
        soort text NOT NULL CHECK (soort IN ('ART_43_3_PBW', 'PENITENTIAIR_PROGRAMMA', 'ISD_EXTRAMURAAL')),
        van date NOT NULL,
        toezichthouder text NOT NULL CHECK (toezichthouder LIKE 'reclassering:%'),
        rapportage_interval_dagen int CHECK (rapportage_interval_dagen > 0),
        geregistreerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE extramurale_rapportage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verblijf_id uuid NOT NULL REFERENCES extramurale_fase (verblijf_id),
        datum date NOT NULL,
        organisatie text NOT NULL,
        verloop text NOT NULL,
        geregistreerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX extramurale_rapportage_per_verblijf ON extramurale_rapportage (verblijf_id, datum)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE extramurale_rapportage');
    await queryRunner.query('DROP TABLE extramurale_fase');
    await queryRunner.query('DROP TABLE verlof');
  }
}
