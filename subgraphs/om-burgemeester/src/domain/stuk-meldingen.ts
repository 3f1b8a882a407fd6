import { assertUnreachable, clientError, MeldingGeweigerd } from '@ketengraaf/subgraph-kit';
import type { Betrokkene, MeldingOntvangst, OntvangenMelding, OutboxWriter } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { OmgevingsanalyseEntity } from '../entities/omgevingsanalyse.entity';
import { OntvangenStukEntity } from '../entities/ontvangen-stuk.entity';
import { ZienswijzeEntity } from '../entities/zienswijze.entity';
import { OM } from '../policy/bronhouder';

import { StukSoort } from './stuk-soort';
import { parseJustitiabeleId } from './validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A burgemeester's melding to OM that it sent a document, per kind. */
export const STUK_VERZONDEN: Record<StukSoort, string> = {
  [StukSoort.ZIENSWIJZE]: 'nl.ketengraaf.burgemeester.zienswijze.verzonden',
  [StukSoort.OMGEVINGSANALYSE]: 'nl.ketengraaf.burgemeester.omgevingsanalyse.verzonden',
};

/** The reference a melding and OM's receipt name a document by. */
export function stukReferentie(soort: StukSoort, id: string): string {
  switch (soort) {
    case StukSoort.ZIENSWIJZE:
      return `zienswijze/${id}`;
    case StukSoort.OMGEVINGSANALYSE:
      return `omgevingsanalyse/${id}`;
    default:
      return assertUnreachable(soort);
  }
}

/**
 * Tells OM a burgemeester sent it a zienswijze or omgevingsanalyse, in the transaction that sends
 * it: "Het OM stelt vervolgens … de burgemeester in de driehoek in de gelegenheid om zijn
 * zienswijze te geven … Ook stelt de burgemeester een omgevingsanalyse aan het OM beschikbaar"
 * (seed 004 l. 24–30). OM and the burgemeesters share this deployment but are different
 * organisations, so the melding goes like any other: through the outbox, routed by organisation,
 * to the inbox serving OM. It names the document; OM reads it on the burgemeester's record.
 */
export async function meldStukVerzonden(
  manager: EntityManager,
  outbox: OutboxWriter,
  soort: StukSoort,
  stuk: { id: string; justitiabeleId: string; burgemeester: string; verzondenAanOmOp: string | null },
): Promise<void> {
  await outbox.add(manager, {
    type: STUK_VERZONDEN[soort],
    afzender: stuk.burgemeester,
    ontvanger: OM,
    subject: stukReferentie(soort, stuk.id),
    // What OM received serves OM's own task (see the policy): no ground from burgemeester to OM fits better.
    grondslag: 'EIGEN_TAAK',
    data: { justitiabeleId: stuk.justitiabeleId, verzondenOp: stuk.verzondenAanOmOp },
  });
}

/**
 * When OM received a document, from its receipt: only a receipt from the burgemeester that made
 * the document counts, so no other burgemeester can claim it.
 */
export async function ontvangenDoorOm(
  ontvangenStuk: { load(referentie: string): Promise<OntvangenStukEntity | null> },
  soort: StukSoort,
  stuk: { id: string; burgemeester: string },
): Promise<Date | null> {
  const ontvangst = await ontvangenStuk.load(stukReferentie(soort, stuk.id));
  return ontvangst?.burgemeester === stuk.burgemeester ? ontvangst.ontvangenOp : null;
}

/**
 * A burgemeester takes part in OM's case through the documents it made itself: a melding naming a
 * document that burgemeester did not make about that person (another burgemeester's, or none) is
 * refused and recorded, and OM keeps no receipt of it.
 */
async function assertEigenStuk(
  manager: EntityManager,
  soort: StukSoort,
  melding: OntvangenMelding,
  justitiabeleId: string,
): Promise<void> {
  const id = melding.subject.slice(melding.subject.indexOf('/') + 1);
  const entity = soort === StukSoort.ZIENSWIJZE ? ZienswijzeEntity : OmgevingsanalyseEntity;
  const eigen =
    UUID.test(id) && (await manager.existsBy(entity, { id, burgemeester: melding.afzender, justitiabeleId }));
  if (!eigen) {
    throw new MeldingGeweigerd(`${melding.afzender} made no ${melding.subject} about this person to send to OM.`);
  }
}

/** Keeps OM's receipt of a document as the melding names it. */
function ontvangStuk(soort: StukSoort) {
  return async (manager: EntityManager, melding: OntvangenMelding): Promise<Betrokkene> => {
    const { justitiabeleId: id } = melding.data;
    const justitiabeleId = parseJustitiabeleId(typeof id === 'string' ? id : '');
    const [prefix] = stukReferentie(soort, '').split('/');
    if (!melding.subject.startsWith(`${prefix}/`)) {
      throw clientError('INVALID_INPUT', `The melding's subject names no ${prefix} of the burgemeester.`);
    }
    await assertEigenStuk(manager, soort, melding, justitiabeleId);
    await manager
      .createQueryBuilder()
      .insert()
      .into(OntvangenStukEntity)
      .values({ justitiabeleId, soort, burgemeester: melding.afzender, referentie: melding.subject })
      .orIgnore()
      .execute();
    return { soort: 'SKN', nummer: justitiabeleId, bronhouder: OM };
  };
}

/** What OM's inbox accepts from a burgemeester: its zienswijzen and omgevingsanalyses. */
export const stukOntvangsten: readonly MeldingOntvangst[] = Object.values(StukSoort).map((soort) => ({
  type: STUK_VERZONDEN[soort],
  van: ['burgemeester'],
  grondslag: 'EIGEN_TAAK',
  ontvang: ontvangStuk(soort),
}));
