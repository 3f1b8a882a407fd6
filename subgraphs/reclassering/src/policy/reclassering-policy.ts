import { subjectOf } from '@ketengraaf/subgraph-kit';
import type { AccessPolicy, Betrokkene, Caller, GroundResult } from '@ketengraaf/subgraph-kit';

import { BijzondereVoorwaardeType } from '../entities/bijzondere-voorwaarde.entity';
import { Risiconiveau } from '../entities/risicotaxatie.entity';
import { ToezichtStatus } from '../entities/toezicht.entity';
import type { ToezichtEntity } from '../entities/toezicht.entity';
import type { Advies } from '../graphql/advies.type';
import type { Adviesopdracht } from '../graphql/adviesopdracht.type';
import type { Screeningmelding } from '../graphql/screeningmelding.type';
import type { BijzondereVoorwaarde } from '../graphql/bijzondere-voorwaarde.type';
import type { ReclasseringContext } from '../graphql/context';
import type { Justitiabele } from '../graphql/justitiabele.type';
import type { Naleving } from '../graphql/naleving.type';
import type { Overtredingsmelding } from '../graphql/overtredingsmelding.type';
import type { Risicotaxatie } from '../graphql/risicotaxatie.type';
import type { Toezicht } from '../graphql/toezicht.type';
import type { PersonRecords } from '../loaders/reclassering-loaders';

/** The records whose grounds are decided one by one rather than per person and organisation. */
type RecordSoort = 'advies' | 'voorwaarde' | 'melding' | 'risicotaxatie';

const bySkn = (nummer: string, bronhouder?: string, record?: { soort: RecordSoort; id: string }): Betrokkene => ({
  soort: 'SKN',
  nummer,
  ...(bronhouder ? { bronhouder } : {}),
  ...(record ? { record: `${record.soort}:${record.id}` } : {}),
});

function recordOf(betrokkene: Betrokkene): { soort: RecordSoort; id: string } | null {
  const [soort, id] = betrokkene.record?.split(':') ?? [];
  return soort && id ? { soort: soort as RecordSoort, id } : null;
}

/**
 * The kinds of voorwaarde that bear on the basisvoorwaarden (a meldplicht on work and dagbesteding,
 * a behandeling on zorg): the only ones art. 18a Pbw opens, and only their kind and period.
 */
const VOOR_DE_BASISVOORWAARDEN: ReadonlySet<BijzondereVoorwaardeType> = new Set([
  BijzondereVoorwaardeType.MELDPLICHT,
  BijzondereVoorwaardeType.BEHANDELING,
]);

/**
 * Who may read the reclassering's data, decided from its own records. One deployment keeps the
 * records of all three reclassering organisations, each the owner (bronhouder) of its own; a read
 * of the person as such is granted by, and logged as, the owners whose records open it.
 * - own task: an organisation's adviseurs and toezichthouders read the people it advises or
 *   supervises, and only its own records on them;
 * - OM's opdracht: the officier van justitie, as opdrachtgever, reads the adviezen OM ordered, the
 *   voorwaarden of the toezichten OM ordered and the meldingen of their overtredingen made to OM
 *   (seed 004 l. 16–34, 148–154, which name no article). Not the reclassering's own task, so a
 *   ground of its own;
 * - art. 18a Pbw: the DJI casemanager and the gemeente's nazorgcoördinator read what the
 *   basisvoorwaarden need (that a toezicht exists, its period, status and toezichthouder, and the
 *   kind and period of a meldplicht or behandeling) while a lopend toezicht names them as
 *   ketenpartner; never the content of a voorwaarde, its naleving or a melding (seed 000
 *   l. 319–322, seed 002 l. 671–673);
 * - art. 18b Pbw: the latest risicotaxatie, only while its gevaarrisico is GEMIDDELD or HOOG, each
 *   party for its own task (seed 000 l. 324–328, seed 002 l. 567–575): the casemanager of the
 *   inrichting the reclassering last recorded the person held in, the officier van justitie, the
 *   burgemeester of a lopend toezicht's woongemeente, and another reclassering organisation that
 *   advises or supervises the person. A gemeente's nazorg staff never reads risk.
 */
export const reclasseringPolicy: AccessPolicy<ReclasseringContext> = {
  party: 'reclassering',
  subjects: {
    Justitiabele: subjectOf<Justitiabele>((justitiabele) => bySkn(justitiabele.id)),
    Advies: subjectOf<Advies>((advies) =>
      bySkn(advies.justitiabeleId, advies.organisatie, { soort: 'advies', id: advies.id }),
    ),
    // The organisation asked owns the opdracht as it received it.
    Adviesopdracht: subjectOf<Adviesopdracht>((opdracht) => bySkn(opdracht.justitiabeleId, opdracht.organisatie)),
    // Likewise the organisation DJI told owns the screening melding as it received it.
    Screeningmelding: subjectOf<Screeningmelding>((melding) => bySkn(melding.justitiabeleId, melding.organisatie)),
    Toezicht: subjectOf<Toezicht>((toezicht) => bySkn(toezicht.justitiabeleId, toezicht.organisatie)),
    BijzondereVoorwaarde: subjectOf<BijzondereVoorwaarde>((voorwaarde) =>
      bySkn(voorwaarde.justitiabeleId, voorwaarde.bronhouder, { soort: 'voorwaarde', id: voorwaarde.id }),
    ),
    Naleving: subjectOf<Naleving>((naleving) => bySkn(naleving.justitiabeleId, naleving.bronhouder)),
    Overtredingsmelding: subjectOf<Overtredingsmelding>((melding) =>
      bySkn(melding.justitiabeleId, melding.organisatie, { soort: 'melding', id: melding.id }),
    ),
    Risicotaxatie: subjectOf<Risicotaxatie>((taxatie) =>
      bySkn(taxatie.justitiabeleId, taxatie.organisatie, { soort: 'risicotaxatie', id: taxatie.id }),
    ),
  },
  grounds: {
    EIGEN_TAAK: (caller, betrokkene, context) =>
      isReclasseringStaff(caller) && ownOrganisation(caller, betrokkene, context),
    OPDRACHT_OM: (caller, betrokkene, context) => isOfficier(caller) && asOpdrachtgever(caller, betrokkene, context),
    ART_18A_PBW: async (caller, betrokkene, context) => {
      const isPartner = ketenpartnerTest(caller);
      if (!isPartner) {
        return false;
      }
      const { toezichten } = await context.loaders.personRecords(betrokkene.nummer);
      const partnerIn = lopend(toezichten, betrokkene).filter((toezicht) => toezicht.ketenpartners.some(isPartner));
      const record = recordOf(betrokkene);
      if (record) {
        if (record.soort !== 'voorwaarde') {
          return false;
        }
        const voorwaarde = await context.loaders.voorwaarde.load(record.id);
        return (
          !!voorwaarde &&
          VOOR_DE_BASISVOORWAARDEN.has(voorwaarde.type) &&
          partnerIn.some((toezicht) => toezicht.id === voorwaarde.toezichtId)
        );
      }
      return owners(partnerIn);
    },
    ART_18B_PBW: async (caller, betrokkene, context) => {
      const records = await context.loaders.personRecords(betrokkene.nummer);
      const [latest] = records.risicotaxaties;
      // A recidiverisico alone opens nothing: art. 18b is about a serious violent or sexual offence.
      if (!latest || latest.gevaarrisico === Risiconiveau.LAAG || !receivesRiskFor(caller, records)) {
        return false;
      }
      const record = recordOf(betrokkene);
      if (record) {
        return record.soort === 'risicotaxatie' && record.id === latest.id;
      }
      return [latest.organisatie];
    },
  },
};

/** Own task of a reclassering organisation: the person's records it holds, never another's. */
async function ownOrganisation(
  caller: Caller,
  betrokkene: Betrokkene,
  context: ReclasseringContext,
): Promise<GroundResult> {
  if (betrokkene.bronhouder && betrokkene.bronhouder !== caller.organisatie) {
    return false;
  }
  const holds = involved(caller, await context.loaders.personRecords(betrokkene.nummer));
  return betrokkene.bronhouder ? holds : holds ? [caller.organisatie] : [];
}

/**
 * The officier van justitie as opdrachtgever (seed 004 l. 16–34, 148–154): OM orders the advies
 * and sets the voorwaarden the reclassering supervises, and receives the meldingen of their
 * overtredingen. Decided per record; the person as such for the owners of what OM ordered.
 */
async function asOpdrachtgever(
  caller: Caller,
  betrokkene: Betrokkene,
  context: ReclasseringContext,
): Promise<GroundResult> {
  const { toezichten, adviezen } = await context.loaders.personRecords(betrokkene.nummer);
  const ordered = (record: { opdrachtgever: string }): boolean => record.opdrachtgever === caller.organisatie;
  const record = recordOf(betrokkene);
  if (!betrokkene.bronhouder) {
    return owners([...adviezen.filter(ordered), ...toezichten.filter(ordered)]);
  }
  switch (record?.soort) {
    case 'advies':
      return adviezen.some((advies) => advies.id === record.id && ordered(advies));
    case 'voorwaarde': {
      const voorwaarde = await context.loaders.voorwaarde.load(record.id);
      return toezichten.some((toezicht) => toezicht.id === voorwaarde?.toezichtId && ordered(toezicht));
    }
    case 'melding': {
      const meldingen = await context.loaders.meldingen.load(betrokkene.nummer);
      return meldingen.some((melding) => melding.id === record.id && melding.gemeldAan === caller.organisatie);
    }
    case 'risicotaxatie':
    case undefined:
      return false;
  }
}

/** Art. 18b Pbw names the parties; each receives risk information only for its own task. */
function receivesRiskFor(caller: Caller, records: PersonRecords): boolean {
  switch (caller.soort) {
    case 'dji':
      return caller.rol === 'casemanager' && heldIn(records) === caller.organisatie;
    case 'om':
      return caller.rol === 'officier';
    case 'burgemeester':
      // The burgemeester of where the person lives or returns to (seed 004 l. 10–14): only that one.
      return (
        caller.rol === 'oov-adviseur' &&
        lopend(records.toezichten).some((toezicht) => toezicht.woongemeente === caller.code)
      );
    case 'reclassering':
      return isReclasseringStaff(caller) && involved(caller, records);
    case 'gemeente':
    case 'justid':
    case 'zvh':
    case 'regiegroep':
    case 'inspectie':
    case 'burger':
      return false;
  }
}

/**
 * The inrichting the reclassering last recorded the person held in: that of the most recent advies
 * or toezicht. A toezicht started at release records none, so from then on DJI holds no one here.
 */
function heldIn({ adviezen, toezichten }: PersonRecords): string | null {
  const dated = [
    ...adviezen.map((advies) => ({ datum: advies.datum, rang: 0, inrichting: advies.inrichting })),
    ...toezichten.map((toezicht) => ({
      datum: toezicht.begindatum,
      rang: 1,
      inrichting: toezicht.status === ToezichtStatus.LOPEND ? toezicht.inrichting : null,
    })),
  ];
  // A toezicht starts on the advies it follows: on the same day, the toezicht is the later record.
  dated.sort((one, other) => other.datum.localeCompare(one.datum) || other.rang - one.rang);
  return dated[0]?.inrichting ?? null;
}

/**
 * Whether the caller's organisation holds an advies, toezicht or risicotaxatie on the person, or
 * was asked by OM to advise on them (it must read the person to do so).
 */
function involved(
  caller: Caller,
  { toezichten, adviezen, adviesopdrachten, screeningmeldingen, risicotaxaties }: PersonRecords,
): boolean {
  return [...toezichten, ...adviezen, ...adviesopdrachten, ...screeningmeldingen, ...risicotaxaties].some(
    (record) => record.organisatie === caller.organisatie,
  );
}

function owners(records: readonly { organisatie: string }[]): string[] {
  return [...new Set(records.map((record) => record.organisatie))];
}

function isReclasseringStaff(caller: Caller): boolean {
  return caller.soort === 'reclassering' && (caller.rol === 'adviseur' || caller.rol === 'toezichthouder');
}

function isOfficier(caller: Caller): boolean {
  return caller.soort === 'om' && caller.rol === 'officier';
}

/**
 * Which ketenpartner entries name the caller's organisation, exactly: a DJI location as itself (DJI
 * is many organisations, each casemanager working for one inrichting), a gemeente as itself.
 */
function ketenpartnerTest(caller: Caller): ((ketenpartner: string) => boolean) | null {
  const takesPart =
    (caller.soort === 'dji' && caller.rol === 'casemanager') ||
    (caller.soort === 'gemeente' && caller.rol === 'nazorgcoordinator');
  return takesPart ? (ketenpartner) => ketenpartner === caller.organisatie : null;
}

/** The lopende toezichten, of the bronhouder only when the object read belongs to one. */
function lopend(toezichten: readonly ToezichtEntity[], betrokkene?: Betrokkene): ToezichtEntity[] {
  return toezichten.filter(
    (toezicht) =>
      toezicht.status === ToezichtStatus.LOPEND &&
      (!betrokkene?.bronhouder || toezicht.organisatie === betrokkene.bronhouder),
  );
}
