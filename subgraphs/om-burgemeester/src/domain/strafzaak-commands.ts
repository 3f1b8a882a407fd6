import { assertVersion, clientError, loadForChange, requireText, violatesUnique } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { OpdrachtTotAdviesEntity } from '../entities/opdracht-tot-advies.entity';
import { StrafzaakEntity } from '../entities/strafzaak.entity';
import type {
  DelictcategorieInput,
  OpdrachtTotAdviesInput,
  SlachtofferomgevingInput,
  ViDatumInput,
} from '../graphql/inputs';
import { OM } from '../policy/bronhouder';

import { findStrafzaak, parseJustitiabeleId, parseParketnummer, parseReclasseringsorganisatie } from './validation';

const PARKETNUMMER_UNIEK = 'strafzaak_parketnummer';

/**
 * Records a case's delictcategorie. A new parketnummer registers the case (`verwachteVersie` 0); a
 * known one changes its category, when based on the case's current version. Two officiers
 * registering the same parketnummer at once: one wins, the other gets VERSION_CONFLICT.
 */
export async function registreerDelictcategorie(
  manager: EntityManager,
  input: DelictcategorieInput,
  access: Refusals,
): Promise<StrafzaakEntity> {
  const justitiabeleId = parseJustitiabeleId(input.justitiabeleId);
  const parketnummer = parseParketnummer(input.parketnummer);
  const zaak = await manager.findOne(StrafzaakEntity, {
    where: { parketnummer },
    lock: { mode: 'pessimistic_write' },
  });
  if (!zaak) {
    if (input.verwachteVersie !== 0) {
      // A change of a case that does not exist is refused as one of a case the caller may not change.
      throw access.refuseChange(`Strafzaak ${parketnummer}`);
    }
    try {
      const nieuw = await manager.save(
        manager.create(StrafzaakEntity, {
          justitiabeleId,
          parketnummer,
          delictcategorie: input.delictcategorie,
          slachtofferomgeving: { inDirecteWoonomgeving: null, gemeentecode: null },
        }),
      );
      access.permitCreationOf('Strafzaak', nieuw);
      return nieuw;
    } catch (error) {
      if (violatesUnique(error, PARKETNUMMER_UNIEK)) {
        throw clientError(
          'VERSION_CONFLICT',
          `Strafzaak ${parketnummer} was registered meanwhile. Nothing was written.`,
          { parketnummer, currentVersion: 1 },
        );
      }
      throw error;
    }
  }
  await access.authorizeChangeOfRecord('Strafzaak', zaak, `Strafzaak ${parketnummer}`);
  if (zaak.justitiabeleId !== justitiabeleId) {
    throw clientError('INVALID_INPUT', `Parketnummer ${parketnummer} is a case against another person.`);
  }
  assertVersion(zaak, input.verwachteVersie, 'Strafzaak');
  zaak.delictcategorie = input.delictcategorie;
  return manager.save(zaak);
}

/** Records whether a victim lives in the direct surroundings, replacing what was recorded before. */
export async function registreerSlachtofferomgeving(
  manager: EntityManager,
  input: SlachtofferomgevingInput,
  access: Refusals,
): Promise<StrafzaakEntity> {
  const zaak = await loadForChange(manager, StrafzaakEntity, input.zaakId, 'Strafzaak', access);
  await access.authorizeChangeOfRecord('Strafzaak', zaak, `Strafzaak ${zaak.id}`);
  assertVersion(zaak, input.verwachteVersie, 'Strafzaak');
  const gemeentecode = input.gemeentecode ?? null;
  if (input.inDirecteWoonomgeving && !gemeentecode) {
    throw clientError(
      'INVALID_INPUT',
      'A victim in the direct surroundings is recorded with the gemeentecode of the gemeente where that is so.',
    );
  }
  zaak.slachtofferomgeving = { inDirecteWoonomgeving: input.inDirecteWoonomgeving, gemeentecode };
  return manager.save(zaak);
}

/**
 * Records the day a case's voorwaardelijke invrijheidstelling falls, as OM computed it from the
 * sentence, replacing what was recorded before; `vandaag` is the day OM learned it, which decides
 * whether the VI-beslissing due before it can still be taken in time.
 */
export async function registreerViDatum(
  manager: EntityManager,
  input: ViDatumInput,
  vandaag: string,
  access: Refusals,
): Promise<StrafzaakEntity> {
  const zaak = await loadForChange(manager, StrafzaakEntity, input.zaakId, 'Strafzaak', access);
  await access.authorizeChangeOfRecord('Strafzaak', zaak, `Strafzaak ${zaak.id}`);
  assertVersion(zaak, input.verwachteVersie, 'Strafzaak');
  zaak.viDatum = input.viDatum;
  zaak.viDatumVastgesteldOp = vandaag;
  return manager.save(zaak);
}

/** OM's melding to the reclassering organisation it asks for an advies. */
export const ADVIES_GEVRAAGD = 'nl.ketengraaf.om.advies.gevraagd';

/**
 * Orders a reclassering organisation to advise in a case, and tells it so in the same
 * transaction: "Het OM geeft de reclassering de opdracht om advies uit te brengen" (seed 004,
 * l. 16). The melding says whose, the day and the question; the case stays with OM.
 */
export async function geefOpdrachtTotAdvies(
  manager: EntityManager,
  outbox: OutboxWriter,
  input: OpdrachtTotAdviesInput,
  access: Refusals,
): Promise<OpdrachtTotAdviesEntity> {
  const organisatie = parseReclasseringsorganisatie(input.organisatie, 'advice');
  const vraag = requireText(input.vraag, 'The question to the reclassering (vraag)');
  const zaak = await findStrafzaak(manager, input.zaakId, access);
  const opdracht = await manager.save(
    manager.create(OpdrachtTotAdviesEntity, {
      zaakId: zaak.id,
      justitiabeleId: zaak.justitiabeleId,
      organisatie,
      datum: input.datum,
      vraag,
    }),
  );
  access.permitCreationOf('OpdrachtTotAdvies', opdracht);
  await outbox.add(manager, {
    type: ADVIES_GEVRAAGD,
    afzender: OM,
    ontvanger: organisatie,
    subject: `opdracht-tot-advies/${opdracht.id}`,
    grondslag: 'OPDRACHT_OM',
    data: { justitiabeleId: opdracht.justitiabeleId, datum: opdracht.datum, vraag },
  });
  return opdracht;
}
