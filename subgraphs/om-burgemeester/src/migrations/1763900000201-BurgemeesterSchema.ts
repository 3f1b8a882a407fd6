import type { MigrationInterface, QueryRunner } from 'typeorm';

const BURGEMEESTER = `~ '^burgemeester:[0-9]{4}$'`;

/**
 * The burgemeesters' records, in a schema of their own, apart from OM's. Each row names the
 * burgemeester that owns it (directly, or as the burgemeester of the terugkeergemeente).
 */
export class BurgemeesterSchema1763900000201 implements MigrationInterface {
  name = 'BurgemeesterSchema1763900000201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA burgemeester`);
    await queryRunner.query(
      `COMMENT ON SCHEMA burgemeester IS 'Records of the burgemeesters (bronhouder burgemeester:<gemeentecode>)'`,
    );
    await queryRunner.query(`
      CREATE TABLE burgemeester.bij_melding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kenmerk text NOT NULL CHECK (kenmerk <> ''),
        justitiabele_id text NOT NULL CHECK (justitiabele_id <> ''),
        soort text NOT NULL CHECK (soort IN ('TERUGKEER', 'VERLOF')),
        terugkeerdatum date NOT NULL,
        terugkeergemeente char(4) NOT NULL CHECK (terugkeergemeente ~ '^[0-9]{4}$'),
        delictcategorie text NOT NULL CHECK (delictcategorie IN ('ZEDEN', 'ERNSTIG_GEWELD', 'LEVENSDELICT', 'VERMOGEN', 'OPIUMWET', 'OVERIG')),
        grondslag text NOT NULL CHECK (grondslag IN ('VEROORDELING', 'TBS_MET_DWANGVERPLEGING', 'TBS_MET_VOORWAARDEN', 'PIJ_VERLENGBAAR', 'PIJ_NIET_VERLENGBAAR')),
        onherroepelijk boolean NOT NULL,
        gemeente_neemt_deel boolean NOT NULL,
        ontvangen_op date NOT NULL,
        dagen_voor_terugkeer integer GENERATED ALWAYS AS (terugkeerdatum - ontvangen_op) STORED,
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bij_melding_kenmerk UNIQUE (kenmerk),
        -- Art. 11a Bjsg, once more in the database: only the BIJ target group is kept.
        CONSTRAINT bij_doelgroep CHECK (onherroepelijk AND (
          grondslag IN ('TBS_MET_DWANGVERPLEGING', 'PIJ_VERLENGBAAR')
          OR (grondslag = 'VEROORDELING' AND delictcategorie IN ('ZEDEN', 'ERNSTIG_GEWELD', 'LEVENSDELICT'))))
      )`);
    // The OOV-adviseur's werkvoorraad: one gemeente's meldingen by return date, keyset on (terugkeerdatum, id).
    await queryRunner.query(
      `CREATE INDEX bij_melding_werkvoorraad ON burgemeester.bij_melding (terugkeergemeente, terugkeerdatum, id)`,
    );
    await queryRunner.query(`CREATE INDEX bij_melding_per_justitiabele ON burgemeester.bij_melding (justitiabele_id)`);
    await queryRunner.query(`
      CREATE TABLE burgemeester.zienswijze (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        justitiabele_id text NOT NULL CHECK (justitiabele_id <> ''),
        burgemeester text NOT NULL CHECK (burgemeester ${BURGEMEESTER}),
        datum date NOT NULL,
        tekst text NOT NULL CHECK (tekst <> ''),
        gebiedsverbod text,
        verzonden_aan_om_op date CHECK (verzonden_aan_om_op >= datum),
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        versie integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      `CREATE INDEX zienswijze_per_justitiabele ON burgemeester.zienswijze (justitiabele_id, burgemeester)`,
    );
    await queryRunner.query(`
      CREATE TABLE burgemeester.omgevingsanalyse (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        justitiabele_id text NOT NULL CHECK (justitiabele_id <> ''),
        burgemeester text NOT NULL CHECK (burgemeester ${BURGEMEESTER}),
        datum date NOT NULL,
        bevindingen text NOT NULL CHECK (bevindingen <> ''),
        verzonden_aan_om_op date CHECK (verzonden_aan_om_op >= datum),
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        versie integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      `CREATE INDEX omgevingsanalyse_per_justitiabele ON burgemeester.omgevingsanalyse (justitiabele_id, burgemeester)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['omgevingsanalyse', 'zienswijze', 'bij_melding']) {
      await queryRunner.query(`DROP TABLE burgemeester.${table}`);
    }
    await queryRunner.query(`DROP SCHEMA burgemeester`);
  }
}
