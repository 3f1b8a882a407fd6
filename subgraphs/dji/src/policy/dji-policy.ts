import { subjectOf } from '@ketengraaf/subgraph-kit';
import type { AccessPolicy, Betrokkene, Caller } from '@ketengraaf/subgraph-kit';

import { VerblijfStatus } from '../entities/verblijf.entity';
import type { VerblijfEntity } from '../entities/verblijf.entity';
import type { DjiContext } from '../graphql/context';
import type { Justitiabele } from '../graphql/justitiabele.type';
import type { Verblijf } from '../graphql/verblijf.type';

/** Objects that know the person they are about by chain id. */
type OfJustitiabele = { justitiabeleId: string };

const bySkn = (nummer: string): Betrokkene => ({ soort: 'SKN', nummer });

/**
 * Who may read DJI's data, decided from DJI's own records: DJI's own staff for its own task; the
 * gemeente DJI registered as the person's gemeente of origin or return, for the begin and end of
 * detention (art. 51c WJSG); the organisations DJI's D&R-plan names as taking part, for what the
 * re-integration needs (art. 18a Pbw).
 */
export const djiPolicy: AccessPolicy<DjiContext> = {
  party: 'dji',
  subjects: {
    Justitiabele: subjectOf<Justitiabele>((justitiabele) => bySkn(justitiabele.id)),
    Verblijf: subjectOf<Verblijf>((verblijf) => bySkn(verblijf.justitiabeleId)),
    Verblijfsperiode: subjectOf<OfJustitiabele>((periode) => bySkn(periode.justitiabeleId)),
    Screening: subjectOf<OfJustitiabele>((screening) => bySkn(screening.justitiabeleId)),
    DrPlan: subjectOf<OfJustitiabele>((plan) => bySkn(plan.justitiabeleId)),
    Mdo: subjectOf<OfJustitiabele>((mdo) => bySkn(mdo.justitiabeleId)),
  },
  grounds: {
    EIGEN_TAAK: (caller) => caller.soort === 'dji' && caller.rol === 'casemanager',
    ART_51C_WJSG: async (caller, betrokkene, { loaders }) =>
      caller.soort === 'gemeente' &&
      caller.rol === 'nazorgcoordinator' &&
      (await loaders.verblijven.load(betrokkene.nummer)).some(
        (verblijf) => verblijf.herkomst.gemeentecode === caller.code || verblijf.terugkeer.gemeentecode === caller.code,
      ),
    ART_18A_PBW: async (caller, betrokkene, context) =>
      takesPartInReintegration(caller) && (await namedInCurrentPlan(caller, betrokkene.nummer, context)),
  },
};

function takesPartInReintegration(caller: Caller): boolean {
  return (
    (caller.soort === 'gemeente' && caller.rol === 'nazorgcoordinator') ||
    (caller.soort === 'reclassering' && (caller.rol === 'adviseur' || caller.rol === 'toezichthouder'))
  );
}

/** Whether the D&R-plan of the person's current (or last) verblijf names the caller's organisation. */
async function namedInCurrentPlan(caller: Caller, justitiabeleId: string, { loaders }: DjiContext): Promise<boolean> {
  const verblijven = await loaders.verblijven.load(justitiabeleId);
  const verblijf: VerblijfEntity | undefined =
    verblijven.find((candidate) => candidate.status !== VerblijfStatus.UITGESTROOMD) ?? verblijven[0];
  if (!verblijf) {
    return false;
  }
  const [plan] = await loaders.drPlannen.load(verblijf.id);
  return plan?.deelnemendeOrganisaties.includes(caller.organisatie) ?? false;
}
