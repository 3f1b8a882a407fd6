import type { MigrationInterface, QueryRunner } from 'typeorm';

const GEMEENTECODE = `~ '^[0-9]{4}$'`;

export class InitialSchema1795460000000 implements MigrationInterface {
  name = 'InitialSchema1795460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE nazorgdossier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeentecode char(4) NOT NULL CHECK (gemeentecode ${GEMEENTECODE}),
        bsn char(9) NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
        rol text NOT NULL CHECK (rol IN ('HERKOMSTGEMEENTE', 'ONTVANGENDE_GEMEENTE')),
        herkomstgemeente char(4) CHECK (herkomstgemeente ${GEMEENTECODE}),
        ontvangende_gemeente char(4) CHECK (ontvangende_gemeente ${GEMEENTECODE}),
        aangemeld_door text NOT NULL,
        nazorgcoordinator_naam text NOT NULL,
        nazorgcoordinator_email text NOT NULL,
        nazorgcoordinator_telefoon text,
        procesregie text NOT NULL CHECK (procesregie IN ('GEMEENTE', 'ZORG_EN_VEILIGHEIDSHUIS')),
        zvh_betrokken boolean NOT NULL,
        zvh_naam text,
        status text NOT NULL CHECK (status IN ('OPEN', 'GESLOTEN')),
        geopend_op date NOT NULL,
        gesloten_op date CHECK (gesloten_op >= geopend_op),
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        versie integer NOT NULL DEFAULT 1,
        CONSTRAINT gesloten_heeft_datum CHECK ((status = 'GESLOTEN') = (gesloten_op IS NOT NULL)),
        CONSTRAINT zvh_naam_alleen_bij_betrokkenheid CHECK (zvh_betrokken OR zvh_naam IS NULL),
        CONSTRAINT zvh_regie_alleen_bij_betrokkenheid CHECK (zvh_betrokken OR procesregie = 'GEMEENTE'),
        CONSTRAINT rol_is_eigen_gemeente CHECK (
          (rol = 'HERKOMSTGEMEENTE' AND herkomstgemeente = gemeentecode)
          OR (rol = 'ONTVANGENDE_GEMEENTE' AND ontvangende_gemeente = gemeentecode))
      )`);
    // A gemeente has at most one open dossier per person; closed ones stay as history.
    await queryRunner.query(
      `CREATE UNIQUE INDEX nazorgdossier_een_open ON nazorgdossier (gemeentecode, bsn) WHERE status = 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE INDEX nazorgdossier_per_gemeente ON nazorgdossier (gemeentecode, status, geopend_op, id)`,
    );
    await queryRunner.query(`CREATE INDEX nazorgdossier_per_bsn ON nazorgdossier (bsn)`);
    await queryRunner.query(`
      CREATE TABLE basisvoorwaarden_status (
        dossier_id uuid PRIMARY KEY REFERENCES nazorgdossier (id),
        identiteitsbewijs_aangevraagd_op date,
        identiteitsbewijs_gereed_op date,
        onderdak_type text CHECK (onderdak_type IN ('EIGEN_WONING', 'HUURWONING_REGULIER', 'BIJ_FAMILIE_OF_VRIENDEN', 'MAATSCHAPPELIJKE_OPVANG', 'BESCHERMD_WONEN', 'KAMERVERHUUR', 'GEEN')),
        onderdak_per date,
        inkomen_uitkering_aangevraagd_op date,
        inkomen_uitkering_toegekend_op date,
        inkomen_werk boolean NOT NULL DEFAULT false,
        inkomen_bankrekening boolean NOT NULL DEFAULT false,
        schulden_schuldhulp_gestart_op date,
        zorg_zorgverzekering boolean NOT NULL DEFAULT false,
        zorg_indicatie text,
        CONSTRAINT identiteitsbewijs_volgorde CHECK (identiteitsbewijs_gereed_op >= identiteitsbewijs_aangevraagd_op),
        CONSTRAINT uitkering_volgorde CHECK (inkomen_uitkering_toegekend_op >= inkomen_uitkering_aangevraagd_op),
        CONSTRAINT onderdak_per_heeft_type CHECK (onderdak_per IS NULL OR onderdak_type IS NOT NULL)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['basisvoorwaarden_status', 'nazorgdossier']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
