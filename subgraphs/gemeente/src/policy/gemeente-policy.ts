import { subjectOf } from '@ketengraaf/subgraph-kit';
import type { AccessPolicy, Betrokkene, Caller } from '@ketengraaf/subgraph-kit';

import type { NazorgdossierEntity } from '../entities/nazorgdossier.entity';
import type { GemeenteContext } from '../graphql/context';
import type { Justitiabele } from '../graphql/justitiabele.type';
import type { Nazorgdossier } from '../graphql/nazorgdossier.type';

/**
 * Who may read the gemeenten's data, decided from the dossiers themselves. One deployment keeps
 * the dossiers of many gemeenten, each the owner (bronhouder) of its own: a gemeente reads its own
 * dossiers (own task); the organisation that notified the gemeente reads what the re-integration
 * needs (art. 18a Pbw: DJI as a whole, a reclassering organisation as itself); the Zorg- en
 * Veiligheidshuis the dossier names reads it for its casusoverleg (Wgs).
 */
export const gemeentePolicy: AccessPolicy<GemeenteContext> = {
  party: 'gemeente',
  subjects: {
    Justitiabele: subjectOf<Justitiabele>((justitiabele) => ({ soort: 'BSN', nummer: justitiabele.bsn })),
    Nazorgdossier: subjectOf<Nazorgdossier>((dossier) => ({
      soort: 'BSN',
      nummer: dossier.bsn,
      bronhouder: `gemeente:${dossier.gemeentecode}`,
    })),
  },
  grounds: {
    EIGEN_TAAK: (caller, betrokkene, context) =>
      caller.soort === 'gemeente' &&
      caller.rol === 'nazorgcoordinator' &&
      someDossier(betrokkene, context, (dossier) => dossier.gemeentecode === caller.code),
    ART_18A_PBW: (caller, betrokkene, context) =>
      takesPartInReintegration(caller) && someDossier(betrokkene, context, (dossier) => notifiedBy(dossier, caller)),
    WGS: (caller, betrokkene, context) =>
      caller.soort === 'zvh' &&
      someDossier(betrokkene, context, (dossier) => dossier.zvhBetrokken && sameName(dossier.zvhNaam, caller.code)),
  },
};

/** Whether one of the person's dossiers (or, for a dossier, that dossier itself) passes `test`. */
async function someDossier(
  betrokkene: Betrokkene,
  { loaders }: GemeenteContext,
  test: (dossier: NazorgdossierEntity) => boolean,
): Promise<boolean> {
  const dossiers = await loaders.nazorgdossiers.load(betrokkene.nummer);
  return dossiers.some(
    (dossier) =>
      (!betrokkene.bronhouder || betrokkene.bronhouder === `gemeente:${dossier.gemeentecode}`) && test(dossier),
  );
}

function takesPartInReintegration(caller: Caller): boolean {
  return (
    (caller.soort === 'dji' && caller.rol === 'casemanager') ||
    (caller.soort === 'reclassering' && (caller.rol === 'adviseur' || caller.rol === 'toezichthouder'))
  );
}

/** DJI notifies as one service, whichever location; a reclassering organisation as itself. */
function notifiedBy(dossier: NazorgdossierEntity, caller: Caller): boolean {
  return caller.soort === 'dji'
    ? dossier.aangemeldDoor.startsWith('dji:')
    : dossier.aangemeldDoor === caller.organisatie;
}

/** A Zorg- en Veiligheidshuis is named by its organisation code: its name, with any spacing or case. */
function sameName(zvhNaam: string | null, code: string | null): boolean {
  const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return zvhNaam !== null && code !== null && normalise(zvhNaam) !== '' && normalise(zvhNaam) === normalise(code);
}
