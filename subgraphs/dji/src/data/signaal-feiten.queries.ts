import { preparedStatement, rowLoader } from '@ketengraaf/subgraph-kit';
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/**
 * What DJI records of one stay beyond the stay itself that its signals are decided from: the first
 * screening, the first plan version, the latest MDO and the director's order of reports.
 */
export interface SignaalFeiten {
  readonly verblijfId: string;
  readonly eersteScreening: string | null;
  readonly eerstePlan: string | null;
  readonly laatsteMdo: string | null;
  /** The extramural phase's supervising organisation; null without a phase. */
  readonly toezichthouder: string | null;
  /** Every how many days the director asked for a report; null without a phase or an order. */
  readonly rapportageIntervalDagen: number | null;
  /** The latest report's date, or else the phase's first day; null without a phase. */
  readonly rapportageSinds: string | null;
}

/**
 * Each stay's aggregates read from the indexes per stay in the same statement, rather than every
 * screening, plan version, MDO and report hydrated as an entity to take one date of each.
 */
const SIGNAAL_FEITEN = `
  SELECT v.id AS "verblijfId",
         (SELECT min(s.datum) FROM screening s WHERE s.verblijf_id = v.id)::text AS "eersteScreening",
         (SELECT min(p.vastgesteld_op) FROM dr_plan p WHERE p.verblijf_id = v.id)::text AS "eerstePlan",
         (SELECT max(m.datum) FROM mdo m WHERE m.verblijf_id = v.id)::text AS "laatsteMdo",
         f.toezichthouder,
         f.rapportage_interval_dagen AS "rapportageIntervalDagen",
         coalesce((SELECT max(r.datum) FROM extramurale_rapportage r WHERE r.verblijf_id = v.id), f.van)::text AS "rapportageSinds"
    FROM unnest(CAST($1 AS uuid[])) AS v(id)
    LEFT JOIN extramurale_fase f ON f.verblijf_id = v.id`;

/**
 * A request's loader of the facts of stays by verblijf id: a page of stays costs one statement for
 * all of DJI's signals on them, on the item and on the person alike, prepared once per connection
 * (one text, the ids one array).
 */
export function signaalFeitenLoader(dataSource: DataSource): DataLoader<string, SignaalFeiten | null> {
  const signaalFeiten = preparedStatement<SignaalFeiten>(dataSource, SIGNAAL_FEITEN);
  return rowLoader(
    (verblijfIds) => signaalFeiten([verblijfIds]),
    (row) => row.verblijfId,
  );
}
