import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every change of a stay's gemeente of return, with the registration before and after and its reason. */
export class Terugkeerwijzigingen1763900000040 implements MigrationInterface {
  name = 'Terugkeerwijzigingen1763900000040';

  async up(queryRunner: QueryRunner): Promise<void> {
    const consistent = (prefix: string): string => `CONSTRAINT ${prefix}_consistent CHECK (
          (${prefix}_soort = 'GEMEENTE' AND ${prefix}_gemeentecode IS NOT NULL AND ${prefix}_land IS NULL)
          OR (${prefix}_soort = 'BUITENLAND' AND ${prefix}_gemeentecode IS NULL AND ${prefix}_land IS NOT NULL)
          OR (${prefix}_soort IN ('ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS', 'NOG_NIET_BEKEND') AND ${prefix}_gemeentecode IS NULL AND ${prefix}_land IS NULL))`;
    await queryRunner.query(`
      CREATE TABLE terugkeerwijziging (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verblijf_id uuid NOT NULL REFERENCES verblijf (id),
        datum date NOT NULL,
        vorige_soort text NOT NULL,
        vorige_gemeentecode char(4),
        vorige_land text,
        nieuwe_soort text NOT NULL,
        nieuwe_gemeentecode char(4),
        nieuwe_land text,
        reden text NOT NULL CHECK (reden IN ('WENS_JUSTITIABELE', 'BELANGEN_SLACHTOFFERS', 'ZWAARWEGENDE_REDENEN')),
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        ${consistent('vorige')},
        ${consistent('nieuwe')}
      )`);
    await queryRunner.query('CREATE INDEX terugkeerwijziging_per_verblijf ON terugkeerwijziging (verblijf_id, datum)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE terugkeerwijziging');
  }
}
