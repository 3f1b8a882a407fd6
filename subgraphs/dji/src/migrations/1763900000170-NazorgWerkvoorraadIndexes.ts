import type { MigrationInterface, QueryRunner } from 'typeorm';

import { STORED_DEADLINE_COLUMNS, urgentie } from '../data/open-deadlines';
import { DETENTIE_SOORTEN } from '../policy/werkvoorraad-scope';

const DETENTIE_URGENTIE = urgentie(DETENTIE_SOORTEN.map((soort) => STORED_DEADLINE_COLUMNS[soort]));

const INDEXES = [
  ['verblijf_detentie_urgentie_per_herkomst', 'herkomst_gemeentecode'],
  ['verblijf_detentie_urgentie_per_terugkeer', 'terugkeer_gemeentecode'],
] as const;

/**
 * The nazorgcoördinator's werkvoorraad, the current stays of its gemeente of origin or of return,
 * from two indexes in urgency order, one per role of the gemeente, as the casemanager's is per
 * inrichting: a page reads its own stays, not every current stay of the gemeente.
 */
export class NazorgWerkvoorraadIndexes1763900000170 implements MigrationInterface {
  name = 'NazorgWerkvoorraadIndexes1763900000170';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [index, column] of INDEXES) {
      await queryRunner.query(
        `CREATE INDEX ${index} ON verblijf (${column}, (${DETENTIE_URGENTIE}), id) WHERE status <> 'UITGESTROOMD'`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [index] of INDEXES) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
  }
}
