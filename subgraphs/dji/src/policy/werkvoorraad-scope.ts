import { addDays, SignaalSoort } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';

import { RAPPORTAGE_TOEZICHTHOUDER_COLUMN, STORED_DEADLINE_COLUMNS, urgentie } from '../data/open-deadlines';

/** A condition on a stay (alias `v`) with its parameters, and the deadlines its page is ordered by. */
export interface StayScope {
  /**
   * The condition, given the placeholders of `values` in their order: either of several that no
   * stay meets both of, each served in urgency order by an index of its own, the page merging them.
   */
  readonly sql: (parameters: readonly string[]) => readonly string[];
  readonly values: readonly unknown[];
  /** The kinds of DJI's signal this caller's werkvoorraad is ordered by, and may be filtered on. */
  readonly soorten: readonly SignaalSoort[];
}

/** The deadlines of the re-integration in the inrichting: the casemanager's, shared with the gemeente. */
export const DETENTIE_SOORTEN = [SignaalSoort.SCREENING, SignaalSoort.DR_PLAN, SignaalSoort.MDO] as const;

/**
 * The BIJ desk's urgency of stay `v`, the day its BIJ-melding is due, written as the index
 * `verblijf_bij_melding_urgentie` is: its bound is then where that index's scan stops.
 */
const BIJ_MELDING_URGENTIE = urgentie([`v.${STORED_DEADLINE_COLUMNS[SignaalSoort.BIJ_MELDING_VERWACHT]}`]);

/**
 * How far ahead Justid's BIJ desk sees the stays whose melding comes due: a month, time to prepare
 * one (ours; the seeds name none). Further ahead it learns no one's release.
 */
export const BIJ_VOORUITBLIK_DAGEN = 30;

/**
 * The stays whose werkvoorraad the caller keeps, as the policy decides them: a casemanager the
 * current stays in its own inrichting (own task); a nazorgcoördinator the current stays DJI
 * registered its gemeente on as gemeente of origin or of return (art. 18a Pbw from instroom on);
 * a toezichthouder the stays in an extramural phase DJI recorded its organisation as supervising,
 * where the director asked for reports (art. 18a Pbw; seed 001 l. 636–640), ordered by the next
 * report only: it is the one deadline of DJI's the toezichthouder has to meet. The nazorgcoördinator's
 * page is never ordered by that report, which would tell the gemeente whether it is overdue.
 * Justid's BIJ desk the current stays returning to a gemeente taking part in BIJ whose melding
 * comes due within `BIJ_VOORUITBLIK_DAGEN` or is past due (art. 11a Bjsg), by that deadline: DJI
 * cannot tell the BIJ target group, OM's signal on the person can.
 * Anyone else keeps no werkvoorraad at DJI, and is refused.
 */
export function werkvoorraadScope(access: Refusals, vandaag: string, bijGemeenten: ReadonlySet<string>): StayScope {
  const { caller } = access;
  if (caller.soort === 'dji' && caller.rol === 'casemanager' && caller.code !== null) {
    return { sql: ([code]) => [`v.huidige_inrichting = ${code}`], values: [caller.code], soorten: DETENTIE_SOORTEN };
  }
  if (caller.soort === 'gemeente' && caller.rol === 'nazorgcoordinator' && caller.code !== null) {
    return {
      // Of origin, or else of return: each walks its index (`verblijf_detentie_urgentie_per_herkomst`,
      // `…_per_terugkeer`) from the most urgent stay, rather than every current stay of the gemeente.
      sql: ([code]) => [
        `v.herkomst_gemeentecode = ${code}`,
        `v.terugkeer_gemeentecode = ${code} AND v.herkomst_gemeentecode IS DISTINCT FROM ${code}`,
      ],
      values: [caller.code],
      soorten: DETENTIE_SOORTEN,
    };
  }
  if (caller.soort === 'reclassering' && caller.rol === 'toezichthouder') {
    return {
      // Stored on the stay (`storeOpenDeadlines`), so the index `verblijf_rapportage_urgentie_per_toezichthouder`
      // serves the page from its most urgent stay rather than every phase the organisation supervises.
      sql: ([organisatie]) => [`v.${RAPPORTAGE_TOEZICHTHOUDER_COLUMN} = ${organisatie}`],
      values: [caller.organisatie],
      soorten: [SignaalSoort.EXTRAMURALE_RAPPORTAGE],
    };
  }
  if (caller.soort === 'justid' && caller.rol === 'bij-medewerker') {
    return {
      sql: ([gemeenten, tot]) => [
        `v.terugkeer_gemeentecode = ANY(CAST(${gemeenten} AS text[])) AND ${BIJ_MELDING_URGENTIE} <= CAST(${tot} AS date)`,
      ],
      values: [[...bijGemeenten], addDays(vandaag, BIJ_VOORUITBLIK_DAGEN)],
      soorten: [SignaalSoort.BIJ_MELDING_VERWACHT],
    };
  }
  throw access.refuseList('Query.verblijfWerkvoorraad', 'WerkvoorraadItem');
}
