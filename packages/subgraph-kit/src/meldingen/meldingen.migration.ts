import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every party's outbox and inbox of meldingen (DESIGN §5a). The outbox row is written in the
 * transaction of the change that causes it, with the job that delivers it (pg-boss, schema
 * `pgboss`, which pg-boss creates and migrates itself); the inbox keeps each received melding
 * once, by the CloudEvent's `source` and `id`, and only what the melding says.
 */
export class Meldingen1763900100100 implements MigrationInterface {
  name = 'Meldingen1763900100100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE melding_outbox (
        id uuid PRIMARY KEY,
        type text NOT NULL,
        afzender text NOT NULL,
        ontvanger text NOT NULL,
        subject text NOT NULL,
        grondslag text NOT NULL,
        data jsonb NOT NULL,
        voorrang boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'TE_VERZENDEN' CHECK (status IN ('TE_VERZENDEN', 'AFGELEVERD', 'ONBESTELBAAR')),
        pogingen integer NOT NULL DEFAULT 0,
        laatste_fout text,
        aangemaakt_op timestamptz NOT NULL DEFAULT clock_timestamp(),
        afgeleverd_op timestamptz,
        bevestiging text CHECK (bevestiging IN ('ONTVANGEN', 'IN_BEHANDELING')),
        bevestigd_op timestamptz,
        bevestigen_voor timestamptz NOT NULL,
        gesignaleerd_op timestamptz,
        CONSTRAINT afgeleverd_heeft_datum CHECK ((status = 'AFGELEVERD') = (afgeleverd_op IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX melding_outbox_per_status ON melding_outbox (status, aangemaakt_op, id)');
    await queryRunner.query(
      'CREATE INDEX melding_outbox_onbevestigd ON melding_outbox (bevestigen_voor) WHERE bevestiging IS NULL AND gesignaleerd_op IS NULL',
    );
    await queryRunner.query(`
      CREATE TABLE melding_inbox (
        bron text NOT NULL,
        id text NOT NULL,
        type text NOT NULL,
        afzender text NOT NULL,
        ontvanger text NOT NULL,
        subject text NOT NULL,
        grondslag text NOT NULL,
        data jsonb NOT NULL,
        status text NOT NULL DEFAULT 'ONTVANGEN' CHECK (status IN ('ONTVANGEN', 'IN_BEHANDELING')),
        keer_ontvangen integer NOT NULL DEFAULT 1,
        ontvangen_op timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (bron, id)
      )`);
    await queryRunner.query('CREATE INDEX melding_inbox_per_status ON melding_inbox (status, ontvangen_op, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE melding_inbox, melding_outbox');
  }
}
