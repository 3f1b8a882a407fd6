import {
  assertPeriod,
  assertVersion,
  clientError,
  loadForChange,
  requireText,
  violatesUnique,
} from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { ViBeslissingEntity } from '../entities/vi-beslissing.entity';
import type { HerroepingInput, VervroegingInput, ViBeslissingInput } from '../graphql/inputs';
import { OM } from '../policy/bronhouder';

import { addMonths, findStrafzaak, parseReclasseringsorganisatie } from './validation';

const EEN_PER_ZAAK = 'vi_beslissing_een_per_zaak';
/** The longest proeftijd this service accepts, in months. */
const PROEFTIJD_MAX_MAANDEN = 240;

/**
 * Records OM's VI-beslissing in a case: its conditions, its proeftijd, given in months or as an
 * end date, and the reclassering organisation that supervises the conditions, if any. A case has
 * one VI-beslissing; a second is refused with INVALID_STATE.
 */
export async function registreerViBeslissing(
  manager: EntityManager,
  input: ViBeslissingInput,
  access: Refusals,
): Promise<ViBeslissingEntity> {
  const zaak = await findStrafzaak(manager, input.zaakId, access);
  assertPeriod(input.datum, input.ingangsdatum, 'VI (from beslissing to ingangsdatum)');
  if (input.voorwaarden.length === 0) {
    throw clientError('INVALID_INPUT', 'A VI-beslissing names at least one condition.');
  }
  const voorwaarden = input.voorwaarden.map((voorwaarde, index) => requireText(voorwaarde, `Voorwaarde ${index + 1}`));
  const proeftijd = proeftijdOf(input);
  const toezicht = input.toezichthoudendeOrganisatie?.trim() || null;
  const toezichthoudendeOrganisatie = toezicht && parseReclasseringsorganisatie(toezicht, 'toezicht');
  const alreadyDecided = (): never => {
    throw clientError(
      'INVALID_STATE',
      `Strafzaak ${zaak.parketnummer} already has a VI-beslissing; revoke it rather than deciding again.`,
      { id: zaak.id },
    );
  };
  if (await manager.existsBy(ViBeslissingEntity, { zaakId: zaak.id })) {
    alreadyDecided();
  }
  let beslissing: ViBeslissingEntity;
  try {
    beslissing = await manager.save(
      manager.create(ViBeslissingEntity, {
        zaakId: zaak.id,
        justitiabeleId: zaak.justitiabeleId,
        datum: input.datum,
        ingangsdatum: input.ingangsdatum,
        voorwaarden,
        proeftijdMaanden: proeftijd.maanden,
        proeftijdEinddatum: proeftijd.einddatum,
        herroepingDatum: null,
        herroepingReden: null,
        toezichthoudendeOrganisatie,
      }),
    );
  } catch (error) {
    if (violatesUnique(error, EEN_PER_ZAAK)) {
      alreadyDecided();
    }
    throw error;
  }
  access.permitCreationOf('ViBeslissing', beslissing);
  return beslissing;
}

/**
 * The VI-beslissing a change is about, at the version the caller saw, once the caller may change it;
 * a revoked one cannot be changed any more (`cannot` names the change refused).
 */
async function loadUnrevokedForChange(
  manager: EntityManager,
  input: { readonly viBeslissingId: string; readonly verwachteVersie: number },
  access: Refusals,
  cannot: string,
): Promise<ViBeslissingEntity> {
  const beslissing = await loadForChange(manager, ViBeslissingEntity, input.viBeslissingId, 'VI-beslissing', access);
  await access.authorizeChangeOfRecord('ViBeslissing', beslissing, `VI-beslissing ${beslissing.id}`);
  assertVersion(beslissing, input.verwachteVersie, 'VI-beslissing');
  if (beslissing.herroepingDatum !== null) {
    throw clientError(
      'INVALID_STATE',
      `VI-beslissing ${beslissing.id} was revoked on ${beslissing.herroepingDatum}; it cannot be ${cannot}.`,
      { id: beslissing.id },
    );
  }
  return beslissing;
}

/** Revokes a VI: on or after the beslissing, not after the proeftijd has ended. */
export async function herroepVi(
  manager: EntityManager,
  input: HerroepingInput,
  access: Refusals,
): Promise<ViBeslissingEntity> {
  const beslissing = await loadUnrevokedForChange(manager, input, access, 'revoked again');
  assertPeriod(beslissing.datum, input.datum, 'Herroeping (from VI-beslissing to herroeping)');
  if (input.datum > beslissing.proeftijdEinddatum) {
    throw clientError(
      'INVALID_PERIOD',
      `Herroeping on ${input.datum} lies after the end of the proeftijd (${beslissing.proeftijdEinddatum}).`,
      { begin: beslissing.proeftijdEinddatum, end: input.datum },
    );
  }
  beslissing.herroepingDatum = input.datum;
  beslissing.herroepingReden = requireText(input.reden, 'The reason of the herroeping (reden)');
  return manager.save(beslissing);
}

/** The early-release melding DJI sends too: its receivers keep the day however it came. */
export const VERVROEGD_BEEINDIGD = 'nl.ketengraaf.dji.detentie.vervroegd-beeindigd';

/**
 * Brings a VI forward to an earlier day, "… bijvoorbeeld een rechterlijke uitspraak, waardoor een
 * ex-gedetineerde sneller eerder vrijkomt dan verwacht. Het OM zal in dergelijke situaties zich
 * inspannen om er voor te zorgen dat er voldoende tijd komt voor gemeente en reclassering om de
 * terugkeer goed voor te bereiden" (seed 004 l. 217–223): in the same transaction it tells the
 * reclassering organisation supervising the conditions, ahead of OM's other meldingen, on the
 * ground of OM's opdracht. A proeftijd given in months moves with it. OM does not know the
 * gemeente the person returns to, so the gemeenten hear it from DJI.
 */
export async function vervroegVi(
  manager: EntityManager,
  outbox: OutboxWriter,
  input: VervroegingInput,
  access: Refusals,
): Promise<ViBeslissingEntity> {
  const beslissing = await loadUnrevokedForChange(manager, input, access, 'brought forward');
  assertPeriod(beslissing.datum, input.ingangsdatum, 'VI (from beslissing to the earlier ingangsdatum)');
  if (input.ingangsdatum >= beslissing.ingangsdatum) {
    throw clientError(
      'INVALID_INPUT',
      `An early release lies before the ingangsdatum of the VI (${beslissing.ingangsdatum}), not on ${input.ingangsdatum}.`,
    );
  }
  beslissing.ingangsdatum = input.ingangsdatum;
  if (beslissing.proeftijdMaanden !== null) {
    beslissing.proeftijdEinddatum = addMonths(input.ingangsdatum, beslissing.proeftijdMaanden);
  }
  const saved = await manager.save(beslissing);
  if (saved.toezichthoudendeOrganisatie !== null) {
    await outbox.add(manager, {
      type: VERVROEGD_BEEINDIGD,
      afzender: OM,
      ontvanger: saved.toezichthoudendeOrganisatie,
      subject: `vi-beslissing/${saved.id}`,
      grondslag: 'OPDRACHT_OM',
      data: { strafrechtsketennummer: saved.justitiabeleId, uitstroomdatum: saved.ingangsdatum },
      voorrang: true,
    });
  }
  return saved;
}

function proeftijdOf(input: ViBeslissingInput): { maanden: number | null; einddatum: string } {
  const maanden = input.proeftijdMaanden ?? null;
  const einddatum = input.proeftijdEinddatum ?? null;
  if ((maanden === null) === (einddatum === null)) {
    throw clientError(
      'INVALID_INPUT',
      'Give the proeftijd either in months (proeftijdMaanden) or as an end date (proeftijdEinddatum).',
    );
  }
  if (maanden !== null) {
    if (!Number.isInteger(maanden) || maanden < 1 || maanden > PROEFTIJD_MAX_MAANDEN) {
      throw clientError(
        'INVALID_INPUT',
        `A proeftijd of ${maanden} months lies outside 1 to ${PROEFTIJD_MAX_MAANDEN}.`,
      );
    }
    return { maanden, einddatum: addMonths(input.ingangsdatum, maanden) };
  }
  if (einddatum !== null && einddatum <= input.ingangsdatum) {
    throw clientError(
      'INVALID_PERIOD',
      `Proeftijd: the end (${einddatum}) does not lie after the ingangsdatum (${input.ingangsdatum}).`,
      { begin: input.ingangsdatum, end: einddatum },
    );
  }
  return { maanden: null, einddatum: einddatum ?? input.ingangsdatum };
}
