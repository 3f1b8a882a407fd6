import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inrichting (
        code text PRIMARY KEY,
        naam text NOT NULL,
        soort text NOT NULL CHECK (soort IN ('HUIS_VAN_BEWARING', 'GEVANGENIS', 'FORENSISCH_PSYCHIATRISCH_CENTRUM', 'INRICHTING_STELSELMATIGE_DADERS')),
        plaats text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE justitiabele (
        id text PRIMARY KEY,
        bsn char(9) NOT NULL UNIQUE CHECK (bsn ~ '^[0-9]{9}$'),
        voornamen text NOT NULL,
        achternaam text NOT NULL,
        geboortedatum date NOT NULL,
        geregistreerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE verblijf (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        justitiabele_id text NOT NULL REFERENCES justitiabele (id),
        instroomdatum date NOT NULL,
        verwachte_uitstroomdatum date CHECK (verwachte_uitstroomdatum >= instroomdatum),
        vi_datum date CHECK (vi_datum >= instroomdatum),
        uitstroomdatum date CHECK (uitstroomdatum >= instroomdatum),
        titel text NOT NULL CHECK (titel IN ('VOORLOPIGE_HECHTENIS', 'GEVANGENISSTRAF', 'ISD', 'TBS')),
        status text NOT NULL CHECK (status IN ('BINNEN', 'VERLOF', 'EXTRAMURAAL', 'UITGESTROOMD')),
        huidige_inrichting text NOT NULL REFERENCES inrichting (code),
        herkomst_soort text NOT NULL,
        herkomst_gemeentecode char(4),
        herkomst_land text,
        terugkeer_soort text NOT NULL,
        terugkeer_gemeentecode char(4),
        terugkeer_land text,
        uitstroom_sorteerdatum date GENERATED ALWAYS AS (coalesce(verwachte_uitstroomdatum, 'infinity'::date)) STORED,
        versie integer NOT NULL DEFAULT 1,
        CONSTRAINT uitgestroomd_heeft_datum CHECK ((status = 'UITGESTROOMD') = (uitstroomdatum IS NOT NULL)),
        CONSTRAINT herkomst_consistent CHECK (
          (herkomst_soort = 'GEMEENTE' AND herkomst_gemeentecode IS NOT NULL AND herkomst_land IS NULL)
          OR (herkomst_soort = 'BUITENLAND' AND herkomst_gemeentecode IS NULL AND herkomst_land IS NOT NULL)
          OR (herkomst_soort IN ('ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS', 'NOG_NIET_BEKEND') AND herkomst_gemeentecode IS NULL AND herkomst_land IS NULL)),
        CONSTRAINT terugkeer_consistent CHECK (
          (terugkeer_soort = 'GEMEENTE' AND terugkeer_gemeentecode IS NOT NULL AND terugkeer_land IS NULL)
          OR (terugkeer_soort = 'BUITENLAND' AND terugkeer_gemeentecode IS NULL AND terugkeer_land IS NOT NULL)
          OR (terugkeer_soort IN ('ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS', 'NOG_NIET_BEKEND') AND terugkeer_gemeentecode IS NULL AND terugkeer_land IS NULL))
      )`);
    // At most one verblijf per person is not yet ended.
    await queryRunner.query(
      `CREATE UNIQUE INDEX verblijf_een_lopend ON verblijf (justitiabele_id) WHERE status <> 'UITGESTROOMD'`,
    );
    await queryRunner.query(`CREATE INDEX verblijf_justitiabele ON verblijf (justitiabele_id)`);
    await queryRunner.query(
      `CREATE INDEX verblijf_per_inrichting ON verblijf (huidige_inrichting, uitstroom_sorteerdatum, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX verblijf_per_terugkeergemeente ON verblijf (terugkeer_gemeentecode, uitstroom_sorteerdatum, id)`,
    );
    await queryRunner.query(`CREATE INDEX verblijf_per_uitstroom ON verblijf (uitstroom_sorteerdatum, id)`);
    await queryRunner.query(`
      CREATE TABLE verblijfsperiode (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verblijf_id uuid NOT NULL REFERENCES verblijf (id),
        volgnummer integer NOT NULL,
        inrichting text NOT NULL REFERENCES inrichting (code),
        begindatum date NOT NULL,
        einddatum date CHECK (einddatum >= begindatum),
        reden text NOT NULL CHECK (reden IN ('INSTROOM', 'OVERPLAATSING')),
        casemanager_naam text NOT NULL,
        casemanager_email text NOT NULL,
        casemanager_telefoon text,
        UNIQUE (verblijf_id, volgnummer)
      )`);
    await queryRunner.query(`
      CREATE TABLE screening (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verblijf_id uuid NOT NULL REFERENCES verblijf (id),
        datum date NOT NULL,
        reflector_afgenomen boolean NOT NULL,
        taaltoets_niveau text,
        scil_score integer CHECK (scil_score BETWEEN 0 AND 100),
        geregistreerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX screening_per_verblijf ON screening (verblijf_id, datum)`);
    await queryRunner.query(`
      CREATE TABLE screening_hulpvraag (
        screening_id uuid NOT NULL REFERENCES screening (id),
        domein text NOT NULL CHECK (domein IN ('IDENTITEITSBEWIJS', 'ONDERDAK', 'WERK_EN_INKOMEN', 'SCHULDEN', 'ZORG', 'SOCIAAL_NETWERK')),
        hulpvraag boolean NOT NULL,
        toelichting text,
        PRIMARY KEY (screening_id, domein)
      )`);
    await queryRunner.query(`
      CREATE TABLE dr_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verblijf_id uuid NOT NULL REFERENCES verblijf (id),
        versie integer NOT NULL CHECK (versie >= 1),
        regie text NOT NULL CHECK (regie IN ('DJI', 'GEMEENTE', 'RECLASSERING')),
        deelnemende_organisaties text[] NOT NULL,
        justitiabele_betrokken boolean NOT NULL,
        wensen_justitiabele text,
        vastgesteld_op date NOT NULL,
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (verblijf_id, versie)
      )`);
    await queryRunner.query(`
      CREATE TABLE dr_afspraak (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES dr_plan (id),
        volgnummer integer NOT NULL,
        basisvoorwaarde text NOT NULL CHECK (basisvoorwaarde IN ('IDENTITEITSBEWIJS', 'ONDERDAK', 'WERK_EN_INKOMEN', 'SCHULDEN', 'ZORG', 'SOCIAAL_NETWERK')),
        omschrijving text NOT NULL,
        verantwoordelijke_partij text NOT NULL,
        deadline date,
        status text NOT NULL CHECK (status IN ('OPEN', 'LOPEND', 'GEREED', 'VERVALLEN')),
        UNIQUE (plan_id, volgnummer)
      )`);
    await queryRunner.query(`
      CREATE TABLE mdo (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verblijf_id uuid NOT NULL REFERENCES verblijf (id),
        datum date NOT NULL,
        deelnemers text[] NOT NULL,
        justitiabele_aanwezig boolean NOT NULL,
        geregistreerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX mdo_per_verblijf ON mdo (verblijf_id, datum)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'mdo',
      'dr_afspraak',
      'dr_plan',
      'screening_hulpvraag',
      'screening',
      'verblijfsperiode',
      'verblijf',
      'justitiabele',
      'inrichting',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
