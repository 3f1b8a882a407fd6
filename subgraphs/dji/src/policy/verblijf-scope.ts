import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { SelectQueryBuilder } from 'typeorm';

import type { VerblijfEntity } from '../entities/verblijf.entity';

/** The stay of `alias`'s person that DJI's work concerns (the one not ended, or else the last), as in the policy. */
const currentOrLast = (alias: string): string => `(SELECT cur.id FROM verblijf cur
   WHERE cur.justitiabele_id = ${alias}.justitiabele_id
   ORDER BY cur.status = 'UITGESTROOMD', cur.instroomdatum DESC, cur.id DESC
   LIMIT 1)`;

// Starts from the inrichting, so the list of one inrichting uses its index rather than every stay.
const HELD_IN_OWN_INRICHTING = `v.justitiabele_id IN (
  SELECT held.justitiabele_id FROM verblijf held
   WHERE held.huidige_inrichting = :scopeInrichting
     AND held.id = ${currentOrLast('held')})`;

const GEMEENTE_OF_STAY = `(v.herkomst_gemeentecode = :scopeGemeentecode OR v.terugkeer_gemeentecode = :scopeGemeentecode)`;

const ORGANISATIE_INVOLVED_IN_CURRENT_STAY = `(v.id = ${currentOrLast('v')} AND (
  EXISTS (SELECT 1 FROM betrokken_organisatie b WHERE b.verblijf_id = v.id AND b.organisatie = :scopeOrganisatie)
  OR EXISTS (
  SELECT 1 FROM dr_plan p
   WHERE p.verblijf_id = v.id
     AND :scopeOrganisatie = ANY (p.deelnemende_organisaties)
     AND p.versie = (SELECT max(latest.versie) FROM dr_plan latest WHERE latest.verblijf_id = v.id))))`;

/**
 * Narrows a list of verblijven (alias `v`) in SQL to those the policy lets the caller see, so a
 * page holds only them: a casemanager the stays of the persons held in their own inrichting; a
 * gemeente the stays it is gemeente of origin or return of (art. 51c WJSG, which includes the
 * current stay whose re-integration it takes part in as such) and the current stays whose D&R-plan
 * names it (art. 18a Pbw); a reclassering organisation the current stays it takes part in. Each
 * field is still checked per person.
 */
export function scopeVerblijven(query: SelectQueryBuilder<VerblijfEntity>, access: Refusals): void {
  const { caller } = access;
  if (caller.soort === 'dji' && caller.rol === 'casemanager') {
    query.andWhere(HELD_IN_OWN_INRICHTING, { scopeInrichting: caller.code });
    return;
  }
  if (caller.soort === 'gemeente' && caller.rol === 'nazorgcoordinator') {
    query.andWhere(`(${GEMEENTE_OF_STAY} OR ${ORGANISATIE_INVOLVED_IN_CURRENT_STAY})`, {
      scopeGemeentecode: caller.code,
      scopeOrganisatie: caller.organisatie,
    });
    return;
  }
  if (caller.soort === 'reclassering' && (caller.rol === 'adviseur' || caller.rol === 'toezichthouder')) {
    query.andWhere(ORGANISATIE_INVOLVED_IN_CURRENT_STAY, { scopeOrganisatie: caller.organisatie });
    return;
  }
  throw access.refuseList('Query.verblijven', 'Verblijf');
}
