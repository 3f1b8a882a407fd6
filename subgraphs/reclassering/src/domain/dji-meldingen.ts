import { clientError, DatumScalar, isNieuwereMelding } from '@ketengraaf/subgraph-kit';
import type { MeldingOntvangst, OntvangenMelding } from '@ketengraaf/subgraph-kit';

import { ScreeningmeldingEntity, ScreeningmeldingSoort } from '../entities/screeningmelding.entity';
import type { GemeldeHulpvraagRow } from '../entities/screeningmelding.entity';
import { ToezichtEntity, ToezichtStatus } from '../entities/toezicht.entity';

/** DJI's casemanager's meldingen about the screening (art. 18a Pbw). */
export const SCREENING_INFORMATIEVERZOEK = 'nl.ketengraaf.dji.screening.informatieverzoek';
export const SCREENING_HULPVRAGEN = 'nl.ketengraaf.dji.screening.hulpvragen';
/** DJI's melding of an unexpected early release, sent ahead of its other meldingen. */
export const DETENTIE_VERVROEGD_BEEINDIGD = 'nl.ketengraaf.dji.detentie.vervroegd-beeindigd';

/**
 * DJI sends these only to a reclassering organisation it recorded as taking part in the
 * re-integration ("reclassering (indien bekend)", seed 001 Bijlage I l. 560–562), which may be
 * before the organisation holds an advies or toezicht on the person: so it keeps what the melding
 * says as a screeningmelding of its own (whose, from which location, the dates and hulpvragen, DJI's
 * reference) for its adviseurs and toezichthouders, and the receipt is recorded in the receiving
 * organisation's part of the log about the person by strafrechtsketennummer.
 */
function ontvangScreeningmelding(soort: ScreeningmeldingSoort): MeldingOntvangst['ontvang'] {
  return async (manager, melding) => {
    const nummer = strafrechtsketennummer(melding);
    const datum = (key: string): string | null =>
      melding.data[key] == null ? null : DatumScalar.parseValue(melding.data[key]);
    await manager.insert(ScreeningmeldingEntity, {
      justitiabeleId: nummer,
      organisatie: melding.ontvanger,
      afzender: melding.afzender,
      soort,
      screeningUiterlijk: datum('screeningUiterlijk'),
      screeningdatum: datum('screeningdatum'),
      hulpvragen: soort === ScreeningmeldingSoort.HULPVRAGEN ? hulpvragen(melding) : null,
      gemeldOp: melding.tijdstip.slice(0, 10),
      referentie: melding.subject,
    });
    return { soort: 'SKN', nummer, bronhouder: melding.ontvanger };
  };
}

function hulpvragen(melding: OntvangenMelding): GemeldeHulpvraagRow[] {
  const given = melding.data['hulpvragen'];
  if (!Array.isArray(given)) {
    throw clientError('INVALID_INPUT', 'The melding carries no list of hulpvragen.');
  }
  return given.map((vraag: Record<string, unknown>) => {
    if (typeof vraag['domein'] !== 'string') {
      throw clientError('INVALID_INPUT', 'A hulpvraag names no domein.');
    }
    return {
      domein: vraag['domein'],
      hulpvraag: vraag['hulpvraag'] === true,
      toelichting: typeof vraag['toelichting'] === 'string' ? vraag['toelichting'] : null,
    };
  });
}

function strafrechtsketennummer(melding: OntvangenMelding): string {
  const nummer = melding.data['strafrechtsketennummer'];
  if (typeof nummer !== 'string' || nummer.trim() === '') {
    throw clientError('INVALID_INPUT', 'The melding names no strafrechtsketennummer.');
  }
  return nummer;
}

/**
 * An unexpected early release ("… waardoor een ex-gedetineerde sneller eerder vrijkomt dan
 * verwacht … voldoende tijd … voor gemeente en reclassering om de terugkeer goed voor te bereiden",
 * seed 004 l. 219–223): the receiving organisation keeps the day on its lopende toezicht on the
 * person, where its toezichthouder sees it, only when the melding is newer than the one it keeps;
 * without a lopende toezicht, the inbox row is all it keeps.
 */
const ontvangVervroegdeInvrijheidstelling: MeldingOntvangst['ontvang'] = async (manager, melding) => {
  const nummer = strafrechtsketennummer(melding);
  const uitstroomdatum = DatumScalar.parseValue(melding.data['uitstroomdatum']);
  const toezichten = await manager.find(ToezichtEntity, {
    where: { justitiabeleId: nummer, organisatie: melding.ontvanger, status: ToezichtStatus.LOPEND },
    lock: { mode: 'pessimistic_write' },
  });
  for (const toezicht of toezichten.filter((candidate) => isNieuwereMelding(melding, candidate.vervroegdGemeldOp))) {
    toezicht.gemeldeVervroegdeInvrijheidstelling = uitstroomdatum;
    toezicht.vervroegdGemeldOp = new Date(melding.tijdstip);
    await manager.save(toezicht);
  }
  return { soort: 'SKN', nummer, bronhouder: melding.ontvanger };
};

/** The meldingen the reclassering subgraph's inbox accepts about a detention: DJI's screening's, and an early release from DJI or OM. */
export const djiMeldingen: readonly MeldingOntvangst[] = [
  {
    type: SCREENING_INFORMATIEVERZOEK,
    van: ['dji'],
    grondslag: 'ART_18A_PBW',
    ontvang: ontvangScreeningmelding(ScreeningmeldingSoort.INFORMATIEVERZOEK),
  },
  {
    type: SCREENING_HULPVRAGEN,
    van: ['dji'],
    grondslag: 'ART_18A_PBW',
    ontvang: ontvangScreeningmelding(ScreeningmeldingSoort.HULPVRAGEN),
  },
  {
    type: DETENTIE_VERVROEGD_BEEINDIGD,
    van: ['dji'],
    grondslag: 'ART_18A_PBW',
    ontvang: ontvangVervroegdeInvrijheidstelling,
  },
  // OM brings its VI forward and tells the organisation supervising its conditions, on its opdracht.
  {
    type: DETENTIE_VERVROEGD_BEEINDIGD,
    van: ['om'],
    grondslag: 'OPDRACHT_OM',
    ontvang: ontvangVervroegdeInvrijheidstelling,
  },
];
