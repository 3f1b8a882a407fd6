import type { OutboxWriter } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import type { AdviesEntity } from '../entities/advies.entity';
import type { OvertredingsmeldingEntity } from '../entities/overtredingsmelding.entity';

/** The reclassering's meldingen to OM, on OM's opdracht. */
export const OVERTREDING_GEMELD = 'nl.ketengraaf.reclassering.voorwaarde.overtreden';
export const ADVIES_UITGEBRACHT = 'nl.ketengraaf.reclassering.advies.uitgebracht';

/** The organisation that orders advies and toezicht, and receives both meldingen. */
export const OM = 'om';

/**
 * Tells OM of an overtreding, in the transaction that records it: "De reclassering houdt toezicht
 * op het naleven van die voorwaarden … Als de veroordeelde de voorwaarden niet naleeft, kan de
 * invrijheidstelling worden herroepen" (seed 004, l. 148–152). The melding says whose, which
 * organisation supervises and the day; what was breached and how, the officier reads from the
 * reclassering through the graph on OM's opdracht. Returns the outbox row's id.
 */
export function meldOvertreding(
  manager: EntityManager,
  outbox: OutboxWriter,
  melding: Pick<OvertredingsmeldingEntity, 'id' | 'justitiabeleId' | 'datum'>,
  organisatie: string,
): Promise<string> {
  return outbox.add(manager, {
    type: OVERTREDING_GEMELD,
    afzender: organisatie,
    ontvanger: OM,
    subject: `overtredingsmelding/${melding.id}`,
    grondslag: 'OPDRACHT_OM',
    data: { justitiabeleId: melding.justitiabeleId, datum: melding.datum },
  });
}

/**
 * Tells OM an advies it asked for is ready, in the transaction that registers it: "Het OM geeft de
 * reclassering de opdracht om advies uit te brengen … Het OM stelt vervolgens, op basis van het
 * reclasseringsadvies …" (seed 004, l. 16–24). Only an advies OM asked for goes to OM; the advies
 * itself the officier reads through the graph.
 */
export async function meldAdvies(manager: EntityManager, outbox: OutboxWriter, advies: AdviesEntity): Promise<void> {
  if (advies.opdrachtgever !== OM) {
    return;
  }
  await outbox.add(manager, {
    type: ADVIES_UITGEBRACHT,
    afzender: advies.organisatie,
    ontvanger: OM,
    subject: `advies/${advies.id}`,
    grondslag: 'OPDRACHT_OM',
    data: { justitiabeleId: advies.justitiabeleId, datum: advies.datum },
  });
}
