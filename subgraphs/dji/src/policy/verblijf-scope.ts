import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { SelectQueryBuilder } from 'typeorm';

import type { VerblijfEntity } from '../entities/verblijf.entity';

const NAMED_IN_CURRENT_PLAN = `EXISTS (
  SELECT 1 FROM dr_plan p
   WHERE p.verblijf_id = v.id
     AND :organisatie = ANY (p.deelnemende_organisaties)
     AND p.versie = (SELECT max(latest.versie) FROM dr_plan latest WHERE latest.verblijf_id = v.id))`;

/**
 * Narrows a list of verblijven (alias `v`) to the people the caller may see at all, in SQL, so a
 * page holds only them: DJI sees every verblijf; a gemeente those it is the gemeente of origin or
 * return of, or takes part in the D&R of; a reclassering organisation those whose D&R it takes
 * part in. Each field is still checked per person.
 */
export function scopeVerblijven(query: SelectQueryBuilder<VerblijfEntity>, access: Refusals): void {
  const { caller } = access;
  if (caller.soort === 'dji' && caller.rol === 'casemanager') {
    return;
  }
  if (caller.soort === 'gemeente' && caller.rol === 'nazorgcoordinator') {
    query.andWhere(
      `(v.herkomst_gemeentecode = :gemeentecode OR v.terugkeer_gemeentecode = :gemeentecode OR ${NAMED_IN_CURRENT_PLAN})`,
      { gemeentecode: caller.code, organisatie: caller.organisatie },
    );
    return;
  }
  if (caller.soort === 'reclassering' && (caller.rol === 'adviseur' || caller.rol === 'toezichthouder')) {
    query.andWhere(NAMED_IN_CURRENT_PLAN, { organisatie: caller.organisatie });
    return;
  }
  throw access.refuse('Query.verblijven', ['EIGEN_TAAK', 'ART_51C_WJSG', 'ART_18A_PBW']);
}
