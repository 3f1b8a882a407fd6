import { clientError, isCalendarDate, isUuid, meldInBehandeling, requireText } from '@ketengraaf/subgraph-kit';
import type { Betrokkene, MeldingOntvangst, OntvangenMelding, OutboxWriter, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { AdviesopdrachtEntity } from '../entities/adviesopdracht.entity';

import { parseJustitiabeleId, parseReclasseringsorganisatie } from './validation';

/** OM's melding that it asks a reclassering organisation for an advies (its sender's event type). */
export const ADVIES_GEVRAAGD = 'nl.ketengraaf.om.advies.gevraagd';

/**
 * Keeps OM's opdracht tot advies as the melding says it, for the adviseurs of the organisation
 * asked: "Het OM geeft de reclassering de opdracht om advies uit te brengen" (seed 004, l. 16).
 * Whose, which day, what OM asks and OM's reference; the case itself stays with OM.
 */
export async function ontvangAdviesopdracht(manager: EntityManager, melding: OntvangenMelding): Promise<Betrokkene> {
  const organisatie = parseReclasseringsorganisatie(melding.ontvanger);
  const { justitiabeleId: id, datum, vraag } = melding.data;
  const justitiabeleId = parseJustitiabeleId(typeof id === 'string' ? id : '');
  if (typeof datum !== 'string' || !isCalendarDate(datum)) {
    throw clientError('INVALID_INPUT', "The melding's datum is not an ISO date (yyyy-mm-dd).");
  }
  if (!melding.subject.startsWith('opdracht-tot-advies/')) {
    throw clientError('INVALID_INPUT', "The melding's subject names no opdracht tot advies of OM.");
  }
  await manager.insert(AdviesopdrachtEntity, {
    justitiabeleId,
    organisatie,
    opdrachtgever: melding.afzender,
    datum,
    vraag: requireText(typeof vraag === 'string' ? vraag : '', 'The question to the reclassering (vraag)'),
    referentie: melding.subject,
  });
  return { soort: 'SKN', nummer: justitiabeleId, bronhouder: organisatie };
}

/**
 * An adviseur of the organisation asked takes the opdracht up: OM's melding of it is then
 * IN_BEHANDELING, and OM is told so (`meldInBehandeling`), in the change's transaction. Another
 * organisation's opdracht, or none, is refused alike and recorded.
 */
export async function neemAdviesopdrachtInBehandeling(
  manager: EntityManager,
  outbox: OutboxWriter,
  id: string,
  access: Refusals,
): Promise<AdviesopdrachtEntity> {
  const opdracht = isUuid(id) ? await manager.findOneBy(AdviesopdrachtEntity, { id }) : null;
  if (!opdracht) {
    throw access.refuseChange(`adviesopdracht ${id}`);
  }
  await access.authorizeChangeOfRecord('Adviesopdracht', opdracht, `Adviesopdracht ${id}`);
  await meldInBehandeling(manager, outbox, opdracht.organisatie, { subject: opdracht.referentie });
  return opdracht;
}

/** The meldingen the reclassering's inbox accepts: OM's opdracht tot advies, from OM only. */
export const reclasseringMeldingen: readonly MeldingOntvangst[] = [
  { type: ADVIES_GEVRAAGD, van: ['om'], grondslag: 'OPDRACHT_OM', ontvang: ontvangAdviesopdracht },
];
