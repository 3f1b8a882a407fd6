import { SignaalSoort } from '@ketengraaf/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

import {
  RAPPORTAGE_TOEZICHTHOUDER_COLUMN,
  STORED_DEADLINE_COLUMNS,
  storeOpenDeadlines,
  urgentie,
} from '../data/open-deadlines';

const RAPPORTAGE_DEADLINE = STORED_DEADLINE_COLUMNS[SignaalSoort.EXTRAMURALE_RAPPORTAGE];

/**
 * Each stay keeps its extramural phase's next report and the organisation that files it, computed
 * here for the stays already held, so the toezichthouder's werkvoorraad reads its organisation's
 * most urgent stays from an index instead of computing the next report of every phase it supervises.
 */
export class RapportageWerkvoorraad1763900000180 implements MigrationInterface {
  name = 'RapportageWerkvoorraad1763900000180';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE verblijf ADD COLUMN ${RAPPORTAGE_TOEZICHTHOUDER_COLUMN} text, ADD COLUMN ${RAPPORTAGE_DEADLINE} date`,
    );
    // The index before the values, as in StoredOpenDeadlines (pg_index.indcheckxmin).
    await queryRunner.query(
      `CREATE INDEX verblijf_rapportage_urgentie_per_toezichthouder
          ON verblijf (${RAPPORTAGE_TOEZICHTHOUDER_COLUMN}, (${urgentie([RAPPORTAGE_DEADLINE])}), id)
       WHERE status <> 'UITGESTROOMD' AND ${RAPPORTAGE_TOEZICHTHOUDER_COLUMN} IS NOT NULL`,
    );
    await storeOpenDeadlines(queryRunner, null, [RAPPORTAGE_TOEZICHTHOUDER_COLUMN, RAPPORTAGE_DEADLINE]);
    // The page no longer starts from the phases.
    await queryRunner.query('DROP INDEX extramurale_fase_rapportage_per_toezichthouder');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX extramurale_fase_rapportage_per_toezichthouder ON extramurale_fase (toezichthouder, verblijf_id) WHERE rapportage_interval_dagen IS NOT NULL',
    );
    await queryRunner.query('DROP INDEX verblijf_rapportage_urgentie_per_toezichthouder');
    await queryRunner.query(
      `ALTER TABLE verblijf DROP COLUMN ${RAPPORTAGE_DEADLINE}, DROP COLUMN ${RAPPORTAGE_TOEZICHTHOUDER_COLUMN}`,
    );
  }
}
