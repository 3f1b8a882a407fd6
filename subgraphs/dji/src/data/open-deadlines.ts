import { SignaalSoort, termijnAlsSql } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

/**
 * The kinds of deadline DJI stores per stay: the re-integration's in the inrichting, and the day the
 * BIJ-melding is due.
 */
const STORED_SOORTEN = [
  SignaalSoort.SCREENING,
  SignaalSoort.DR_PLAN,
  SignaalSoort.MDO,
  SignaalSoort.BIJ_MELDING_VERWACHT,
] as const;
type StoredDeadlineSoort = (typeof STORED_SOORTEN)[number];

/** The column of `verblijf` holding each stored kind's open deadline (null when met or unreachable). */
export const STORED_DEADLINE_COLUMNS: Readonly<Record<StoredDeadlineSoort, string>> = {
  [SignaalSoort.SCREENING]: 'screening_deadline',
  [SignaalSoort.DR_PLAN]: 'dr_plan_deadline',
  [SignaalSoort.MDO]: 'mdo_deadline',
  [SignaalSoort.BIJ_MELDING_VERWACHT]: 'bij_melding_deadline',
};

/**
 * The earliest of `deadlines` (SQL dates, null for none), or `infinity` when none is open: a stay's
 * urgency. The indexes of the werkvoorraden are on this expression over the stored columns, so the
 * werkvoorraad writes it the same way to be served by them.
 */
export function urgentie(deadlines: readonly string[]): string {
  return `coalesce(least(${deadlines.join(', ')}), 'infinity'::date)`;
}

/** An open deadline that the stay can still reach: none after its expected uitstroom (NIET_HAALBAAR). */
export const haalbaar = (deadline: string): string =>
  `(CASE WHEN v.verwachte_uitstroomdatum IS NULL OR ${deadline} <= v.verwachte_uitstroomdatum THEN ${deadline} END)`;

/** Each stored kind's open deadline of stay `v` computed from what DJI holds; the same rules as its signals. */
const COMPUTED: Readonly<Record<StoredDeadlineSoort, string>> = {
  [SignaalSoort.SCREENING]: haalbaar(
    `(CASE WHEN NOT EXISTS (SELECT 1 FROM screening s WHERE s.verblijf_id = v.id) THEN v.instroomdatum + ${termijnAlsSql('screeningDagen', 'v.instroomdatum')} END)`,
  ),
  [SignaalSoort.DR_PLAN]: haalbaar(
    `(CASE WHEN NOT EXISTS (SELECT 1 FROM dr_plan p WHERE p.verblijf_id = v.id) THEN v.instroomdatum + ${termijnAlsSql('drPlanDagen', 'v.instroomdatum')} END)`,
  ),
  [SignaalSoort.MDO]: haalbaar(
    `(SELECT greatest(min(p.vastgesteld_op), (SELECT max(m.datum) FROM mdo m WHERE m.verblijf_id = v.id)) + ${termijnAlsSql('mdoIntervalDagen', 'v.instroomdatum')}
        FROM dr_plan p WHERE p.verblijf_id = v.id)`,
  ),
  // The norm of the process version of the return day before it. Whether it was met is the
  // burgemeester's to know; DJI keeps the day it is due.
  [SignaalSoort.BIJ_MELDING_VERWACHT]: `(v.verwachte_uitstroomdatum - ${termijnAlsSql('bijMeldingDagenVoorTerugkeer', 'v.verwachte_uitstroomdatum')})`,
};

const STORE = `UPDATE verblijf v SET ${STORED_SOORTEN.map(
  (soort) => `${STORED_DEADLINE_COLUMNS[soort]} = ${COMPUTED[soort]}`,
).join(', ')}`;

/**
 * Stores the open deadlines of the stays `verblijfIds` anew from what DJI holds, in the change's
 * transaction: every command that changes an instroomdatum, an expected uitstroom, a screening, a
 * D&R-plan or an MDO calls it, so the werkvoorraad reads them from an index instead of computing
 * them for every stay of the inrichting. With `null`, every stay (the migration).
 */
export async function storeOpenDeadlines(
  manager: Pick<EntityManager, 'query'>,
  verblijfIds: readonly string[] | null,
): Promise<void> {
  if (verblijfIds === null) {
    await manager.query(STORE);
  } else if (verblijfIds.length > 0) {
    await manager.query(`${STORE} WHERE v.id = ANY(CAST($1 AS uuid[]))`, [verblijfIds]);
  }
}
