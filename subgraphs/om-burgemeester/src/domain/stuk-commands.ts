import {
  assertPeriod,
  assertUnreachable,
  assertVersion,
  clientError,
  loadForChange,
  requireText,
} from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { OmgevingsanalyseEntity } from '../entities/omgevingsanalyse.entity';
import { ZienswijzeEntity } from '../entities/zienswijze.entity';
import type {
  OmgevingsanalyseInput,
  OmgevingsanalyseWijzigingInput,
  StuurNaarOmInput,
  ZienswijzeInput,
  ZienswijzeWijzigingInput,
} from '../graphql/inputs';

import { meldStukVerzonden } from './stuk-meldingen';
import { StukSoort } from './stuk-soort';
import { parseJustitiabeleId } from './validation';

/** A document sent to OM, tagged with its kind. */
export type VerzondenStuk =
  | { readonly soort: StukSoort.ZIENSWIJZE; readonly stuk: ZienswijzeEntity }
  | { readonly soort: StukSoort.OMGEVINGSANALYSE; readonly stuk: OmgevingsanalyseEntity };

/** Records a zienswijze of the caller's own burgemeester. */
export async function geefZienswijze(
  manager: EntityManager,
  input: ZienswijzeInput,
  access: Refusals,
): Promise<ZienswijzeEntity> {
  const zienswijze = await manager.save(
    manager.create(ZienswijzeEntity, {
      justitiabeleId: parseJustitiabeleId(input.justitiabeleId),
      burgemeester: access.caller.organisatie,
      datum: input.datum,
      tekst: requireText(input.tekst, 'The zienswijze (tekst)'),
      gebiedsverbod: input.gebiedsverbod?.trim() || null,
      verzondenAanOmOp: null,
    }),
  );
  access.permitCreationOf('Zienswijze', zienswijze);
  return zienswijze;
}

/** Changes a zienswijze of the caller's own burgemeester that was not sent yet. */
export async function wijzigZienswijze(
  manager: EntityManager,
  input: ZienswijzeWijzigingInput,
  access: Refusals,
): Promise<ZienswijzeEntity> {
  const zienswijze = await loadOwnUnsent(
    manager,
    ZienswijzeEntity,
    input.id,
    input.verwachteVersie,
    'Zienswijze',
    access,
  );
  zienswijze.tekst = requireText(input.tekst, 'The zienswijze (tekst)');
  zienswijze.gebiedsverbod = input.gebiedsverbod?.trim() || null;
  return manager.save(zienswijze);
}

/** Records an omgevingsanalyse of the caller's own burgemeester. */
export async function registreerOmgevingsanalyse(
  manager: EntityManager,
  input: OmgevingsanalyseInput,
  access: Refusals,
): Promise<OmgevingsanalyseEntity> {
  const analyse = await manager.save(
    manager.create(OmgevingsanalyseEntity, {
      justitiabeleId: parseJustitiabeleId(input.justitiabeleId),
      burgemeester: access.caller.organisatie,
      datum: input.datum,
      bevindingen: requireText(input.bevindingen, 'The findings (bevindingen)'),
      verzondenAanOmOp: null,
    }),
  );
  access.permitCreationOf('Omgevingsanalyse', analyse);
  return analyse;
}

/** Changes an omgevingsanalyse of the caller's own burgemeester that was not sent yet. */
export async function wijzigOmgevingsanalyse(
  manager: EntityManager,
  input: OmgevingsanalyseWijzigingInput,
  access: Refusals,
): Promise<OmgevingsanalyseEntity> {
  const analyse = await loadOwnUnsent(
    manager,
    OmgevingsanalyseEntity,
    input.id,
    input.verwachteVersie,
    'Omgevingsanalyse',
    access,
  );
  analyse.bevindingen = requireText(input.bevindingen, 'The findings (bevindingen)');
  return manager.save(analyse);
}

/**
 * Sends a zienswijze or omgevingsanalyse to OM: from then on OM reads it, and it no longer changes.
 * A melding tells OM so, in the same transaction.
 */
export async function stuurNaarOm(
  manager: EntityManager,
  outbox: OutboxWriter,
  input: StuurNaarOmInput,
  access: Refusals,
): Promise<VerzondenStuk> {
  const verzonden = await markeerVerzonden(manager, input, access);
  await meldStukVerzonden(manager, outbox, verzonden.soort, verzonden.stuk);
  return verzonden;
}

async function markeerVerzonden(
  manager: EntityManager,
  input: StuurNaarOmInput,
  access: Refusals,
): Promise<VerzondenStuk> {
  switch (input.stuk) {
    case StukSoort.ZIENSWIJZE: {
      const stuk = await loadOwnUnsent(
        manager,
        ZienswijzeEntity,
        input.id,
        input.verwachteVersie,
        'Zienswijze',
        access,
      );
      assertPeriod(stuk.datum, input.verzondenOp, 'Zienswijze (from its date to sending)');
      stuk.verzondenAanOmOp = input.verzondenOp;
      return { soort: StukSoort.ZIENSWIJZE, stuk: await manager.save(stuk) };
    }
    case StukSoort.OMGEVINGSANALYSE: {
      const stuk = await loadOwnUnsent(
        manager,
        OmgevingsanalyseEntity,
        input.id,
        input.verwachteVersie,
        'Omgevingsanalyse',
        access,
      );
      assertPeriod(stuk.datum, input.verzondenOp, 'Omgevingsanalyse (from its date to sending)');
      stuk.verzondenAanOmOp = input.verzondenOp;
      return { soort: StukSoort.OMGEVINGSANALYSE, stuk: await manager.save(stuk) };
    }
    default:
      return assertUnreachable(input.stuk);
  }
}

/**
 * Reads a document for a change, locked, after checking that the caller's burgemeester owns it
 * (the ground for it decided, and so logged, with the change), that the change is based on its current version and that it was not sent to OM yet.
 */
async function loadOwnUnsent<TStuk extends ZienswijzeEntity | OmgevingsanalyseEntity>(
  manager: EntityManager,
  target: new () => TStuk,
  id: string,
  expectedVersion: number,
  label: string,
  access: Refusals,
): Promise<TStuk> {
  const stuk = await loadForChange(manager, target, id, label, access);
  if (stuk.burgemeester !== access.caller.organisatie) {
    throw access.refuseChange(`${label} ${id}`);
  }
  await access.authorizeChangeOfRecord(label, stuk, `${label} ${id}`);
  assertVersion(stuk, expectedVersion, label);
  if (stuk.verzondenAanOmOp !== null) {
    throw clientError(
      'INVALID_STATE',
      `${label} ${id} was sent to OM on ${stuk.verzondenAanOmOp}; it can no longer change.`,
      { id },
    );
  }
  return stuk;
}
