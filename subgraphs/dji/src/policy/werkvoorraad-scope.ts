import { SignaalSoort } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';

/** A condition on a stay (alias `v`) with its one parameter, and the deadlines its page is ordered by. */
export interface StayScope {
  readonly sql: (parameter: string) => string;
  readonly value: string;
  /** The kinds of DJI's signal this caller's werkvoorraad is ordered by, and may be filtered on. */
  readonly soorten: readonly SignaalSoort[];
}

/** The deadlines of the re-integration in the inrichting: the casemanager's, shared with the gemeente. */
const DETENTIE_SOORTEN = [SignaalSoort.SCREENING, SignaalSoort.DR_PLAN, SignaalSoort.MDO] as const;

/**
 * The stays whose werkvoorraad the caller keeps, as the policy decides them: a casemanager the
 * current stays in its own inrichting (own task); a nazorgcoördinator the current stays DJI
 * registered its gemeente on as gemeente of origin or of return (art. 18a Pbw from instroom on);
 * a toezichthouder the stays in an extramural phase DJI recorded its organisation as supervising,
 * where the director asked for reports (art. 18a Pbw; seed 001 l. 636–640), ordered by the next
 * report only: it is the one deadline of DJI's the toezichthouder has to meet. The nazorgcoördinator's
 * page is never ordered by that report, which would tell the gemeente whether it is overdue.
 * Anyone else keeps no werkvoorraad at DJI, and is refused.
 */
export function werkvoorraadScope(access: Refusals): StayScope {
  const { caller } = access;
  if (caller.soort === 'dji' && caller.rol === 'casemanager' && caller.code !== null) {
    return { sql: (parameter) => `v.huidige_inrichting = ${parameter}`, value: caller.code, soorten: DETENTIE_SOORTEN };
  }
  if (caller.soort === 'gemeente' && caller.rol === 'nazorgcoordinator' && caller.code !== null) {
    return {
      sql: (parameter) => `(v.herkomst_gemeentecode = ${parameter} OR v.terugkeer_gemeentecode = ${parameter})`,
      value: caller.code,
      soorten: DETENTIE_SOORTEN,
    };
  }
  if (caller.soort === 'reclassering' && caller.rol === 'toezichthouder') {
    return {
      sql: (parameter) =>
        `EXISTS (SELECT 1 FROM extramurale_fase f WHERE f.verblijf_id = v.id AND f.toezichthouder = ${parameter} AND f.rapportage_interval_dagen IS NOT NULL)`,
      value: caller.organisatie,
      soorten: [SignaalSoort.EXTRAMURALE_RAPPORTAGE],
    };
  }
  throw access.refuseList('Query.verblijfWerkvoorraad', 'WerkvoorraadItem');
}
