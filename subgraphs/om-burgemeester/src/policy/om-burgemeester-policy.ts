import { subjectOf } from '@ketengraaf/subgraph-kit';
import type { AccessPolicy, Betrokkene, Caller } from '@ketengraaf/subgraph-kit';

import type { OmBurgemeesterContext } from '../graphql/context';
import type { BijMelding } from '../graphql/bij-melding.type';
import type { Justitiabele } from '../graphql/justitiabele.type';
import type { Omgevingsanalyse } from '../graphql/omgevingsanalyse.type';
import type { Zienswijze } from '../graphql/zienswijze.type';

import { burgemeesterVan, isOfficier, isOovAdviseur, OM } from './bronhouder';
import { isVerstrektAan } from './list-scope';

/** Objects of OM's own records: they know their person by chain id. */
type OfJustitiabele = { justitiabeleId: string };

/** The person as a whole (no bronhouder), or one owner's record about them. */
function bySkn(nummer: string, bronhouder?: string): Betrokkene {
  return bronhouder === undefined ? { soort: 'SKN', nummer } : { soort: 'SKN', nummer, bronhouder };
}

/**
 * Who may read what this subgraph keeps, decided from its own records. Two owners share it and
 * every record names its owner as bronhouder: `om`, or `burgemeester:<gemeentecode>`.
 *
 * - EIGEN_TAAK: an officier reads OM's records; an OOV-adviseur reads its own burgemeester's
 *   zienswijzen and omgevingsanalyses, and for the person as a whole when its burgemeester holds
 *   records of its own on them (a BIJ-melding, a zienswijze, an omgevingsanalyse). OM also reads a
 *   zienswijze or omgevingsanalyse once the burgemeester sent it to OM: OM asked for it to
 *   formulate the VI-conditions (seed 004, afspraak 3), so what it received serves OM's own task.
 *   None of the other grounds fits: the Aanwijzing WJSG and art. 11a Bjsg run from OM and Justid
 *   to the burgemeester, not back.
 * - ART_11A_BJSG: the OOV-adviseur of the burgemeester of the terugkeergemeente reads the
 *   BIJ-meldingen Justid sent to that burgemeester.
 * - AANWIJZING_WJSG: an OOV-adviseur reads OM's data only through a disclosure the officier
 *   decided VERSTREKT to that burgemeester; which items it opens, the disclosure itself says.
 *
 * For the person as a whole (no bronhouder) a ground holds when it holds for any of the person's
 * records; lists of several owners' records are then narrowed per record (`list-scope.ts`).
 * Nobody else (DJI, gemeenten, reclassering, Justid, ZVH, privacy officers) has a ground here:
 * delict information never reaches a gemeente's nazorg staff. Justid only delivers.
 */
export const omBurgemeesterPolicy: AccessPolicy<OmBurgemeesterContext> = {
  party: 'om-burgemeester',
  subjects: {
    Justitiabele: subjectOf<Justitiabele>((justitiabele) => bySkn(justitiabele.id)),
    Strafzaak: subjectOf<OfJustitiabele>((zaak) => bySkn(zaak.justitiabeleId, OM)),
    ViBeslissing: subjectOf<OfJustitiabele>((beslissing) => bySkn(beslissing.justitiabeleId, OM)),
    OpdrachtTotAdvies: subjectOf<OfJustitiabele>((opdracht) => bySkn(opdracht.justitiabeleId, OM)),
    Verstrekking: subjectOf<OfJustitiabele>((verstrekking) => bySkn(verstrekking.justitiabeleId, OM)),
    BijMelding: subjectOf<BijMelding>((melding) =>
      bySkn(melding.justitiabeleId, burgemeesterVan(melding.terugkeergemeente)),
    ),
    Zienswijze: subjectOf<Zienswijze>((zienswijze) => bySkn(zienswijze.justitiabeleId, zienswijze.burgemeester)),
    Omgevingsanalyse: subjectOf<Omgevingsanalyse>((analyse) => bySkn(analyse.justitiabeleId, analyse.burgemeester)),
  },
  grounds: {
    EIGEN_TAAK: async (caller, { nummer, bronhouder }, context) => {
      if (isOfficier(caller)) {
        // OM's task covers every person it prosecutes; of a burgemeester's records only what reached OM.
        return bronhouder === undefined || bronhouder === OM || (await sentToOm(nummer, bronhouder, context));
      }
      if (isOovAdviseur(caller)) {
        return bronhouder === undefined ? holdsOwnRecords(caller, nummer, context) : bronhouder === caller.organisatie;
      }
      return false;
    },
    ART_11A_BJSG: async (caller, { nummer, bronhouder }, context) =>
      isOovAdviseur(caller) &&
      (bronhouder === undefined || bronhouder === caller.organisatie) &&
      (await recordsFor(nummer, context)).bijMeldingen.some((melding) => melding.terugkeergemeente === caller.code),
    AANWIJZING_WJSG: async (caller, { nummer, bronhouder }, context) =>
      isOovAdviseur(caller) &&
      (bronhouder === undefined || bronhouder === OM) &&
      (await recordsFor(nummer, context)).verstrekkingen.some((verstrekking) => isVerstrektAan(verstrekking, caller)),
  },
};

/**
 * The records a burgemeester's grounds are decided from, read together: whichever ground is
 * checked first asks for all of them, so references to many people cost one statement per
 * table, however the checks of each person end.
 */
async function recordsFor(nummer: string, { loaders }: OmBurgemeesterContext) {
  const [bijMeldingen, verstrekkingen, zienswijzen, omgevingsanalyses] = await Promise.all([
    loaders.bijMeldingen.load(nummer),
    loaders.verstrekkingen.load(nummer),
    loaders.zienswijzen.load(nummer),
    loaders.omgevingsanalyses.load(nummer),
  ]);
  return { bijMeldingen, verstrekkingen, zienswijzen, omgevingsanalyses };
}

/** Whether the burgemeester `bronhouder` sent OM a zienswijze or omgevingsanalyse on this person. */
async function sentToOm(nummer: string, bronhouder: string, { loaders }: OmBurgemeesterContext): Promise<boolean> {
  const [zienswijzen, analyses] = await Promise.all([
    loaders.zienswijzen.load(nummer),
    loaders.omgevingsanalyses.load(nummer),
  ]);
  return [...zienswijzen, ...analyses].some(
    (stuk) => stuk.burgemeester === bronhouder && stuk.verzondenAanOmOp !== null,
  );
}

/** Whether the caller's burgemeester holds records of its own on this person: a BIJ-melding, a zienswijze or an omgevingsanalyse. */
async function holdsOwnRecords(caller: Caller, nummer: string, context: OmBurgemeesterContext): Promise<boolean> {
  const { bijMeldingen, zienswijzen, omgevingsanalyses } = await recordsFor(nummer, context);
  return (
    bijMeldingen.some((melding) => melding.terugkeergemeente === caller.code) ||
    [...zienswijzen, ...omgevingsanalyses].some((stuk) => stuk.burgemeester === caller.organisatie)
  );
}
