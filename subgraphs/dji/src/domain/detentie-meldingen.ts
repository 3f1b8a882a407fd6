import type { Grondslag, OutboxWriter } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { BetrokkenOrganisatieEntity } from '../entities/betrokken-organisatie.entity';
import { GemeenteRegistratieSoort } from '../entities/gemeente-registratie';
import { JustitiabeleEntity } from '../entities/justitiabele.entity';
import type { HulpvraagEntity, ScreeningEntity } from '../entities/screening.entity';
import type { VerblijfEntity } from '../entities/verblijf.entity';

/** The event types of DJI's meldingen about a detention, to the gemeenten of origin and return. */
export const DETENTIE_BEGONNEN = 'nl.ketengraaf.dji.detentie.begonnen';
export const DETENTIE_EINDE_GEWIJZIGD = 'nl.ketengraaf.dji.detentie.einde-gewijzigd';
export const DETENTIE_BEEINDIGD = 'nl.ketengraaf.dji.detentie.beeindigd';
/** An unexpected early release, to the gemeenten and the involved reclassering, ahead of the queue. */
export const DETENTIE_VERVROEGD_BEEINDIGD = 'nl.ketengraaf.dji.detentie.vervroegd-beeindigd';
/** The event types of the casemanager's meldingen about the screening, to the gemeenten and the reclassering. */
export const SCREENING_INFORMATIEVERZOEK = 'nl.ketengraaf.dji.screening.informatieverzoek';
export const SCREENING_HULPVRAGEN = 'nl.ketengraaf.dji.screening.hulpvragen';

/** The part a gemeente plays for the person, as the melding tells it (the gemeente's own `GemeenteRol`). */
type Rol = 'HERKOMSTGEMEENTE' | 'ONTVANGENDE_GEMEENTE';

interface DetentieMelding {
  readonly type: string;
  readonly grondslag: Grondslag;
  readonly data: Readonly<Record<string, unknown>>;
  /** Ahead of every melding waiting in DJI's outbox. */
  readonly voorrang?: boolean;
}

const BEIDE_ROLLEN: readonly Rol[] = ['HERKOMSTGEMEENTE', 'ONTVANGENDE_GEMEENTE'];

/**
 * Tells the gemeenten of a verblijf in `rollen` (of origin, of return), in the transaction of the
 * change: one gemeente that is both hears it once, as the gemeente of return. Each melding says the BSN (the gemeente knows its residents by it), the gemeente's part
 * and both gemeenten, besides what `melding.data` adds; the rest the gemeente reads through the
 * graph on its own ground. Nothing goes out for a person without a fixed address, with a gemeente
 * not yet known, or returning abroad.
 */
async function meldAanGemeenten(
  manager: EntityManager,
  outbox: OutboxWriter,
  verblijf: VerblijfEntity,
  melding: DetentieMelding,
  rollen: readonly Rol[] = BEIDE_ROLLEN,
): Promise<void> {
  const gemeenten = new Map<string, Rol>();
  const registraties = [
    ['HERKOMSTGEMEENTE', verblijf.herkomst],
    ['ONTVANGENDE_GEMEENTE', verblijf.terugkeer],
  ] as const;
  for (const [rol, registratie] of registraties) {
    if (rollen.includes(rol) && registratie.soort === GemeenteRegistratieSoort.GEMEENTE && registratie.gemeentecode) {
      gemeenten.set(registratie.gemeentecode, rol);
    }
  }
  if (gemeenten.size === 0) {
    return;
  }
  const { bsn } = await manager.findOneByOrFail(JustitiabeleEntity, { id: verblijf.justitiabeleId });
  for (const [gemeentecode, rol] of gemeenten) {
    await outbox.add(manager, {
      type: melding.type,
      afzender: `dji:${verblijf.huidigeInrichting}`,
      ontvanger: `gemeente:${gemeentecode}`,
      subject: `verblijf/${verblijf.id}`,
      grondslag: melding.grondslag,
      data: {
        bsn,
        rol,
        herkomstgemeente: verblijf.herkomst.gemeentecode,
        ontvangendeGemeente: verblijf.terugkeer.gemeentecode,
        ...melding.data,
      },
      voorrang: melding.voorrang,
    });
  }
}

/**
 * Tells the reclassering organisations DJI recorded as taking part in the re-integration of the
 * verblijf, and no other: DJI does not know, and may not tell, an organisation that has no part in
 * it. The reclassering knows the person by the strafrechtsketennummer, so the melding says that.
 */
async function meldAanBetrokkenReclassering(
  manager: EntityManager,
  outbox: OutboxWriter,
  verblijf: VerblijfEntity,
  melding: DetentieMelding,
): Promise<void> {
  const betrokken = await manager.findBy(BetrokkenOrganisatieEntity, { verblijfId: verblijf.id });
  for (const organisatie of new Set(betrokken.map((row) => row.organisatie))) {
    await outbox.add(manager, {
      type: melding.type,
      afzender: `dji:${verblijf.huidigeInrichting}`,
      ontvanger: organisatie,
      subject: `verblijf/${verblijf.id}`,
      grondslag: melding.grondslag,
      data: { strafrechtsketennummer: verblijf.justitiabeleId, ...melding.data },
      voorrang: melding.voorrang,
    });
  }
}

/**
 * A new verblijf: "Gemeenten ontvangen van DJI informatie over de datum begin en einde van de
 * vrijheidsbeneming … (art. 51c, tweede lid WJSG)" (seed 000, l. 306–310).
 */
export function meldDetentieBegonnen(
  manager: EntityManager,
  outbox: OutboxWriter,
  verblijf: VerblijfEntity,
): Promise<void> {
  return meldAanGemeenten(manager, outbox, verblijf, {
    type: DETENTIE_BEGONNEN,
    grondslag: 'ART_51C_WJSG',
    data: { instroomdatum: verblijf.instroomdatum, verwachteUitstroomdatum: verblijf.verwachteUitstroomdatum },
  });
}

/** A changed expected end of detention, on the same ground as its begin (seed 000, l. 306–310). */
export function meldDetentieEindeGewijzigd(
  manager: EntityManager,
  outbox: OutboxWriter,
  verblijf: VerblijfEntity,
): Promise<void> {
  return meldAanGemeenten(manager, outbox, verblijf, {
    type: DETENTIE_EINDE_GEWIJZIGD,
    grondslag: 'ART_51C_WJSG',
    data: { verwachteUitstroomdatum: verblijf.verwachteUitstroomdatum },
  });
}

/** The end of detention: the uitstroom, on art. 51c WJSG (seed 000, l. 306–310). */
export function meldDetentieBeeindigd(
  manager: EntityManager,
  outbox: OutboxWriter,
  verblijf: VerblijfEntity,
): Promise<void> {
  return meldAanGemeenten(manager, outbox, verblijf, {
    type: DETENTIE_BEEINDIGD,
    grondslag: 'ART_51C_WJSG',
    data: { uitstroomdatum: verblijf.uitstroomdatum },
  });
}

/**
 * An unexpected early release: "Alle partijen zijn zich daarbij van bewust dat er zich soms
 * situaties kunnen voordoen die buiten de invloedssfeer liggen, bijvoorbeeld een rechterlijke
 * uitspraak, waardoor een ex-gedetineerde sneller eerder vrijkomt dan verwacht. Het OM zal in
 * dergelijke situaties zich inspannen om er voor te zorgen dat er voldoende tijd komt voor gemeente
 * en reclassering om de terugkeer goed voor te bereiden" (seed 004 l. 217–223). So at once and
 * ahead of the queue (`voorrang`), to the gemeenten of origin and return on art. 51c WJSG (the end
 * of the deprivation of liberty, seed 000 l. 306–310) and to the reclassering organisations DJI
 * recorded as taking part in the re-integration on art. 18a Pbw; it says the day and the expected
 * uitstroom it replaces.
 */
export async function meldVervroegdeInvrijheidstelling(
  manager: EntityManager,
  outbox: OutboxWriter,
  verblijf: VerblijfEntity,
  verwachteUitstroomdatum: string | null,
): Promise<void> {
  const data = { uitstroomdatum: verblijf.uitstroomdatum, verwachteUitstroomdatum };
  await meldAanGemeenten(manager, outbox, verblijf, {
    type: DETENTIE_VERVROEGD_BEEINDIGD,
    grondslag: 'ART_51C_WJSG',
    data,
    voorrang: true,
  });
  await meldAanBetrokkenReclassering(manager, outbox, verblijf, {
    type: DETENTIE_VERVROEGD_BEEINDIGD,
    grondslag: 'ART_18A_PBW',
    data,
    voorrang: true,
  });
}

/**
 * The casemanager's request for information for the screening: "Binnen 10 dagen na instroom
 * Casemanager in de PI haalt informatie op bij gemeente van herkomst en reclassering (indien
 * bekend) ten behoeve van de screening" (seed 001 Bijlage I, l. 560–562), on art. 18a Pbw. So to
 * the gemeente of origin only, and to the reclassering organisations DJI knows are involved; the
 * melding says by when the screening is due.
 */
export async function meldScreeningInformatieverzoek(
  manager: EntityManager,
  outbox: OutboxWriter,
  verblijf: VerblijfEntity,
  screeningUiterlijk: string,
): Promise<void> {
  const melding = {
    type: SCREENING_INFORMATIEVERZOEK,
    grondslag: 'ART_18A_PBW' as const,
    data: { instroomdatum: verblijf.instroomdatum, screeningUiterlijk },
  };
  await meldAanGemeenten(manager, outbox, verblijf, melding, ['HERKOMSTGEMEENTE']);
  await meldAanBetrokkenReclassering(manager, outbox, verblijf, melding);
}

/**
 * The screening's hulpvragen per basisvoorwaarde and sociaal netwerk: "Deelt de casemanager van de
 * PI de gegevens over de hulpvragen die de gedetineerde heeft op de vijf basisvoorwaarden en het
 * sociaal netwerk met de reclassering en de betrokken gemeente" (seed 001 Bijlage I, l. 580–582),
 * on art. 18a Pbw: to the gemeenten of origin and return and the reclassering organisations DJI
 * recorded as involved.
 */
export async function meldScreeningHulpvragen(
  manager: EntityManager,
  outbox: OutboxWriter,
  verblijf: VerblijfEntity,
  screening: ScreeningEntity,
  hulpvragen: readonly Pick<HulpvraagEntity, 'domein' | 'hulpvraag' | 'toelichting'>[],
): Promise<void> {
  const melding = {
    type: SCREENING_HULPVRAGEN,
    grondslag: 'ART_18A_PBW' as const,
    data: {
      screeningdatum: screening.datum,
      hulpvragen: hulpvragen.map(({ domein, hulpvraag, toelichting }) => ({ domein, hulpvraag, toelichting })),
    },
  };
  await meldAanGemeenten(manager, outbox, verblijf, melding);
  await meldAanBetrokkenReclassering(manager, outbox, verblijf, melding);
}
