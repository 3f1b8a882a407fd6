import { subjectOf } from '@ketengraaf/subgraph-kit';
import type { AccessPolicy, Betrokkene, Caller } from '@ketengraaf/subgraph-kit';

import { VerblijfStatus } from '../entities/verblijf.entity';
import type { VerblijfEntity } from '../entities/verblijf.entity';
import type { DjiContext } from '../graphql/context';
import type { Justitiabele } from '../graphql/justitiabele.type';
import type { Verblijf } from '../graphql/verblijf.type';
import type { WerkvoorraadItem } from '../graphql/werkvoorraad.type';

/** Objects that know the person they are about by chain id. */
type OfJustitiabele = { justitiabeleId: string };

const bySkn = (nummer: string): Betrokkene => ({ soort: 'SKN', nummer });

/**
 * Who may read DJI's data, decided from DJI's own records: the casemanagers of the inrichting that
 * holds the person, for DJI's own task; the gemeente DJI registered as gemeente of origin or return
 * of a stay, for the begin and end of that stay (art. 51c WJSG); the organisations taking part in
 * the re-integration of the person's current stay from instroom on, for what that task needs (art. 18a Pbw);
 * Justid's BIJ desk, for the instroom, expected uitstroom and gemeente of return of a current stay
 * (art. 11a Bjsg: seed 002 l. 619–625, "informeert de Justitiële Informatiedienst (Justid) de
 * burgemeester waar de (ex-) gedetineerde naar terugkeert over de vrijlating"; seed 004 l. 67–69,
 * "60 dagen voordat … terugkeert"). DJI cannot tell the BIJ target group (the delicts are OM's),
 * so that ground holds for every person with a current stay, and only for that stay.
 */
export const djiPolicy: AccessPolicy<DjiContext> = {
  party: 'dji',
  subjects: {
    Justitiabele: subjectOf<Justitiabele>((justitiabele) => bySkn(justitiabele.id)),
    Verblijf: subjectOf<Verblijf>((verblijf) => ({ ...bySkn(verblijf.justitiabeleId), record: verblijf.id })),
    Verblijfsperiode: subjectOf<OfJustitiabele>((periode) => bySkn(periode.justitiabeleId)),
    Screening: subjectOf<OfJustitiabele>((screening) => bySkn(screening.justitiabeleId)),
    DrPlan: subjectOf<OfJustitiabele>((plan) => bySkn(plan.justitiabeleId)),
    Mdo: subjectOf<OfJustitiabele>((mdo) => bySkn(mdo.justitiabeleId)),
    // An item of a werkvoorraad is about the person's current stay, as a verblijf is about its own.
    WerkvoorraadItem: subjectOf<WerkvoorraadItem>((item) => ({
      ...bySkn(item.justitiabeleId),
      record: item.verblijfId,
    })),
  },
  grounds: {
    EIGEN_TAAK: async (caller, betrokkene, context) =>
      caller.soort === 'dji' &&
      caller.rol === 'casemanager' &&
      (await currentOrLastVerblijf(betrokkene.nummer, context))?.huidigeInrichting === caller.code,
    ART_51C_WJSG: async (caller, betrokkene, { loaders }) =>
      caller.soort === 'gemeente' &&
      caller.rol === 'nazorgcoordinator' &&
      (await loaders.verblijven.load(betrokkene.nummer)).some(
        (verblijf) =>
          (betrokkene.record === undefined || verblijf.id === betrokkene.record) && namesGemeente(verblijf, caller),
      ),
    ART_11A_BJSG: async (caller, betrokkene, context) => {
      if (!(caller.soort === 'justid' && caller.rol === 'bij-medewerker')) {
        return false;
      }
      const verblijf = await currentOrLastVerblijf(betrokkene.nummer, context);
      return (
        verblijf !== undefined &&
        verblijf.status !== VerblijfStatus.UITGESTROOMD &&
        (betrokkene.record === undefined || betrokkene.record === verblijf.id)
      );
    },
    ART_18A_PBW: async (caller, betrokkene, context) => {
      if (!takesPartInReintegration(caller)) {
        return false;
      }
      const verblijf = await currentOrLastVerblijf(betrokkene.nummer, context);
      return (
        verblijf !== undefined &&
        // The re-integration under way concerns that stay only, not the person's earlier ones.
        (betrokkene.record === undefined || betrokkene.record === verblijf.id) &&
        (await involvedInReintegration(caller, verblijf, context))
      );
    },
  },
};

/**
 * The stay DJI's work on the person concerns: the one not yet ended, or else the last. DJI's own
 * task and the re-integration follow it, so an earlier inrichting or an earlier stay's partners
 * read nothing of the person once the stay they worked on is over.
 */
async function currentOrLastVerblijf(
  justitiabeleId: string,
  { loaders }: DjiContext,
): Promise<VerblijfEntity | undefined> {
  const verblijven = await loaders.verblijven.load(justitiabeleId);
  return verblijven.find((candidate) => candidate.status !== VerblijfStatus.UITGESTROOMD) ?? verblijven[0];
}

function namesGemeente(verblijf: VerblijfEntity, caller: Caller): boolean {
  return verblijf.herkomst.gemeentecode === caller.code || verblijf.terugkeer.gemeentecode === caller.code;
}

function takesPartInReintegration(caller: Caller): boolean {
  return (
    (caller.soort === 'gemeente' && caller.rol === 'nazorgcoordinator') ||
    (caller.soort === 'reclassering' && (caller.rol === 'adviseur' || caller.rol === 'toezichthouder'))
  );
}

/**
 * Whether DJI's records of a stay show the caller's organisation taking part in its re-integration:
 * as the gemeente of origin or return DJI registered, as a reclassering organisation DJI recorded as
 * involved, or as named in the D&R-plan once it is set.
 */
async function involvedInReintegration(
  caller: Caller,
  verblijf: VerblijfEntity,
  { loaders }: DjiContext,
): Promise<boolean> {
  if (caller.soort === 'gemeente' && namesGemeente(verblijf, caller)) {
    return true;
  }
  const [betrokken, [plan]] = await Promise.all([
    loaders.betrokkenOrganisaties.load(verblijf.id),
    loaders.drPlannen.load(verblijf.id),
  ]);
  return (
    betrokken.some((organisatie) => organisatie.organisatie === caller.organisatie) ||
    (plan?.deelnemendeOrganisaties.includes(caller.organisatie) ?? false)
  );
}
