import type { Refusals } from '@ketengraaf/subgraph-kit';

/** A condition on a stay (alias `v`) with its one parameter. */
export interface StayScope {
  readonly sql: (parameter: string) => string;
  readonly value: string;
}

/**
 * The stays whose werkvoorraad the caller keeps, as the policy decides them: a casemanager the
 * current stays in its own inrichting (own task); a nazorgcoördinator the current stays DJI
 * registered its gemeente on as gemeente of origin or of return (art. 18a Pbw from instroom on).
 * Anyone else keeps no werkvoorraad at DJI, and is refused.
 */
export function werkvoorraadScope(access: Refusals): StayScope {
  const { caller } = access;
  if (caller.soort === 'dji' && caller.rol === 'casemanager' && caller.code !== null) {
    return { sql: (parameter) => `v.huidige_inrichting = ${parameter}`, value: caller.code };
  }
  if (caller.soort === 'gemeente' && caller.rol === 'nazorgcoordinator' && caller.code !== null) {
    return {
      sql: (parameter) => `(v.herkomst_gemeentecode = ${parameter} OR v.terugkeer_gemeentecode = ${parameter})`,
      value: caller.code,
    };
  }
  throw access.refuseList('Query.verblijfWerkvoorraad', 'WerkvoorraadItem');
}
