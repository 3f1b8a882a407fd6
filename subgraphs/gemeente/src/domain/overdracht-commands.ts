import { assertPeriod, clientError, gemeenteEnBsn, genoemdeGemeente } from '@ketengraaf/subgraph-kit';
import type { Betrokkene, MeldingOntvangst, OntvangenMelding, OutboxWriter, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';

import { BasisvoorwaardenStatusEntity } from '../entities/basisvoorwaarden-status.entity';
import { DossierStatus, GemeenteRol, NazorgdossierEntity } from '../entities/nazorgdossier.entity';
import type { OverdrachtInput } from '../graphql/inputs';

import { aanmelding } from './aanmelding';
import { loadOpenDossier } from './validation';

/** DJI's melding that a stay's gemeente of return changed (art. 51c WJSG). */
export const TERUGKEERGEMEENTE_GEWIJZIGD = 'nl.ketengraaf.dji.terugkeergemeente.gewijzigd';

/** The former gemeente of return's handover to the new one (art. 18a Pbw). */
export const NAZORGDOSSIER_OVERGEDRAGEN = 'nl.ketengraaf.gemeente.nazorgdossier.overgedragen';

/** The basisvoorwaarden a handover passes on: the gemeente's status per voorwaarde, without the dossier's id. */
type Basisvoorwaarden = Omit<BasisvoorwaardenStatusEntity, 'dossierId'>;

/**
 * Keeps what DJI's melding of a changed gemeente of return says. The new gemeente opens an
 * AANGEMELD dossier as on a begin of detention; the former one records on its dossier to whom it
 * hands over ("Bij zwaarwegende redenen gaat de herkomstgemeente vroegtijdig in overleg met de
 * ontvangende gemeente", seed 000 l. 257–258). DJI's reason is not in it.
 */
async function ontvangTerugkeergemeenteGewijzigd(
  manager: EntityManager,
  melding: OntvangenMelding,
): Promise<Betrokkene> {
  const { gemeentecode, bsn } = gemeenteEnBsn(melding);
  const nieuwe = genoemdeGemeente(melding, 'nieuweTerugkeergemeente');
  switch (melding.data['rol']) {
    case 'NIEUWE_TERUGKEERGEMEENTE':
      if (nieuwe !== gemeentecode) {
        throw clientError('INVALID_INPUT', `The melding does not name gemeente ${gemeentecode} as the new one.`);
      }
      await aanmelding(manager, {
        gemeentecode,
        bsn,
        rol: GemeenteRol.ONTVANGENDE_GEMEENTE,
        herkomstgemeente: genoemdeGemeente(melding, 'herkomstgemeente'),
        ontvangendeGemeente: gemeentecode,
        aangemeldDoor: melding.afzender,
        geopendOp: melding.tijdstip.slice(0, 10),
      });
      break;
    case 'VORIGE_TERUGKEERGEMEENTE':
      if (genoemdeGemeente(melding, 'vorigeTerugkeergemeente') !== gemeentecode) {
        throw clientError('INVALID_INPUT', `The melding does not name gemeente ${gemeentecode} as the former one.`);
      }
      // Abroad or not yet known: there is no gemeente to hand over to.
      await manager.update(
        NazorgdossierEntity,
        { gemeentecode, bsn, status: In([DossierStatus.AANGEMELD, DossierStatus.OPEN]) },
        { overdrachtAan: nieuwe },
      );
      break;
    default:
      throw clientError('INVALID_INPUT', 'The melding names no part the gemeente plays in the change.');
  }
  return { soort: 'BSN', nummer: bsn, bronhouder: `gemeente:${gemeentecode}` };
}

/**
 * The former gemeente of return hands its dossier over to the new gemeente DJI named: the dossier
 * closes as OVERGEDRAGEN and the handover melding, in the same transaction, tells the new gemeente
 * the person, the day and the status per basisvoorwaarde, which the sharing over the
 * basisvoorwaarden between the gemeenten allows ("gegevensdeling over de basisvoorwaarden tussen de
 * DJI, de gemeenten en de reclassering (ontwerpart. 18a Pbw)", seed 000 l. 318–322).
 */
export async function draagNazorgdossierOver(
  manager: EntityManager,
  input: OverdrachtInput,
  access: Refusals,
  outbox: OutboxWriter,
): Promise<NazorgdossierEntity> {
  const dossier = await loadOpenDossier(manager, input.dossierId, input.verwachteVersie, access);
  if (!dossier.overdrachtAan) {
    throw clientError(
      'INVALID_STATE',
      `Nazorgdossier ${dossier.id} has no new gemeente of return to hand over to: DJI has not changed it.`,
      { id: dossier.id },
    );
  }
  assertPeriod(dossier.geopendOp, input.datum, 'Nazorgdossier (from geopend to overgedragen)');
  const status = await manager.findOneByOrFail(BasisvoorwaardenStatusEntity, { dossierId: dossier.id });
  const { dossierId: _ownDossier, ...basisvoorwaarden } = status;
  dossier.status = DossierStatus.OVERGEDRAGEN;
  dossier.geslotenOp = input.datum;
  const saved = await manager.save(dossier);
  await outbox.add(manager, {
    type: NAZORGDOSSIER_OVERGEDRAGEN,
    afzender: `gemeente:${dossier.gemeentecode}`,
    ontvanger: `gemeente:${dossier.overdrachtAan}`,
    subject: `nazorgdossier/${dossier.id}`,
    grondslag: 'ART_18A_PBW',
    data: { bsn: dossier.bsn, datum: input.datum, basisvoorwaarden },
  });
  return saved;
}

/**
 * Keeps the handover at the new gemeente: its dossier (the one DJI's melding opened, or else a new
 * AANGEMELD one) records who handed over and when, and a dossier not yet taken up starts from the
 * former gemeente's status per basisvoorwaarde; a dossier already open keeps its own.
 */
async function ontvangOverdracht(manager: EntityManager, melding: OntvangenMelding): Promise<Betrokkene> {
  const { gemeentecode, bsn } = gemeenteEnBsn(melding);
  const datum = String(melding.data['datum']);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) {
    throw clientError('INVALID_INPUT', 'A handover names the day it took effect (yyyy-mm-dd).');
  }
  const dossier = await aanmelding(manager, {
    gemeentecode,
    bsn,
    rol: GemeenteRol.ONTVANGENDE_GEMEENTE,
    herkomstgemeente: null,
    ontvangendeGemeente: gemeentecode,
    aangemeldDoor: melding.afzender,
    geopendOp: melding.tijdstip.slice(0, 10),
  });
  await manager.update(
    NazorgdossierEntity,
    { id: dossier.id },
    { overgedragenDoor: melding.afzender, overgedragenOp: datum },
  );
  if (dossier.status === DossierStatus.AANGEMELD) {
    await manager.update(
      BasisvoorwaardenStatusEntity,
      { dossierId: dossier.id },
      basisvoorwaardenOf(melding.data['basisvoorwaarden']),
    );
  }
  return { soort: 'BSN', nummer: bsn, bronhouder: `gemeente:${gemeentecode}` };
}

/** The five voorwaarden of a handover, each only with the columns the gemeente keeps. */
function basisvoorwaardenOf(value: unknown): Basisvoorwaarden {
  const given = (value ?? {}) as Record<string, unknown>;
  const pick = <T extends string>(voorwaarde: string, keys: readonly T[]): Record<T, never> => {
    const fields = given[voorwaarde];
    if (typeof fields !== 'object' || fields === null) {
      throw clientError('INVALID_INPUT', `The handover says nothing of ${voorwaarde}.`);
    }
    const known = fields as Record<string, unknown>;
    return Object.fromEntries(keys.map((key) => [key, known[key] ?? null])) as Record<T, never>;
  };
  return {
    identiteitsbewijs: pick('identiteitsbewijs', ['aangevraagdOp', 'gereedOp']),
    onderdak: pick('onderdak', ['type', 'per']),
    inkomen: pick('inkomen', ['uitkeringAangevraagdOp', 'uitkeringToegekendOp', 'werk', 'bankrekening']),
    schulden: pick('schulden', ['schuldhulpGestartOp']),
    zorg: pick('zorg', ['zorgverzekering', 'indicatie']),
  };
}

/** The meldingen of a changed gemeente of return, at either gemeente. */
export const overdrachtMeldingen: readonly MeldingOntvangst[] = [
  {
    type: TERUGKEERGEMEENTE_GEWIJZIGD,
    van: ['dji'],
    grondslag: 'ART_51C_WJSG',
    ontvang: ontvangTerugkeergemeenteGewijzigd,
  },
  { type: NAZORGDOSSIER_OVERGEDRAGEN, van: ['gemeente'], grondslag: 'ART_18A_PBW', ontvang: ontvangOverdracht },
];
