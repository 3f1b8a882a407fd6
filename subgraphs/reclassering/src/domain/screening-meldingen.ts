import { clientError } from '@ketengraaf/subgraph-kit';
import type { MeldingOntvangst } from '@ketengraaf/subgraph-kit';

/** DJI's casemanager's meldingen about the screening (art. 18a Pbw). */
export const SCREENING_INFORMATIEVERZOEK = 'nl.ketengraaf.dji.screening.informatieverzoek';
export const SCREENING_HULPVRAGEN = 'nl.ketengraaf.dji.screening.hulpvragen';

/**
 * DJI sends these only to a reclassering organisation it recorded as taking part in the
 * re-integration ("reclassering (indien bekend)", seed 001 Bijlage I l. 560–562), which may be
 * before the organisation holds an advies or toezicht on the person: so the inbox row, what the
 * melding says, is all the organisation keeps, and it is recorded in the receiving organisation's
 * part of the log about the person by strafrechtsketennummer.
 */
const ontvang: MeldingOntvangst['ontvang'] = (_manager, melding) => {
  const nummer = melding.data['strafrechtsketennummer'];
  if (typeof nummer !== 'string' || nummer.trim() === '') {
    return Promise.reject(clientError('INVALID_INPUT', 'The melding names no strafrechtsketennummer.'));
  }
  return Promise.resolve({ soort: 'SKN', nummer, bronhouder: melding.ontvanger });
};

/** The meldingen the reclassering subgraph's inbox accepts from DJI. */
export const screeningMeldingen: readonly MeldingOntvangst[] = [
  { type: SCREENING_INFORMATIEVERZOEK, van: ['dji'], grondslag: 'ART_18A_PBW', ontvang },
  { type: SCREENING_HULPVRAGEN, van: ['dji'], grondslag: 'ART_18A_PBW', ontvang },
];
