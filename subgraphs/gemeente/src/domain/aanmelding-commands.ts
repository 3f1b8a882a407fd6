import { clientError, parseBsn, parseGemeentecode } from '@ketengraaf/subgraph-kit';
import type { Betrokkene, MeldingOntvangst, OntvangenMelding } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { GemeenteRol } from '../entities/nazorgdossier.entity';

import { aanmelding } from './aanmelding';
import { overdrachtMeldingen } from './overdracht-commands';

/** DJI's melding that a resident's detention began (art. 51c WJSG). */
export const DETENTIE_BEGONNEN = 'nl.ketengraaf.dji.detentie.begonnen';

/**
 * Opens an AANGEMELD nazorgdossier from DJI's melding that a resident's detention began, unless the
 * gemeente already has one open or aangemeld on the person. It keeps only what the melding says:
 * the person's BSN, the gemeente's part, who notified it (`aangemeldDoor`) and the day it did; the
 * stay itself the gemeente reads from DJI through the graph, on art. 51c WJSG.
 */
export async function ontvangDetentieBegonnen(manager: EntityManager, melding: OntvangenMelding): Promise<Betrokkene> {
  const gemeentecode = parseGemeentecode(melding.ontvanger.replace(/^gemeente:/, ''));
  const bsn = parseBsn(String(melding.data['bsn']));
  const rol =
    melding.data['rol'] === 'HERKOMSTGEMEENTE' ? GemeenteRol.HERKOMSTGEMEENTE : GemeenteRol.ONTVANGENDE_GEMEENTE;
  const gemeenteOf = (key: string): string | null =>
    typeof melding.data[key] === 'string' ? parseGemeentecode(melding.data[key]) : null;
  const herkomstgemeente = gemeenteOf('herkomstgemeente');
  const ontvangendeGemeente = gemeenteOf('ontvangendeGemeente');
  if ((rol === GemeenteRol.HERKOMSTGEMEENTE ? herkomstgemeente : ontvangendeGemeente) !== gemeentecode) {
    throw clientError('INVALID_INPUT', `The melding names gemeente ${gemeentecode} in no part it plays.`);
  }
  await aanmelding(manager, {
    gemeentecode,
    bsn,
    rol,
    herkomstgemeente,
    ontvangendeGemeente,
    aangemeldDoor: melding.afzender,
    geopendOp: melding.tijdstip.slice(0, 10),
  });
  return { soort: 'BSN', nummer: bsn, bronhouder: `gemeente:${gemeentecode}` };
}

/** The meldingen the gemeente subgraph's inbox accepts. */
export const gemeenteMeldingen: readonly MeldingOntvangst[] = [
  { type: DETENTIE_BEGONNEN, van: ['dji'], grondslag: 'ART_51C_WJSG', ontvang: ontvangDetentieBegonnen },
  ...overdrachtMeldingen,
];
