import { clientError, isCalendarDate, MeldingGeweigerd } from '@ketengraaf/subgraph-kit';
import type { Betrokkene, MeldingOntvangst, OntvangenMelding } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { OpdrachtTotAdviesEntity } from '../entities/opdracht-tot-advies.entity';
import { ReclasseringsmeldingEntity, ReclasseringsmeldingSoort } from '../entities/reclasseringsmelding.entity';
import { OM } from '../policy/bronhouder';

import { parseJustitiabeleId } from './validation';

/** The reclassering's meldingen to OM (their senders' event types). */
export const OVERTREDING_GEMELD = 'nl.ketengraaf.reclassering.voorwaarde.overtreden';
export const ADVIES_UITGEBRACHT = 'nl.ketengraaf.reclassering.advies.uitgebracht';

/**
 * Keeps a reclassering's melding to OM as it says it, for the officier: whose, from which
 * organisation, which day, and the reclassering's reference (the melding's subject). The
 * overtreding itself, or the advies, the officier reads from the reclassering on OM's opdracht.
 */
function ontvangReclasseringsmelding(soort: ReclasseringsmeldingSoort, referentie: string) {
  return async (manager: EntityManager, melding: OntvangenMelding): Promise<Betrokkene> => {
    const { justitiabeleId: id, datum } = melding.data;
    const justitiabeleId = parseJustitiabeleId(typeof id === 'string' ? id : '');
    if (typeof datum !== 'string' || !isCalendarDate(datum)) {
      throw clientError('INVALID_INPUT', "The melding's datum is not an ISO date (yyyy-mm-dd).");
    }
    if (!melding.subject.startsWith(`${referentie}/`)) {
      throw clientError('INVALID_INPUT', `The melding's subject names no ${referentie} of the reclassering.`);
    }
    if (soort === ReclasseringsmeldingSoort.ADVIES) {
      await assertAdviesGevraagd(manager, melding.afzender, justitiabeleId);
    }
    await manager.insert(ReclasseringsmeldingEntity, {
      justitiabeleId,
      soort,
      organisatie: melding.afzender,
      datum,
      referentie: melding.subject,
    });
    return { soort: 'SKN', nummer: justitiabeleId, bronhouder: OM };
  };
}

/**
 * A reclassering organisation takes part in OM's case with an advies only when OM asked it for one
 * on that person ("Het OM geeft de reclassering de opdracht om advies uit te brengen", seed 004
 * l. 16): any other advies is refused and recorded, and OM keeps nothing of it.
 */
async function assertAdviesGevraagd(
  manager: EntityManager,
  organisatie: string,
  justitiabeleId: string,
): Promise<void> {
  if (!(await manager.existsBy(OpdrachtTotAdviesEntity, { organisatie, justitiabeleId }))) {
    throw new MeldingGeweigerd(`OM asked ${organisatie} for no advies on this person.`);
  }
}

/** What OM's inbox accepts: from a reclassering organisation only, on OM's opdracht. */
export const reclasseringsmeldingOntvangsten: readonly MeldingOntvangst[] = [
  {
    type: OVERTREDING_GEMELD,
    van: ['reclassering'],
    grondslag: 'OPDRACHT_OM',
    ontvang: ontvangReclasseringsmelding(ReclasseringsmeldingSoort.OVERTREDING, 'overtredingsmelding'),
  },
  {
    type: ADVIES_UITGEBRACHT,
    van: ['reclassering'],
    grondslag: 'OPDRACHT_OM',
    ontvang: ontvangReclasseringsmelding(ReclasseringsmeldingSoort.ADVIES, 'advies'),
  },
];
