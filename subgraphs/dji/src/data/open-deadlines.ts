import { SignaalSoort, termijnAlsSql } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

/**
 * The kinds of deadline DJI stores per stay: the re-integration's in the inrichting, the day the
 * BIJ-melding is due, and the extramural phase's next report.
 */
type StoredDeadlineSoort =
  | SignaalSoort.SCREENING
  | SignaalSoort.DR_PLAN
  | SignaalSoort.MDO
  | SignaalSoort.BIJ_MELDING_VERWACHT
  | SignaalSoort.EXTRAMURALE_RAPPORTAGE;

/** The column of `verblijf` holding each stored kind's open deadline (null when met or unreachable). */
export const STORED_DEADLINE_COLUMNS: Readonly<Record<StoredDeadlineSoort, string>> = {
  [SignaalSoort.SCREENING]: 'screening_deadline',
  [SignaalSoort.DR_PLAN]: 'dr_plan_deadline',
  [SignaalSoort.MDO]: 'mdo_deadline',
  [SignaalSoort.BIJ_MELDING_VERWACHT]: 'bij_melding_deadline',
  [SignaalSoort.EXTRAMURALE_RAPPORTAGE]: 'rapportage_deadline',
};

/**
 * The column of `verblijf` holding the reclassering organisation that reports on the stay's
 * extramural phase: the one supervising it, where the director asked for reports; else null.
 */
export const RAPPORTAGE_TOEZICHTHOUDER_COLUMN = 'rapportage_toezichthouder';

/**
 * The earliest of `deadlines` (SQL dates, null for none), or `infinity` when none is open: a stay's
 * urgency. The indexes of the werkvoorraden are on this expression over the stored columns, so the
 * werkvoorraad writes it the same way to be served by them.
 */
export function urgentie(deadlines: readonly string[]): string {
  return `coalesce(least(${deadlines.join(', ')}), 'infinity'::date)`;
}

/** An open deadline that the stay can still reach: none after its expected uitstroom (NIET_HAALBAAR). */
const haalbaar = (deadline: string): string =>
  `(CASE WHEN v.verwachte_uitstroomdatum IS NULL OR ${deadline} <= v.verwachte_uitstroomdatum THEN ${deadline} END)`;

/** Each stored column's value for stay `v` computed from what DJI holds; the same rules as its signals. */
const COMPUTED: Readonly<Record<string, string>> = {
  [STORED_DEADLINE_COLUMNS[SignaalSoort.SCREENING]]: haalbaar(
    `(CASE WHEN NOT EXISTS (SELECT 1 FROM screening s WHERE s.verblijf_id = v.id) THEN v.instroomdatum + ${termijnAlsSql('screeningDagen', 'v.instroomdatum')} END)`,
  ),
  [STORED_DEADLINE_COLUMNS[SignaalSoort.DR_PLAN]]: haalbaar(
    `(CASE WHEN NOT EXISTS (SELECT 1 FROM dr_plan p WHERE p.verblijf_id = v.id) THEN v.instroomdatum + ${termijnAlsSql('drPlanDagen', 'v.instroomdatum')} END)`,
  ),
  [STORED_DEADLINE_COLUMNS[SignaalSoort.MDO]]: haalbaar(
    `(SELECT greatest(min(p.vastgesteld_op), (SELECT max(m.datum) FROM mdo m WHERE m.verblijf_id = v.id)) + ${termijnAlsSql('mdoIntervalDagen', 'v.instroomdatum')}
        FROM dr_plan p WHERE p.verblijf_id = v.id)`,
  ),
  // The norm of the process version of the return day before it. Whether it was met is the
  // burgemeester's to know; DJI keeps the day it is due.
  [STORED_DEADLINE_COLUMNS[SignaalSoort.BIJ_MELDING_VERWACHT]]:
    `(v.verwachte_uitstroomdatum - ${termijnAlsSql('bijMeldingDagenVoorTerugkeer', 'v.verwachte_uitstroomdatum')})`,
  // The latest report, or else the phase's first day, plus the director's interval.
  [STORED_DEADLINE_COLUMNS[SignaalSoort.EXTRAMURALE_RAPPORTAGE]]: haalbaar(
    `(SELECT coalesce((SELECT max(r.datum) FROM extramurale_rapportage r WHERE r.verblijf_id = v.id), f.van) + f.rapportage_interval_dagen
        FROM extramurale_fase f WHERE f.verblijf_id = v.id)`,
  ),
  [RAPPORTAGE_TOEZICHTHOUDER_COLUMN]: `(SELECT f.toezichthouder FROM extramurale_fase f
        WHERE f.verblijf_id = v.id AND f.rapportage_interval_dagen IS NOT NULL)`,
};

/** Every column of `verblijf` `storeOpenDeadlines` keeps. */
export const STORED_COLUMNS: readonly string[] = Object.keys(COMPUTED);

/**
 * Stores the open deadlines of the stays `verblijfIds` anew from what DJI holds, in the change's
 * transaction: every command that changes an instroomdatum, an expected uitstroom, a screening, a
 * D&R-plan, an MDO, an extramural phase or its report calls it, so the werkvoorraad reads them from
 * an index instead of computing them for every stay of the inrichting or the organisation. With
 * `null`, every stay. `columns` (of `STORED_COLUMNS`, all by default) lets a migration fill the
 * columns it adds and no later one's.
 */
export async function storeOpenDeadlines(
  manager: Pick<EntityManager, 'query'>,
  verblijfIds: readonly string[] | null,
  columns: readonly string[] = STORED_COLUMNS,
): Promise<void> {
  const store = `UPDATE verblijf v SET ${columns.map((column) => `${column} = ${computedColumn(column)}`).join(', ')}`;
  if (verblijfIds === null) {
    await manager.query(store);
  } else if (verblijfIds.length > 0) {
    await manager.query(`${store} WHERE v.id = ANY(CAST($1 AS uuid[]))`, [verblijfIds]);
  }
}

function computedColumn(column: string): string {
  const computed = COMPUTED[column];
  if (computed === undefined) throw new Error(`verblijf.${column} is no column storeOpenDeadlines keeps`);
  return computed;
}
