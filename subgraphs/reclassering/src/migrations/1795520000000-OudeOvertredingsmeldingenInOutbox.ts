import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Overtredingsmeldingen recorded TE_VERZENDEN before the outbox delivered them were never sent:
 * each gets its melding in the outbox now, as `meldOvertreding` writes it (from the toezicht's
 * organisation to OM, on OM's opdracht, saying whose and the day), and names it. The kit queues
 * every outbox row without a delivery job when the subgraph starts, so the dispatcher sends them.
 * Their time to be confirmed is the default day: the migration cannot know the configured one.
 */
export class OudeOvertredingsmeldingenInOutbox1795520000000 implements MigrationInterface {
  name = 'OudeOvertredingsmeldingenInOutbox1795520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH oud AS MATERIALIZED (
        SELECT m.id, m.justitiabele_id, m.datum, m.gemeld_aan, t.organisatie, gen_random_uuid() AS melding_id
          FROM overtredingsmelding m JOIN toezicht t ON t.id = m.toezicht_id
         WHERE m.melding_id IS NULL AND m.status = 'TE_VERZENDEN'
      ), outbox AS (
        INSERT INTO melding_outbox (id, type, afzender, ontvanger, subject, grondslag, data, bevestigen_voor)
        SELECT melding_id, 'nl.ketengraaf.reclassering.voorwaarde.overtreden', organisatie, gemeld_aan,
               'overtredingsmelding/' || id, 'OPDRACHT_OM',
               jsonb_build_object('justitiabeleId', justitiabele_id, 'datum', datum::text),
               clock_timestamp() + interval '1 day'
          FROM oud
      )
      UPDATE overtredingsmelding m SET melding_id = oud.melding_id FROM oud WHERE m.id = oud.id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Meldingen already delivered cannot be unsent: only those still waiting go back as they were.
    await queryRunner.query(`
      WITH wachtend AS (
        UPDATE overtredingsmelding m SET melding_id = NULL
          FROM melding_outbox o
         WHERE o.id = m.melding_id AND o.status = 'TE_VERZENDEN' AND m.status = 'TE_VERZENDEN'
        RETURNING o.id
      )
      DELETE FROM melding_outbox WHERE id IN (SELECT id FROM wachtend)`);
  }
}
