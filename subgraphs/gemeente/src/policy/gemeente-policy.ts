import { namesZorgEnVeiligheidshuis, subjectOf } from '@ketengraaf/subgraph-kit';
import type { AccessPolicy, Betrokkene, Caller, GroundResult } from '@ketengraaf/subgraph-kit';

import type { NazorgdossierEntity } from '../entities/nazorgdossier.entity';
import type { GemeenteContext } from '../graphql/context';
import type { Justitiabele } from '../graphql/justitiabele.type';
import type { Nazorgdossier } from '../graphql/nazorgdossier.type';

/**
 * Who may read the gemeenten's data, decided from the dossiers themselves. One deployment keeps
 * the dossiers of many gemeenten, each the owner (bronhouder) of its own: a gemeente reads its own
 * dossiers (own task); the organisation that notified the gemeente reads what the re-integration
 * needs (art. 18a Pbw: the DJI location or reclassering organisation the dossier names, as itself);
 * the Zorg- en Veiligheidshuis the dossier names reads it for its casusoverleg (Wgs); the gemeente's
 * own social-domain system reads its dossiers' basisvoorwaarden (Wmo 2015, Participatiewet). A read of the
 * person as such is granted by, and logged as, each gemeente whose dossier grants it.
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
    // The gemeente's own social-domain system, by a client-credentials token: "gemeenten kunnen
    // … budgetten (bijvoorbeeld op grond van de Wet maatschappelijke ondersteuning of de
    // Participatiewet) inzetten voor re-integratietrajecten op gebied van zorg, wonen en werk"
    // (seed 002 l. 173–177). It reads its own dossiers' basisvoorwaarden and whom they are about.
    SOCIAAL_DOMEIN: (caller, betrokkene, context) =>
      caller.soort === 'gemeente' &&
      caller.rol === 'sociaal-domein-systeem' &&
      someDossier(betrokkene, context, (dossier) => dossier.gemeentecode === caller.code),
    ART_18A_PBW: (caller, betrokkene, context) =>
      takesPartInReintegration(caller) && someDossier(betrokkene, context, (dossier) => notifiedBy(dossier, caller)),
    WGS: (caller, betrokkene, context) =>
      caller.soort === 'zvh' &&
      someDossier(
        betrokkene,
        context,
        (dossier) =>
          dossier.zvhBetrokken &&
          dossier.zvhNaam !== null &&
          caller.code !== null &&
          namesZorgEnVeiligheidshuis(dossier.zvhNaam, caller.code),
      ),
  },
};

/**
 * Whether the ground holds by the person's dossiers that pass `test`: for one dossier, whether it
 * passes; for the person as such, the gemeenten whose dossiers pass, so each logs the read as its own.
 */
async function someDossier(
  betrokkene: Betrokkene,
  { loaders }: GemeenteContext,
  test: (dossier: NazorgdossierEntity) => boolean,
): Promise<GroundResult> {
  const dossiers = await loaders.nazorgdossiers.load(betrokkene.nummer);
  const owners = dossiers.filter(test).map((dossier) => `gemeente:${dossier.gemeentecode}`);
  return betrokkene.bronhouder ? owners.includes(betrokkene.bronhouder) : [...new Set(owners)];
}

function takesPartInReintegration(caller: Caller): boolean {
  return (
    (caller.soort === 'dji' && caller.rol === 'casemanager') ||
    (caller.soort === 'reclassering' && (caller.rol === 'adviseur' || caller.rol === 'toezichthouder'))
  );
}

/** The organisation that notified the gemeente, as itself: one DJI location, one reclassering organisation. */
function notifiedBy(dossier: NazorgdossierEntity, caller: Caller): boolean {
  return dossier.aangemeldDoor === caller.organisatie;
}
