import {
  Basisvoorwaarde,
  clientError,
  DatumScalar,
  gemeenteEnBsn,
  genoemdeGemeente,
  isNieuwereMelding,
} from '@ketengraaf/subgraph-kit';
import type { Betrokkene, MeldingOntvangst, OntvangenMelding } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { GemeenteRol } from '../entities/nazorgdossier.entity';
import type { GemeldeHulpvraag, NazorgdossierEntity } from '../entities/nazorgdossier.entity';

import { aanmelding } from './aanmelding';
import { overdrachtMeldingen } from './overdracht-commands';

/** DJI's meldingen about a resident's detention (art. 51c WJSG) and screening (art. 18a Pbw). */
export const DETENTIE_BEGONNEN = 'nl.ketengraaf.dji.detentie.begonnen';
export const DETENTIE_EINDE_GEWIJZIGD = 'nl.ketengraaf.dji.detentie.einde-gewijzigd';
export const DETENTIE_BEEINDIGD = 'nl.ketengraaf.dji.detentie.beeindigd';
export const DETENTIE_VERVROEGD_BEEINDIGD = 'nl.ketengraaf.dji.detentie.vervroegd-beeindigd';
export const SCREENING_INFORMATIEVERZOEK = 'nl.ketengraaf.dji.screening.informatieverzoek';
export const SCREENING_HULPVRAGEN = 'nl.ketengraaf.dji.screening.hulpvragen';

/**
 * The gemeente's lopende dossier (AANGEMELD or OPEN) on the person a DJI melding is about, locked
 * for the change; when it has none, an AANGEMELD one (no nazorgcoördinator yet) opens from the
 * melding. It keeps only what the melding says: the person's BSN, the gemeente's part, who notified
 * it (`aangemeldDoor`), the day it did and DJI's reference; the stay itself the gemeente reads from
 * DJI through the graph, on art. 51c WJSG.
 */
async function lopendDossier(manager: EntityManager, melding: OntvangenMelding): Promise<NazorgdossierEntity> {
  const { gemeentecode, bsn } = gemeenteEnBsn(melding);
  const rol =
    melding.data['rol'] === 'HERKOMSTGEMEENTE' ? GemeenteRol.HERKOMSTGEMEENTE : GemeenteRol.ONTVANGENDE_GEMEENTE;
  const herkomstgemeente = genoemdeGemeente(melding, 'herkomstgemeente');
  const ontvangendeGemeente = genoemdeGemeente(melding, 'ontvangendeGemeente');
  if ((rol === GemeenteRol.HERKOMSTGEMEENTE ? herkomstgemeente : ontvangendeGemeente) !== gemeentecode) {
    throw clientError('INVALID_INPUT', `The melding names gemeente ${gemeentecode} in no part it plays.`);
  }
  const dossier = await aanmelding(manager, {
    gemeentecode,
    bsn,
    rol,
    herkomstgemeente,
    ontvangendeGemeente,
    aangemeldDoor: melding.afzender,
    geopendOp: melding.tijdstip.slice(0, 10),
  });
  dossier.detentieReferentie = melding.subject;
  return dossier;
}

/** A receipt that keeps one of DJI's dates on the lopende dossier, only when the melding is newer than the last applied there. */
function keepDateOnDossier(
  keep: (dossier: NazorgdossierEntity, data: OntvangenMelding['data']) => void,
): MeldingOntvangst['ontvang'] {
  return keepOnDossier((dossier, data, melding) => {
    if (!isNieuwereMelding(melding, dossier.detentieGemeldOp)) {
      return;
    }
    keep(dossier, data);
    dossier.detentieGemeldOp = new Date(melding.tijdstip);
  });
}

/** A receipt that keeps, on the lopende dossier, what `keep` takes from the melding. */
function keepOnDossier(
  keep: (dossier: NazorgdossierEntity, data: OntvangenMelding['data'], melding: OntvangenMelding) => void,
): MeldingOntvangst['ontvang'] {
  return async (manager, melding) => {
    const dossier = await lopendDossier(manager, melding);
    keep(dossier, melding.data, melding);
    await manager.save(dossier);
    return { soort: 'BSN', nummer: dossier.bsn, bronhouder: `gemeente:${dossier.gemeentecode}` } satisfies Betrokkene;
  };
}

function datum(data: OntvangenMelding['data'], key: string): string {
  return DatumScalar.parseValue(data[key]);
}

function hulpvragen(data: OntvangenMelding['data']): GemeldeHulpvraag[] {
  const given = data['hulpvragen'];
  if (!Array.isArray(given)) {
    throw clientError('INVALID_INPUT', 'The melding carries no list of hulpvragen.');
  }
  const domeinen: readonly Basisvoorwaarde[] = Object.values(Basisvoorwaarde);
  return given.map((vraag: Record<string, unknown>) => {
    const domein = domeinen.find((candidate) => candidate === vraag['domein']);
    if (!domein) {
      throw clientError('INVALID_INPUT', `A hulpvraag names no basisvoorwaarde (${String(vraag['domein'])}).`);
    }
    return {
      domein,
      hulpvraag: vraag['hulpvraag'] === true,
      toelichting: typeof vraag['toelichting'] === 'string' ? vraag['toelichting'] : null,
    };
  });
}

/** The meldingen the gemeente subgraph's inbox accepts: DJI's and another gemeente's handover, each on its ground. */
export const gemeenteMeldingen: readonly MeldingOntvangst[] = [
  { type: DETENTIE_BEGONNEN, van: ['dji'], grondslag: 'ART_51C_WJSG', ontvang: keepOnDossier(() => undefined) },
  {
    type: DETENTIE_EINDE_GEWIJZIGD,
    van: ['dji'],
    grondslag: 'ART_51C_WJSG',
    ontvang: keepDateOnDossier((dossier, data) => {
      // DJI may no longer expect a date at all.
      dossier.gemeldeVerwachteUitstroomdatum =
        data['verwachteUitstroomdatum'] == null ? null : datum(data, 'verwachteUitstroomdatum');
    }),
  },
  {
    type: DETENTIE_BEEINDIGD,
    van: ['dji'],
    grondslag: 'ART_51C_WJSG',
    ontvang: keepDateOnDossier((dossier, data) => {
      dossier.gemeldeUitstroomdatum = datum(data, 'uitstroomdatum');
    }),
  },
  {
    // "… waardoor een ex-gedetineerde sneller eerder vrijkomt dan verwacht" (seed 004 l. 219–221):
    // the date of the end of detention, on art. 51c WJSG like any uitstroom, told as unexpected.
    type: DETENTIE_VERVROEGD_BEEINDIGD,
    van: ['dji'],
    grondslag: 'ART_51C_WJSG',
    ontvang: keepDateOnDossier((dossier, data) => {
      dossier.gemeldeUitstroomdatum = datum(data, 'uitstroomdatum');
      dossier.uitstroomVervroegd = true;
    }),
  },
  {
    type: SCREENING_INFORMATIEVERZOEK,
    van: ['dji'],
    grondslag: 'ART_18A_PBW',
    ontvang: keepOnDossier((dossier, data) => {
      dossier.screeningInformatieGevraagdVoor = datum(data, 'screeningUiterlijk');
    }),
  },
  {
    type: SCREENING_HULPVRAGEN,
    van: ['dji'],
    grondslag: 'ART_18A_PBW',
    ontvang: keepOnDossier((dossier, data) => {
      dossier.gemeldeScreeningdatum = datum(data, 'screeningdatum');
      dossier.gemeldeHulpvragen = hulpvragen(data);
    }),
  },
  ...overdrachtMeldingen,
];
