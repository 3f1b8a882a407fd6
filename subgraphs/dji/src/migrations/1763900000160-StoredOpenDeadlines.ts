import { SignaalSoort } from '@ketengraaf/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

import { STORED_DEADLINE_COLUMNS, storeOpenDeadlines, urgentie } from '../data/open-deadlines';
import { DETENTIE_SOORTEN } from '../policy/werkvoorraad-scope';

// The kinds stored from the start; a later migration adds its own column (the extramural report's).
const COLUMNS = (
  [SignaalSoort.SCREENING, SignaalSoort.DR_PLAN, SignaalSoort.MDO, SignaalSoort.BIJ_MELDING_VERWACHT] as const
).map((soort) => STORED_DEADLINE_COLUMNS[soort]);
const DETENTIE_URGENTIE = urgentie(DETENTIE_SOORTEN.map((soort) => STORED_DEADLINE_COLUMNS[soort]));
const BIJ_MELDING_URGENTIE = urgentie([STORED_DEADLINE_COLUMNS[SignaalSoort.BIJ_MELDING_VERWACHT]]);

/**
 * Each stay keeps the open deadlines of its screening, D&R-plan and MDO and the day its BIJ-melding
 * is due, computed here for the stays already held, so a werkvoorraad reads the most urgent current
 * stays from an index (the casemanager's per inrichting, the BIJ desk's by that day) instead of
 * computing the deadlines of every current stay.
 */
export class StoredOpenDeadlines1763900000160 implements MigrationInterface {
  name = 'StoredOpenDeadlines1763900000160';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE verblijf ${COLUMNS.map((column) => `ADD COLUMN ${column} date`).join(', ')}`);
    // The indexes come before the values: built over rows just updated, an index would stay unused
    // by the planner until every transaction older than the update has ended (pg_index.indcheckxmin).
    await queryRunner.query(
      `CREATE INDEX verblijf_detentie_urgentie_per_inrichting ON verblijf (huidige_inrichting, (${DETENTIE_URGENTIE}), id)
        WHERE status <> 'UITGESTROOMD'`,
    );
    await queryRunner.query(
      `CREATE INDEX verblijf_bij_melding_urgentie ON verblijf ((${BIJ_MELDING_URGENTIE}), id) WHERE status <> 'UITGESTROOMD'`,
    );
    await storeOpenDeadlines(queryRunner, null, COLUMNS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX verblijf_bij_melding_urgentie');
    await queryRunner.query('DROP INDEX verblijf_detentie_urgentie_per_inrichting');
    await queryRunner.query(`ALTER TABLE verblijf ${COLUMNS.map((column) => `DROP COLUMN ${column}`).join(', ')}`);
  }
}
