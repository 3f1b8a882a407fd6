import { assertPeriod, clientError, parseOrganisatie, requireText } from '@ketengraaf/subgraph-kit';
import type { Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { storeOpenDeadlines } from '../data/open-deadlines';
import { verblijfById } from '../data/verblijf.queries';
import { BetrokkenheidAanleiding } from '../entities/betrokken-organisatie.entity';
import {
  ExtramuraleFaseEntity,
  ExtramuraleFaseSoort,
  ExtramuraleRapportageEntity,
} from '../entities/extramurale-fase.entity';
import { Titel, VerblijfStatus } from '../entities/verblijf.entity';
import type { VerblijfEntity } from '../entities/verblijf.entity';
import type { ExtramuraleFaseInput, ExtramuraleRapportageInput } from '../graphql/inputs';

import { recordInvolvement } from './betrokken-organisatie-commands';
import { loadCurrentVerblijf } from './verblijf-commands';

/** The longest interval between reports a director may set: "periodiek" (seed 001 l. 636) is at least yearly. */
const LANGSTE_RAPPORTAGE_INTERVAL = 366;

/**
 * Records the extramural phase of a current stay (seed 001 l. 612–640): its kind, its first day,
 * the reclassering organisation that supervises it, and how often its toezichthouder reports to
 * the director, when the director asked for that. The supervising organisation takes part in the
 * re-integration from then on (a toezicht), and the stay is EXTRAMURAAL.
 */
export async function registreerExtramuraleFase(
  manager: EntityManager,
  input: ExtramuraleFaseInput,
  access: Refusals,
): Promise<VerblijfEntity> {
  const verblijf = await loadCurrentVerblijf(manager, input.verblijfId, input.verwachteVersie, access);
  const toezichthouder = parseOrganisatie(input.toezichthouder);
  if (!toezichthouder.startsWith('reclassering:')) {
    throw clientError(
      'INVALID_INPUT',
      `A reclassering organisation supervises an extramural phase, not ${toezichthouder}.`,
    );
  }
  if (input.soort === ExtramuraleFaseSoort.ISD_EXTRAMURAAL && verblijf.titel !== Titel.ISD) {
    throw clientError('INVALID_INPUT', `Verblijf ${verblijf.id} is no ISD measure, so it has no extramural ISD phase.`);
  }
  const interval = input.rapportageIntervalDagen ?? null;
  if (interval !== null && (interval < 1 || interval > LANGSTE_RAPPORTAGE_INTERVAL)) {
    throw clientError(
      'INVALID_INPUT',
      `The reporting interval is a whole number of days from 1 to ${LANGSTE_RAPPORTAGE_INTERVAL}: periodic, within a year.`,
    );
  }
  assertPeriod(verblijf.instroomdatum, input.van, 'Extramurale fase (from instroom)');
  assertPeriod(input.van, verblijf.verwachteUitstroomdatum, 'Extramurale fase (until the expected uitstroom)');
  if (await manager.existsBy(ExtramuraleFaseEntity, { verblijfId: verblijf.id })) {
    throw clientError('INVALID_STATE', `Verblijf ${verblijf.id} already has an extramural phase.`);
  }
  await manager.insert(ExtramuraleFaseEntity, {
    verblijfId: verblijf.id,
    soort: input.soort,
    van: input.van,
    toezichthouder,
    rapportageIntervalDagen: interval,
  });
  await recordInvolvement(manager, verblijf.id, toezichthouder, BetrokkenheidAanleiding.TOEZICHT, input.van);
  verblijf.status = VerblijfStatus.EXTRAMURAAL;
  const saved = await manager.save(verblijf);
  await storeOpenDeadlines(manager, [verblijf.id]);
  return saved;
}

/**
 * Files the toezichthouder's periodic report to the director on the extramural phase: "De
 * toezichthouder rapporteert periodiek aan de directeur van de PI over het verloop van de
 * extramurale detentie (alleen indien de directeur daartoe opdracht heeft gegeven)" (seed 001
 * l. 636–640). Only the organisation DJI recorded as supervising the phase files one, and only when
 * the director asked for reports; anyone else is refused before any state of the stay is told.
 */
export async function rapporteerExtramuraleFase(
  manager: EntityManager,
  input: ExtramuraleRapportageInput,
  access: Refusals,
): Promise<VerblijfEntity> {
  const what = 'the extramural phase of this verblijf';
  // Open to every toezichthouder, so an unknown stay is refused exactly as another's.
  const verblijf = await verblijfById(manager, input.verblijfId);
  if (!verblijf) {
    throw access.refuseChange(what);
  }
  await access.authorizeChangeOf({ soort: 'SKN', nummer: verblijf.justitiabeleId, record: verblijf.id }, what);
  const fase = await manager.findOneBy(ExtramuraleFaseEntity, { verblijfId: verblijf.id });
  if (!fase || fase.toezichthouder !== access.caller.organisatie) {
    throw access.refuseChange(what);
  }
  if (fase.rapportageIntervalDagen === null) {
    throw clientError('INVALID_STATE', `The director asked for no periodic reports on verblijf ${verblijf.id}.`);
  }
  if (verblijf.status === VerblijfStatus.UITGESTROOMD) {
    throw clientError('INVALID_STATE', `Verblijf ${verblijf.id} ended on ${verblijf.uitstroomdatum ?? '?'}.`);
  }
  assertPeriod(fase.van, input.datum, 'Rapportage (from the start of the extramural phase)');
  await manager.insert(ExtramuraleRapportageEntity, {
    verblijfId: verblijf.id,
    datum: input.datum,
    organisatie: fase.toezichthouder,
    verloop: requireText(input.verloop, 'Verloop'),
  });
  await storeOpenDeadlines(manager, [verblijf.id]);
  return verblijf;
}
