import {
  meldInBehandeling,
  assertPeriod,
  assertUnreachable,
  clientError,
  parseContactpersoon,
  parseOrganisatie,
  violatesUnique,
} from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';

import { BasisvoorwaardenStatusEntity } from '../entities/basisvoorwaarden-status.entity';
import { DossierStatus, GemeenteRol, NazorgdossierEntity, Procesregie } from '../entities/nazorgdossier.entity';
import type { NazorgdossierInput, SluitingInput } from '../graphql/inputs';

import { lockPerson } from './aanmelding';
import { loadOpenDossier } from './validation';

const EEN_OPEN_DOSSIER = 'nazorgdossier_een_open';

/**
 * Opens a gemeente's nazorgdossier on a resident, with an empty status per basisvoorwaarde. A
 * gemeente has at most one open dossier per person: a second one is refused with INVALID_STATE,
 * also when two arrive at the same moment (the partial unique index decides). When a melding made
 * the gemeente's dossier on the person AANGEMELD, opening takes that one up: it becomes OPEN with
 * the nazorgcoördinator, procesregie and Zorg- en Veiligheidshuis given, and keeps what the
 * meldingen said (the part, the gemeenten, who notified it, since when, DJI's dates and hulpvragen);
 * those meldingen are then IN_BEHANDELING, and their senders are told so (`meldInBehandeling`).
 */
export async function openNazorgdossier(
  manager: EntityManager,
  input: NazorgdossierInput,
  access: Refusals,
  outbox: OutboxWriter,
): Promise<NazorgdossierEntity> {
  if (input.gemeentecode !== access.caller.code) {
    throw access.refuseChange(`a nazorgdossier of gemeente ${input.gemeentecode}`);
  }
  const { herkomstgemeente, ontvangendeGemeente } = rolGemeenten(input);
  const aangemeldDoor = parseOrganisatie(input.aangemeldDoor.trim());
  const zvhNaam = input.zvhNaam?.trim() || null;
  if (!input.zvhBetrokken && zvhNaam) {
    throw clientError('INVALID_INPUT', 'A Zorg- en Veiligheidshuis is named only when it takes part (zvhBetrokken).');
  }
  if (!input.zvhBetrokken && input.procesregie === Procesregie.ZORG_EN_VEILIGHEIDSHUIS) {
    throw clientError(
      'INVALID_INPUT',
      'The Zorg- en Veiligheidshuis has procesregie only when it takes part (zvhBetrokken).',
    );
  }
  const alreadyOpen = (): never => {
    throw clientError(
      'INVALID_STATE',
      `Gemeente ${input.gemeentecode} already has an open nazorgdossier on this person; close it before opening another.`,
    );
  };
  await lockPerson(manager, input.gemeentecode, input.bsn);
  const lopend = await manager.findOneBy(NazorgdossierEntity, {
    gemeentecode: input.gemeentecode,
    bsn: input.bsn,
    status: In([DossierStatus.AANGEMELD, DossierStatus.OPEN]),
  });
  if (lopend?.status === DossierStatus.OPEN) {
    alreadyOpen();
  }
  if (lopend) {
    await access.authorizeChangeOfRecord('Nazorgdossier', lopend, `Nazorgdossier ${lopend.id}`);
    // Taking the dossier up takes up the meldingen that made it: their senders hear so.
    await meldInBehandeling(manager, outbox, `gemeente:${lopend.gemeentecode}`, { data: { bsn: lopend.bsn } });
    lopend.status = DossierStatus.OPEN;
    lopend.nazorgcoordinator = parseContactpersoon(input.nazorgcoordinator, 'Nazorgcoördinator');
    lopend.procesregie = input.procesregie;
    lopend.zvhBetrokken = input.zvhBetrokken;
    lopend.zvhNaam = zvhNaam;
    return manager.save(lopend);
  }
  const dossier = manager.create(NazorgdossierEntity, {
    gemeentecode: input.gemeentecode,
    bsn: input.bsn,
    rol: input.rol,
    herkomstgemeente,
    ontvangendeGemeente,
    aangemeldDoor,
    nazorgcoordinator: parseContactpersoon(input.nazorgcoordinator, 'Nazorgcoördinator'),
    procesregie: input.procesregie,
    zvhBetrokken: input.zvhBetrokken,
    zvhNaam,
    status: DossierStatus.OPEN,
    geopendOp: input.geopendOp,
    geslotenOp: null,
  });
  try {
    await manager.save(dossier);
  } catch (error) {
    if (violatesUnique(error, EEN_OPEN_DOSSIER)) {
      alreadyOpen();
    }
    throw error;
  }
  // Every voorwaarde starts unknown; the columns' defaults say "not arranged".
  await manager.insert(BasisvoorwaardenStatusEntity, { dossierId: dossier.id });
  access.permitCreationOf('Nazorgdossier', dossier);
  return dossier;
}

/** Closes an open dossier; it stays as history and a new one may be opened later. */
export async function sluitNazorgdossier(
  manager: EntityManager,
  input: SluitingInput,
  access: Refusals,
): Promise<NazorgdossierEntity> {
  const dossier = await loadOpenDossier(manager, input.dossierId, input.verwachteVersie, access);
  assertPeriod(dossier.geopendOp, input.geslotenOp, 'Nazorgdossier (from geopend to gesloten)');
  dossier.status = DossierStatus.GESLOTEN;
  dossier.geslotenOp = input.geslotenOp;
  return manager.save(dossier);
}

/**
 * The dossier's own gemeente fills the side of its rol; the other side is what the gemeente was
 * told, if anything. A different code on the own side is a contradiction and is refused.
 */
function rolGemeenten(input: NazorgdossierInput): {
  herkomstgemeente: string | null;
  ontvangendeGemeente: string | null;
} {
  const herkomstgemeente = input.herkomstgemeente ?? null;
  const ontvangendeGemeente = input.ontvangendeGemeente ?? null;
  const refuse = (side: string, given: string): never => {
    throw clientError(
      'INVALID_INPUT',
      `A dossier with rol ${input.rol} has its own gemeente ${input.gemeentecode} as ${side}, not ${given}.`,
    );
  };
  switch (input.rol) {
    case GemeenteRol.HERKOMSTGEMEENTE:
      if (herkomstgemeente && herkomstgemeente !== input.gemeentecode) refuse('herkomstgemeente', herkomstgemeente);
      return { herkomstgemeente: input.gemeentecode, ontvangendeGemeente };
    case GemeenteRol.ONTVANGENDE_GEMEENTE:
      if (ontvangendeGemeente && ontvangendeGemeente !== input.gemeentecode)
        refuse('ontvangendeGemeente', ontvangendeGemeente);
      return { herkomstgemeente, ontvangendeGemeente: input.gemeentecode };
    default:
      return assertUnreachable(input.rol);
  }
}
