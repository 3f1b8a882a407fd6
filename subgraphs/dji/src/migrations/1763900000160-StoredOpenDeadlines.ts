import type { MigrationInterface, QueryRunner } from 'typeorm';

import { STORED_DEADLINE_COLUMNS, storeOpenDeadlines, urgentie } from '../data/open-deadlines';

const COLUMNS = Object.values(STORED_DEADLINE_COLUMNS);

/**
 * Each stay keeps the open deadlines of its screening, D&R-plan and MDO, computed here for the
 * stays already held, so the casemanager's werkvoorraad reads the most urgent current stays of its
 * inrichting from an index instead of computing the deadlines of every stay there.
 */
export class StoredOpenDeadlines1763900000160 implements MigrationInterface {
  name = 'StoredOpenDeadlines1763900000160';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE verblijf ${COLUMNS.map((column) => `ADD COLUMN ${column} date`).join(', ')}`);
    await storeOpenDeadlines(queryRunner, null);
    await queryRunner.query(
      `CREATE INDEX verblijf_detentie_urgentie_per_inrichting ON verblijf (huidige_inrichting, (${urgentie(COLUMNS)}), id)
        WHERE status <> 'UITGESTROOMD'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX verblijf_detentie_urgentie_per_inrichting');
    await queryRunner.query(`ALTER TABLE verblijf ${COLUMNS.map((column) => `DROP COLUMN ${column}`).join(', ')}`);
  }
}
