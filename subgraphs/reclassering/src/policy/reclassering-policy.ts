import { subjectOf } from '@ketengraaf/subgraph-kit';
import type { AccessPolicy, Betrokkene, Caller } from '@ketengraaf/subgraph-kit';

import { Risiconiveau } from '../entities/risicotaxatie.entity';
import type { RisicotaxatieEntity } from '../entities/risicotaxatie.entity';
import { ToezichtStatus } from '../entities/toezicht.entity';
import type { ToezichtEntity } from '../entities/toezicht.entity';
import type { Advies } from '../graphql/advies.type';
import type { ReclasseringContext } from '../graphql/context';
import type { Justitiabele } from '../graphql/justitiabele.type';
import type { Risicotaxatie } from '../graphql/risicotaxatie.type';
import type { Toezicht } from '../graphql/toezicht.type';

/** Objects under a toezicht: they know their person and the organisation that holds the toezicht. */
type OnderToezicht = { justitiabeleId: string; bronhouder: string };

const bySkn = (nummer: string, bronhouder?: string): Betrokkene =>
  bronhouder ? { soort: 'SKN', nummer, bronhouder } : { soort: 'SKN', nummer };

/**
 * Who may read the reclassering's data, decided from its own records. One deployment keeps the
 * records of all three reclassering organisations, each the owner (bronhouder) of its own:
 * - own task: an organisation's adviseurs and toezichthouders read the people it advises or
 *   supervises, and only its own records on them;
 * - art. 18a Pbw: the DJI casemanager and the gemeente's nazorgcoördinator read what the
 *   re-integration needs (toezicht, toezichthouder, voorwaarden, naleving) while a lopend
 *   toezicht names them as ketenpartner (any `dji:` partner opens it for DJI as a whole);
 * - art. 18b Pbw: risk information, only while the person's latest risicotaxatie is GEMIDDELD or
 *   HOOG, to the DJI casemanager, the officier van justitie, and the burgemeester of the
 *   woongemeente of a lopend toezicht. A gemeente's nazorg staff never reads risk.
 */
export const reclasseringPolicy: AccessPolicy<ReclasseringContext> = {
  party: 'reclassering',
  subjects: {
    Justitiabele: subjectOf<Justitiabele>((justitiabele) => bySkn(justitiabele.id)),
    Advies: subjectOf<Advies>((advies) => bySkn(advies.justitiabeleId, advies.organisatie)),
    Toezicht: subjectOf<Toezicht>((toezicht) => bySkn(toezicht.justitiabeleId, toezicht.organisatie)),
    BijzondereVoorwaarde: subjectOf<OnderToezicht>((voorwaarde) =>
      bySkn(voorwaarde.justitiabeleId, voorwaarde.bronhouder),
    ),
    Naleving: subjectOf<OnderToezicht>((naleving) => bySkn(naleving.justitiabeleId, naleving.bronhouder)),
    Risicotaxatie: subjectOf<Risicotaxatie>((taxatie) => bySkn(taxatie.justitiabeleId, taxatie.organisatie)),
  },
  grounds: {
    EIGEN_TAAK: async (caller, betrokkene, { loaders }) => {
      if (!isReclasseringStaff(caller) || (betrokkene.bronhouder && betrokkene.bronhouder !== caller.organisatie)) {
        return false;
      }
      const [toezichten, adviezen, risicotaxaties] = await Promise.all([
        loaders.toezichten.load(betrokkene.nummer),
        loaders.adviezen.load(betrokkene.nummer),
        loaders.risicotaxaties.load(betrokkene.nummer),
      ]);
      return [...toezichten, ...adviezen, ...risicotaxaties].some(
        (record) => record.organisatie === caller.organisatie,
      );
    },
    ART_18A_PBW: async (caller, betrokkene, context) => {
      const isPartner = ketenpartnerTest(caller);
      if (!isPartner) {
        return false;
      }
      const { toezichten } = await toezichtenEnTaxaties(betrokkene, context);
      return lopend(toezichten, betrokkene).some((toezicht) => toezicht.ketenpartners.some(isPartner));
    },
    ART_18B_PBW: async (caller, betrokkene, context) => {
      if (!mayReceiveRiskInformation(caller)) {
        return false;
      }
      const { toezichten, risicotaxaties } = await toezichtenEnTaxaties(betrokkene, context);
      const [latest] = risicotaxaties;
      if (!latest || !verhoogdRisico(latest)) {
        return false;
      }
      // The burgemeester guards public order where the person lives: only that one.
      return (
        caller.soort !== 'burgemeester' || lopend(toezichten).some((toezicht) => toezicht.woongemeente === caller.code)
      );
    },
  },
};

/**
 * The person's toezichten and risicotaxaties, always asked for together: whichever ground a
 * person's first check tries, every person of a request then shares one statement per table.
 */
async function toezichtenEnTaxaties(
  betrokkene: Betrokkene,
  { loaders }: ReclasseringContext,
): Promise<{ toezichten: ToezichtEntity[]; risicotaxaties: RisicotaxatieEntity[] }> {
  const [toezichten, risicotaxaties] = await Promise.all([
    loaders.toezichten.load(betrokkene.nummer),
    loaders.risicotaxaties.load(betrokkene.nummer),
  ]);
  return { toezichten, risicotaxaties };
}

function isReclasseringStaff(caller: Caller): boolean {
  return caller.soort === 'reclassering' && (caller.rol === 'adviseur' || caller.rol === 'toezichthouder');
}

/** Which ketenpartner entries name the caller's organisation: DJI as one service, a gemeente as itself. */
function ketenpartnerTest(caller: Caller): ((ketenpartner: string) => boolean) | null {
  if (caller.soort === 'dji' && caller.rol === 'casemanager') {
    return (ketenpartner) => ketenpartner.startsWith('dji:');
  }
  if (caller.soort === 'gemeente' && caller.rol === 'nazorgcoordinator') {
    return (ketenpartner) => ketenpartner === caller.organisatie;
  }
  return null;
}

function mayReceiveRiskInformation(caller: Caller): boolean {
  return (
    (caller.soort === 'dji' && caller.rol === 'casemanager') ||
    (caller.soort === 'om' && caller.rol === 'officier') ||
    (caller.soort === 'burgemeester' && caller.rol === 'oov-adviseur')
  );
}

/** Art. 18b Pbw opens risk information only at a medium or high risk. */
function verhoogdRisico(taxatie: RisicotaxatieEntity): boolean {
  return [taxatie.recidiverisico, taxatie.gevaarrisico].some((niveau) => niveau !== Risiconiveau.LAAG);
}

/** The lopende toezichten, of the bronhouder only when the object read belongs to one. */
function lopend(toezichten: readonly ToezichtEntity[], betrokkene?: Betrokkene): ToezichtEntity[] {
  return toezichten.filter(
    (toezicht) =>
      toezicht.status === ToezichtStatus.LOPEND &&
      (!betrokkene?.bronhouder || toezicht.organisatie === betrokkene.bronhouder),
  );
}
