import type { MigrationInterface, QueryRunner } from 'typeorm';

const ORGANISATIE = `IN ('reclassering:RN', 'reclassering:SVG', 'reclassering:LJ&R')`;
const VOORWAARDE_TYPE = `IN ('MELDPLICHT', 'LOCATIEVERBOD', 'CONTACTVERBOD', 'GEDRAGSINTERVENTIE', 'BEHANDELING', 'MIDDELENVERBOD', 'ELEKTRONISCHE_MONITORING')`;
const RISICONIVEAU = `IN ('LAAG', 'GEMIDDELD', 'HOOG')`;

export class InitialSchema1795470000000 implements MigrationInterface {
  name = 'InitialSchema1795470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE advies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        justitiabele_id text NOT NULL CHECK (justitiabele_id <> ''),
        organisatie text NOT NULL CHECK (organisatie ${ORGANISATIE}),
        opdrachtgever text NOT NULL,
        datum date NOT NULL,
        zienswijze_burgemeester_meegewogen boolean NOT NULL,
        zienswijze_burgemeester_toelichting text,
        slachtofferbelangen_meegewogen boolean NOT NULL,
        slachtofferbelangen_toelichting text NOT NULL,
        geregistreerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX advies_per_justitiabele ON advies (justitiabele_id, datum)`);
    await queryRunner.query(`
      CREATE TABLE advies_voorwaarde (
        advies_id uuid NOT NULL REFERENCES advies (id),
        volgnummer integer NOT NULL CHECK (volgnummer >= 1),
        type text NOT NULL CHECK (type ${VOORWAARDE_TYPE}),
        toelichting text NOT NULL,
        PRIMARY KEY (advies_id, volgnummer)
      )`);
    await queryRunner.query(`
      CREATE TABLE toezicht (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        justitiabele_id text NOT NULL CHECK (justitiabele_id <> ''),
        organisatie text NOT NULL CHECK (organisatie ${ORGANISATIE}),
        opdrachtgever text NOT NULL,
        begindatum date NOT NULL,
        einddatum date CHECK (einddatum >= begindatum),
        status text NOT NULL CHECK (status IN ('LOPEND', 'BEEINDIGD')),
        toezichthouder_naam text NOT NULL,
        toezichthouder_email text NOT NULL,
        toezichthouder_telefoon text,
        toezichthouder_gebruiker text NOT NULL CHECK (toezichthouder_gebruiker <> ''),
        ketenpartners text[] NOT NULL,
        woongemeente char(4) CHECK (woongemeente ~ '^[0-9]{4}$'),
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        versie integer NOT NULL DEFAULT 1,
        CONSTRAINT beeindigd_heeft_einddatum CHECK (status = 'LOPEND' OR einddatum IS NOT NULL)
      )`);
    // An organisation has at most one lopend toezicht per person; ended ones stay as history.
    await queryRunner.query(
      `CREATE UNIQUE INDEX toezicht_een_lopend ON toezicht (justitiabele_id, organisatie) WHERE status = 'LOPEND'`,
    );
    await queryRunner.query(`CREATE INDEX toezicht_per_justitiabele ON toezicht (justitiabele_id)`);
    await queryRunner.query(
      `CREATE INDEX toezicht_werkvoorraad ON toezicht (organisatie, toezichthouder_gebruiker, status, begindatum, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE bijzondere_voorwaarde (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        toezicht_id uuid NOT NULL REFERENCES toezicht (id),
        type text NOT NULL CHECK (type ${VOORWAARDE_TYPE}),
        omschrijving text NOT NULL,
        gebied text,
        contact_met text,
        meldfrequentie text,
        instelling text,
        begindatum date NOT NULL,
        einddatum date CHECK (einddatum >= begindatum),
        versie integer NOT NULL DEFAULT 1,
        CONSTRAINT details_passen_bij_type CHECK (
          (gebied IS NULL OR type IN ('LOCATIEVERBOD', 'ELEKTRONISCHE_MONITORING'))
          AND (type <> 'LOCATIEVERBOD' OR gebied IS NOT NULL)
          AND ((contact_met IS NOT NULL) = (type = 'CONTACTVERBOD'))
          AND ((meldfrequentie IS NOT NULL) = (type = 'MELDPLICHT'))
          AND (instelling IS NULL OR type IN ('BEHANDELING', 'GEDRAGSINTERVENTIE'))
          AND (type <> 'BEHANDELING' OR instelling IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX bijzondere_voorwaarde_per_toezicht ON bijzondere_voorwaarde (toezicht_id, begindatum)`,
    );
    await queryRunner.query(`
      CREATE TABLE naleving (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        voorwaarde_id uuid NOT NULL REFERENCES bijzondere_voorwaarde (id),
        datum date NOT NULL,
        uitkomst text NOT NULL CHECK (uitkomst IN ('NAGELEEFD', 'OVERTREDEN', 'NIET_GECONTROLEERD')),
        toelichting text,
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT overtreding_heeft_toelichting CHECK (uitkomst <> 'OVERTREDEN' OR toelichting IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX naleving_per_voorwaarde ON naleving (voorwaarde_id, datum)`);
    await queryRunner.query(`
      CREATE TABLE overtredingsmelding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        naleving_id uuid NOT NULL UNIQUE REFERENCES naleving (id),
        toezicht_id uuid NOT NULL REFERENCES toezicht (id),
        justitiabele_id text NOT NULL,
        gemeld_aan text NOT NULL CHECK (gemeld_aan = 'om'),
        datum date NOT NULL,
        status text NOT NULL CHECK (status IN ('TE_VERZENDEN', 'VERZONDEN')),
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      )`);
    // The outbox: what is still to be delivered, oldest first.
    await queryRunner.query(
      `CREATE INDEX overtredingsmelding_te_verzenden ON overtredingsmelding (aangemaakt_op, id) WHERE status = 'TE_VERZENDEN'`,
    );
    await queryRunner.query(`
      CREATE TABLE risicotaxatie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        justitiabele_id text NOT NULL CHECK (justitiabele_id <> ''),
        organisatie text NOT NULL CHECK (organisatie ${ORGANISATIE}),
        datum date NOT NULL,
        instrument text NOT NULL,
        recidiverisico text NOT NULL CHECK (recidiverisico ${RISICONIVEAU}),
        gevaarrisico text NOT NULL CHECK (gevaarrisico ${RISICONIVEAU}),
        geregistreerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX risicotaxatie_per_justitiabele ON risicotaxatie (justitiabele_id, datum DESC, geregistreerd_op DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'risicotaxatie',
      'overtredingsmelding',
      'naleving',
      'bijzondere_voorwaarde',
      'toezicht',
      'advies_voorwaarde',
      'advies',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
