import {
  assertPeriod,
  assertVersion,
  clientError,
  loadForChange,
  parseContactpersoon,
  requireText,
} from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { IsNull, Not } from 'typeorm';

import { storeOpenDeadlines } from '../data/open-deadlines';
import { JustitiabeleEntity } from '../entities/justitiabele.entity';
import { VerblijfEntity, VerblijfStatus } from '../entities/verblijf.entity';
import { PeriodeReden, VerblijfsperiodeEntity } from '../entities/verblijfsperiode.entity';
import type {
  InstroomInput,
  OverplaatsingInput,
  UitstroomInput,
  VervroegdeInvrijheidstellingInput,
  VerwachteUitstroomInput,
} from '../graphql/inputs';
import { assertOwnInrichting, ownRecord, THE_PERSONS_RECORDS } from '../policy/own-record';

import {
  meldDetentieBeeindigd,
  meldDetentieBegonnen,
  meldDetentieEindeGewijzigd,
  meldVervroegdeInvrijheidstelling,
} from './detentie-meldingen';
import { assertInrichtingExists, toGemeenteRegistratie } from './validation';

/**
 * Registers a person's instroom: the person (when new), the verblijf and its first period. A
 * person already known must come with the same BSN; a second current verblijf is refused. A
 * casemanager registers an instroom only into their own inrichting; the permit about the person is
 * recorded in the change's transaction. The gemeenten of origin and return are told in the same
 * transaction (`meldDetentieBegonnen`).
 */
export async function registreerInstroom(
  manager: EntityManager,
  input: InstroomInput,
  access: Refusals,
  outbox: OutboxWriter,
): Promise<VerblijfEntity> {
  const id = requireText(input.id, 'The strafrechtsketennummer');
  assertPeriod(input.instroomdatum, input.verwachteUitstroomdatum, 'Verwachte uitstroom');
  assertPeriod(input.instroomdatum, input.viDatum, 'VI-datum');
  const herkomst = toGemeenteRegistratie(input.herkomst, 'Herkomst');
  const terugkeer = toGemeenteRegistratie(input.terugkeer, 'Terugkeer');
  await assertInrichtingExists(manager, input.inrichting);

  const byId = await manager.findOneBy(JustitiabeleEntity, { id });
  const byBsn = await manager.findOneBy(JustitiabeleEntity, { bsn: input.bsn });
  if ((byId && byId.bsn !== input.bsn) || (byBsn && byBsn.id !== id)) {
    throw clientError('INVALID_INPUT', 'This strafrechtsketennummer and BSN belong to different registered persons.');
  }
  if (!byId) {
    await manager.insert(JustitiabeleEntity, {
      id,
      bsn: input.bsn,
      voornamen: requireText(input.personalia.voornamen, 'Voornamen'),
      achternaam: requireText(input.personalia.achternaam, 'Achternaam'),
      geboortedatum: input.personalia.geboortedatum,
    });
  }
  if (await manager.existsBy(VerblijfEntity, { justitiabeleId: id, status: Not(VerblijfStatus.UITGESTROOMD) })) {
    throw clientError(
      'INVALID_STATE',
      `Justitiabele ${id} already has a current verblijf; register its uitstroom first.`,
    );
  }
  const verblijf = manager.create(VerblijfEntity, {
    justitiabeleId: id,
    instroomdatum: input.instroomdatum,
    verwachteUitstroomdatum: input.verwachteUitstroomdatum ?? null,
    viDatum: input.viDatum ?? null,
    uitstroomdatum: null,
    titel: input.titel,
    status: VerblijfStatus.BINNEN,
    huidigeInrichting: input.inrichting,
    herkomst,
    terugkeer,
  });
  await manager.save(verblijf);
  await manager.insert(VerblijfsperiodeEntity, {
    verblijfId: verblijf.id,
    volgnummer: 1,
    inrichting: input.inrichting,
    begindatum: input.instroomdatum,
    einddatum: null,
    reden: PeriodeReden.INSTROOM,
    casemanager: parseContactpersoon(input.casemanager, 'Casemanager'),
  });
  // Inside the transaction: a refusal rolls the person and the verblijf back, and the permit
  // commits with them. The policy cannot decide on a stay it cannot read yet; the casemanager's own
  // inrichting, checked here, is what EIGEN_TAAK asks.
  assertOwnInrichting(access, verblijf.huidigeInrichting);
  access.permitCreationOf('Verblijf', verblijf);
  await storeOpenDeadlines(manager, [verblijf.id]);
  await meldDetentieBegonnen(manager, outbox, verblijf);
  return manager.findOneByOrFail(VerblijfEntity, { id: verblijf.id });
}

/** Moves a current verblijf to another inrichting: the open period ends, a new one begins. */
export async function registreerOverplaatsing(
  manager: EntityManager,
  input: OverplaatsingInput,
  access: Refusals,
): Promise<VerblijfEntity> {
  const verblijf = await loadCurrentVerblijf(manager, input.verblijfId, input.verwachteVersie, access);
  if (verblijf.huidigeInrichting === input.naarInrichting) {
    throw clientError('INVALID_INPUT', `Verblijf ${verblijf.id} is already in ${input.naarInrichting}.`);
  }
  await assertInrichtingExists(manager, input.naarInrichting);
  const open = await openPeriode(manager, verblijf.id);
  assertPeriod(open.begindatum, input.datum, `Period in ${open.inrichting}`);
  await manager.update(VerblijfsperiodeEntity, { id: open.id }, { einddatum: input.datum });
  await manager.insert(VerblijfsperiodeEntity, {
    verblijfId: verblijf.id,
    volgnummer: open.volgnummer + 1,
    inrichting: input.naarInrichting,
    begindatum: input.datum,
    einddatum: null,
    reden: PeriodeReden.OVERPLAATSING,
    casemanager: parseContactpersoon(input.casemanager, 'Casemanager'),
  });
  verblijf.huidigeInrichting = input.naarInrichting;
  return manager.save(verblijf);
}

/** Ends a verblijf: the open period closes on the uitstroomdatum; the gemeenten are told (`meldDetentieBeeindigd`). */
export async function registreerUitstroom(
  manager: EntityManager,
  input: UitstroomInput,
  access: Refusals,
  outbox: OutboxWriter,
): Promise<VerblijfEntity> {
  const verblijf = await loadCurrentVerblijf(manager, input.verblijfId, input.verwachteVersie, access);
  const saved = await beeindig(manager, verblijf, input.uitstroomdatum);
  await meldDetentieBeeindigd(manager, outbox, saved);
  return saved;
}

/**
 * Ends a verblijf sooner than expected ("… waardoor een ex-gedetineerde sneller eerder vrijkomt dan
 * verwacht", seed 004 l. 219–221): like an uitstroom, but the day must come before the expected
 * uitstroom, and the gemeenten and the involved reclassering are told at once, ahead of DJI's other
 * meldingen (`meldVervroegdeInvrijheidstelling`).
 */
export async function registreerVervroegdeInvrijheidstelling(
  manager: EntityManager,
  input: VervroegdeInvrijheidstellingInput,
  access: Refusals,
  outbox: OutboxWriter,
): Promise<VerblijfEntity> {
  const verblijf = await loadCurrentVerblijf(manager, input.verblijfId, input.verwachteVersie, access);
  const verwacht = verblijf.verwachteUitstroomdatum;
  if (verwacht !== null && input.uitstroomdatum >= verwacht) {
    throw clientError(
      'INVALID_INPUT',
      `An early release comes before the expected uitstroom (${verwacht}); register ${input.uitstroomdatum} as an uitstroom.`,
    );
  }
  const saved = await beeindig(manager, verblijf, input.uitstroomdatum);
  await meldVervroegdeInvrijheidstelling(manager, outbox, saved, verwacht);
  return saved;
}

/** Closes the open period and the verblijf on `uitstroomdatum`; the caller decided the change with `loadCurrentVerblijf`. */
async function beeindig(
  manager: EntityManager,
  verblijf: VerblijfEntity,
  uitstroomdatum: string,
): Promise<VerblijfEntity> {
  const open = await openPeriode(manager, verblijf.id);
  assertPeriod(open.begindatum, uitstroomdatum, `Period in ${open.inrichting}`);
  await manager.update(VerblijfsperiodeEntity, { id: open.id }, { einddatum: uitstroomdatum });
  verblijf.status = VerblijfStatus.UITGESTROOMD;
  verblijf.uitstroomdatum = uitstroomdatum;
  return manager.save(verblijf);
}

/**
 * Records a changed expected end of detention or VI date; when the expected end changed, the
 * gemeenten are told (`meldDetentieEindeGewijzigd`).
 */
export async function wijzigVerwachteUitstroom(
  manager: EntityManager,
  input: VerwachteUitstroomInput,
  access: Refusals,
  outbox: OutboxWriter,
): Promise<VerblijfEntity> {
  const verblijf = await loadCurrentVerblijf(manager, input.verblijfId, input.verwachteVersie, access);
  assertPeriod(verblijf.instroomdatum, input.verwachteUitstroomdatum, 'Verwachte uitstroom');
  assertPeriod(verblijf.instroomdatum, input.viDatum, 'VI-datum');
  const eindeGewijzigd = verblijf.verwachteUitstroomdatum !== input.verwachteUitstroomdatum;
  verblijf.verwachteUitstroomdatum = input.verwachteUitstroomdatum;
  verblijf.viDatum = input.viDatum;
  const saved = await manager.save(verblijf);
  await storeOpenDeadlines(manager, [verblijf.id]);
  if (eindeGewijzigd) {
    await meldDetentieEindeGewijzigd(manager, outbox, saved);
  }
  return saved;
}

/**
 * Reads a verblijf that has not ended for a change, once the caller may change the person's
 * records, checking the version the caller based it on.
 */
export async function loadCurrentVerblijf(
  manager: EntityManager,
  id: string,
  expectedVersion: number,
  access: Refusals,
): Promise<VerblijfEntity> {
  const verblijf = await ownRecord(
    access,
    await loadForChange(manager, VerblijfEntity, id, 'Verblijf', access, THE_PERSONS_RECORDS),
  );
  assertVersion(verblijf, expectedVersion, 'Verblijf');
  if (verblijf.status === VerblijfStatus.UITGESTROOMD) {
    throw clientError(
      'INVALID_STATE',
      `Verblijf ${id} ended on ${verblijf.uitstroomdatum ?? '?'}; it can no longer change.`,
    );
  }
  return verblijf;
}

async function openPeriode(manager: EntityManager, verblijfId: string): Promise<VerblijfsperiodeEntity> {
  return manager.findOneOrFail(VerblijfsperiodeEntity, { where: { verblijfId, einddatum: IsNull() } });
}
