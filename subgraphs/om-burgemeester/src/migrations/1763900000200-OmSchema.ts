import type { MigrationInterface, QueryRunner } from 'typeorm';

const DELICTCATEGORIE = `('ZEDEN', 'ERNSTIG_GEWELD', 'LEVENSDELICT', 'VERMOGEN', 'OPIUMWET', 'OVERIG')`;

/**
 * OM's records, in a schema of their own: nothing in it refers to the burgemeesters' schema, and
 * nothing there refers here.
 */
export class OmSchema1763900000200 implements MigrationInterface {
  name = 'OmSchema1763900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA om`);
    await queryRunner.query(`COMMENT ON SCHEMA om IS 'Records of the Openbaar Ministerie (bronhouder om)'`);
    await queryRunner.query(`
      CREATE TABLE om.strafzaak (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        justitiabele_id text NOT NULL CHECK (justitiabele_id <> ''),
        parketnummer text NOT NULL,
        delictcategorie text NOT NULL CHECK (delictcategorie IN ${DELICTCATEGORIE}),
        slachtoffer_in_directe_woonomgeving boolean,
        slachtoffer_gemeentecode char(4) CHECK (slachtoffer_gemeentecode ~ '^[0-9]{4}$'),
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        versie integer NOT NULL DEFAULT 1,
        CONSTRAINT strafzaak_parketnummer UNIQUE (parketnummer),
        -- Lets the records of a case carry the person too, checked against the case.
        CONSTRAINT strafzaak_van_justitiabele UNIQUE (id, justitiabele_id),
        CONSTRAINT slachtoffer_in_woonomgeving_heeft_gemeente CHECK (
          slachtoffer_in_directe_woonomgeving IS NOT TRUE OR slachtoffer_gemeentecode IS NOT NULL),
        CONSTRAINT slachtoffer_gemeente_alleen_bij_vastlegging CHECK (
          slachtoffer_in_directe_woonomgeving IS NOT NULL OR slachtoffer_gemeentecode IS NULL)
      )`);
    await queryRunner.query(`CREATE INDEX strafzaak_per_justitiabele ON om.strafzaak (justitiabele_id)`);
    await queryRunner.query(`
      CREATE TABLE om.vi_beslissing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL,
        justitiabele_id text NOT NULL,
        datum date NOT NULL,
        ingangsdatum date NOT NULL CHECK (ingangsdatum >= datum),
        voorwaarden text[] NOT NULL,
        proeftijd_maanden integer CHECK (proeftijd_maanden BETWEEN 1 AND 240),
        proeftijd_einddatum date NOT NULL CHECK (proeftijd_einddatum > ingangsdatum),
        herroeping_datum date CHECK (herroeping_datum >= datum),
        herroeping_reden text,
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        versie integer NOT NULL DEFAULT 1,
        CONSTRAINT vi_beslissing_een_per_zaak UNIQUE (zaak_id),
        CONSTRAINT vi_beslissing_zaak FOREIGN KEY (zaak_id, justitiabele_id) REFERENCES om.strafzaak (id, justitiabele_id),
        CONSTRAINT herroeping_volledig CHECK ((herroeping_datum IS NULL) = (herroeping_reden IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX vi_beslissing_per_justitiabele ON om.vi_beslissing (justitiabele_id)`);
    await queryRunner.query(`
      CREATE TABLE om.opdracht_tot_advies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL,
        justitiabele_id text NOT NULL,
        organisatie text NOT NULL CHECK (organisatie IN ('reclassering:RN', 'reclassering:SVG', 'reclassering:LJ&R')),
        datum date NOT NULL,
        vraag text NOT NULL CHECK (vraag <> ''),
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT opdracht_tot_advies_zaak FOREIGN KEY (zaak_id, justitiabele_id) REFERENCES om.strafzaak (id, justitiabele_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX opdracht_tot_advies_per_justitiabele ON om.opdracht_tot_advies (justitiabele_id, datum)`,
    );
    await queryRunner.query(`
      CREATE TABLE om.verstrekking (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zaak_id uuid NOT NULL,
        justitiabele_id text NOT NULL,
        burgemeester text NOT NULL CHECK (burgemeester ~ '^burgemeester:[0-9]{4}$'),
        besluit text NOT NULL CHECK (besluit IN ('GEWEIGERD', 'VERSTREKT')),
        reden text NOT NULL CHECK (reden <> ''),
        datum date NOT NULL,
        onderdelen text[] NOT NULL CHECK (
          onderdelen <@ ARRAY['DELICTCATEGORIE', 'SLACHTOFFEROMGEVING', 'VI_BESLISSING', 'VI_VOORWAARDEN']::text[]),
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT verstrekking_zaak FOREIGN KEY (zaak_id, justitiabele_id) REFERENCES om.strafzaak (id, justitiabele_id),
        CONSTRAINT verstrekt_noemt_onderdelen CHECK (besluit = 'GEWEIGERD' OR cardinality(onderdelen) > 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX verstrekking_per_justitiabele ON om.verstrekking (justitiabele_id, burgemeester, besluit)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['verstrekking', 'opdracht_tot_advies', 'vi_beslissing', 'strafzaak']) {
      await queryRunner.query(`DROP TABLE om.${table}`);
    }
    await queryRunner.query(`DROP SCHEMA om`);
  }
}
