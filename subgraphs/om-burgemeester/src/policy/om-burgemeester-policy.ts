import { subjectOf } from '@ketengraaf/subgraph-kit';
import type { AccessPolicy, Betrokkene, Caller, GroundResult } from '@ketengraaf/subgraph-kit';

import type { ViBeslissingEntity } from '../entities/vi-beslissing.entity';
import type { OmBurgemeesterContext } from '../graphql/context';
import type { BijMelding } from '../graphql/bij-melding.type';
import type { Justitiabele } from '../graphql/justitiabele.type';
import type { Omgevingsanalyse } from '../graphql/omgevingsanalyse.type';
import type { ViBeslissing } from '../graphql/vi-beslissing.type';
import type { Zienswijze } from '../graphql/zienswijze.type';

import { inBijDoelgroep } from '../domain/bij-melding-verwacht';

import { burgemeesterVan, isBijMedewerker, isOfficier, isOovAdviseur, isToezichthouder, OM } from './bronhouder';
import { isVerstrektAan } from './list-scope';

/** Objects of OM's own records: they know their person by chain id. */
type OfJustitiabele = { justitiabeleId: string };

/** The person as a whole (no bronhouder), or one owner's record about them, or one record itself. */
function bySkn(nummer: string, bronhouder?: string, record?: string): Betrokkene {
  if (bronhouder === undefined) {
    return { soort: 'SKN', nummer };
  }
  return record === undefined ? { soort: 'SKN', nummer, bronhouder } : { soort: 'SKN', nummer, bronhouder, record };
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
 * - OPDRACHT_OM: a toezichthouder of the reclassering organisation OM assigned to supervise a
 *   VI's conditions reads that VI-beslissing, conditions and herroeping included: the reclassering
 *   supervises those conditions on OM's opdracht and the VI is revoked when they are broken (seed
 *   004 l. 148–154, which name no article). That is not the reclassering's own task in OM's
 *   records, so it is logged under a ground of its own. Nothing else of OM's reaches it: not the
 *   delictcategorie, the slachtofferomgeving, the opdrachten or the disclosures.
 * - ART_11A_BJSG: the OOV-adviseur of the burgemeester of the terugkeergemeente reads the
 *   BIJ-meldingen Justid sent to that burgemeester. Justid's BIJ desk (`bij-medewerker`) reads, of a
 *   person OM's cases put in the BIJ target group, whether a melding is due: seed 002 l. 619–625
 *   ("Op basis van deze regeling informeert de Justitiële Informatiedienst (Justid) de burgemeester
 *   waar de (ex-) gedetineerde naar terugkeert over de vrijlating van de gedetineerde die
 *   veroordeeld is voor ernstige gewelds- en zedendelicten"), seed 004 l. 67–69 ("60 dagen voordat
 *   … terugkeert"). Only the person as a whole, decided from and logged as OM's records: none of
 *   the burgemeesters' records (the meldingen themselves stay theirs), no delict of OM's.
 * - AANWIJZING_WJSG: an OOV-adviseur reads OM's data only through a disclosure the officier
 *   decided VERSTREKT to that burgemeester; which items it opens, the disclosure itself says.
 *
 * For the person as a whole (no bronhouder) a ground holds when it holds for any of the person's
 * records, and the check names the owners of those records: the read is then logged as theirs, so
 * one burgemeester's privacy officer never learns of another's reads. Lists of several owners'
 * records are narrowed per record (`list-scope.ts` and the guard).
 * Nobody else (DJI, gemeenten, a reclassering adviseur, Justid, ZVH, privacy officers) has a
 * ground here: delict information never reaches a gemeente's nazorg staff. Justid delivers, and
 * learns only whether a melding is due.
 */
export const omBurgemeesterPolicy: AccessPolicy<OmBurgemeesterContext> = {
  party: 'om-burgemeester',
  subjects: {
    Justitiabele: subjectOf<Justitiabele>((justitiabele) => bySkn(justitiabele.id)),
    Strafzaak: subjectOf<OfJustitiabele>((zaak) => bySkn(zaak.justitiabeleId, OM)),
    // Per decision: a toezichthouder reads only the VI-beslissingen its organisation supervises.
    ViBeslissing: subjectOf<ViBeslissing>((beslissing) => bySkn(beslissing.justitiabeleId, OM, beslissing.id)),
    OpdrachtTotAdvies: subjectOf<OfJustitiabele>((opdracht) => bySkn(opdracht.justitiabeleId, OM)),
    ZaakWerkvoorraadItem: subjectOf<OfJustitiabele>((item) => bySkn(item.justitiabeleId, OM)),
    Reclasseringsmelding: subjectOf<OfJustitiabele>((melding) => bySkn(melding.justitiabeleId, OM)),
    Verstrekking: subjectOf<OfJustitiabele>((verstrekking) => bySkn(verstrekking.justitiabeleId, OM)),
    BijMelding: subjectOf<BijMelding>((melding) =>
      bySkn(melding.justitiabeleId, burgemeesterVan(melding.terugkeergemeente)),
    ),
    Zienswijze: subjectOf<Zienswijze>((zienswijze) => bySkn(zienswijze.justitiabeleId, zienswijze.burgemeester)),
    Omgevingsanalyse: subjectOf<Omgevingsanalyse>((analyse) => bySkn(analyse.justitiabeleId, analyse.burgemeester)),
  },
  grounds: {
    EIGEN_TAAK: async (caller, { nummer, bronhouder }, context): Promise<GroundResult> => {
      if (isOfficier(caller)) {
        // OM's task covers every person it prosecutes; of a burgemeester's records only what reached OM.
        if (bronhouder === undefined) {
          return [OM];
        }
        return bronhouder === OM || (await sentToOm(nummer, bronhouder, context));
      }
      if (isOovAdviseur(caller)) {
        if (bronhouder === undefined) {
          return (await holdsOwnRecords(caller, nummer, context)) ? [caller.organisatie] : [];
        }
        return bronhouder === caller.organisatie;
      }
      return false;
    },
    OPDRACHT_OM: async (caller, { nummer, bronhouder, record }, context): Promise<GroundResult> => {
      if (!isToezichthouder(caller)) {
        return false;
      }
      const supervised = await supervisedBy(caller, nummer, context);
      if (bronhouder === undefined) {
        return supervised.length > 0 ? [OM] : [];
      }
      return bronhouder === OM && supervised.some((beslissing) => beslissing.id === record);
    },
    ART_11A_BJSG: async (caller, { nummer, bronhouder }, context): Promise<GroundResult> => {
      if (isBijMedewerker(caller)) {
        return bronhouder === undefined && inBijDoelgroep(await context.loaders.strafzaken.load(nummer)) ? [OM] : false;
      }
      if (!isOovAdviseur(caller) || (bronhouder !== undefined && bronhouder !== caller.organisatie)) {
        return false;
      }
      // The meldingen for its gemeente are the caller's burgemeester's own records. Only they: the
      // OOV-adviseur's page holds each person by a melding, so this ground decides it alone, and the
      // disclosures and documents (`recordsFor`) are read only when a later ground asks for them.
      const bijMeldingen = await context.loaders.bijMeldingen.load(nummer);
      return bijMeldingen.some((melding) => melding.terugkeergemeente === caller.code) ? [caller.organisatie] : [];
    },
    AANWIJZING_WJSG: async (caller, { nummer, bronhouder }, context): Promise<GroundResult> => {
      if (!isOovAdviseur(caller) || (bronhouder !== undefined && bronhouder !== OM)) {
        return false;
      }
      const { verstrekkingen } = await recordsFor(nummer, context);
      // The disclosures are OM's records: what they open is read from OM's part of the log.
      return verstrekkingen.some((verstrekking) => isVerstrektAan(verstrekking, caller)) ? [OM] : [];
    },
  },
};

/**
 * The records a burgemeester's grounds are decided from, read together: whichever ground after
 * ART_11A_BJSG is checked first asks for all of them, so references to many people cost one
 * statement per table, however the checks of each person end (the meldingen are read once: the
 * loader keeps them).
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

/** The person's VI-beslissingen OM assigned the caller's reclassering organisation to supervise. */
async function supervisedBy(
  caller: Caller,
  nummer: string,
  { loaders }: OmBurgemeesterContext,
): Promise<ViBeslissingEntity[]> {
  return (await loaders.viBeslissingen.load(nummer)).filter(
    (beslissing) => beslissing.toezichthoudendeOrganisatie === caller.organisatie,
  );
}
