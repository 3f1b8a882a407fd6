import type { OutboxWriter } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { GemeenteRegistratieSoort } from '../entities/gemeente-registratie';
import type { VerblijfEntity } from '../entities/verblijf.entity';

/** The event types of DJI's meldingen about a detention, to the gemeenten of origin and return. */
export const DETENTIE_BEGONNEN = 'nl.ketengraaf.dji.detentie.begonnen';

/** The part a gemeente plays for the person, as the melding tells it (the gemeente's own `GemeenteRol`). */
type Rol = 'HERKOMSTGEMEENTE' | 'ONTVANGENDE_GEMEENTE';

/**
 * Tells the gemeente of origin and the gemeente of return of a new verblijf that the detention
 * began, in the transaction that registers it: "Gemeenten ontvangen van DJI informatie over de
 * datum begin en einde van de vrijheidsbeneming … (art. 51c, tweede lid WJSG)" (seed 000,
 * l. 306–308). One gemeente that is both hears it once, as the gemeente of return. The melding
 * says the BSN (the gemeente knows its residents by it), the dates and the gemeente's part; the
 * rest the gemeente reads through the graph on its own ground. Nothing goes out for a person
 * without a fixed address, with a gemeente not yet known, or returning abroad.
 */
export async function meldDetentieBegonnen(
  manager: EntityManager,
  outbox: OutboxWriter,
  verblijf: VerblijfEntity,
  bsn: string,
): Promise<void> {
  const gemeenten = new Map<string, Rol>();
  if (verblijf.herkomst.soort === GemeenteRegistratieSoort.GEMEENTE && verblijf.herkomst.gemeentecode) {
    gemeenten.set(verblijf.herkomst.gemeentecode, 'HERKOMSTGEMEENTE');
  }
  if (verblijf.terugkeer.soort === GemeenteRegistratieSoort.GEMEENTE && verblijf.terugkeer.gemeentecode) {
    gemeenten.set(verblijf.terugkeer.gemeentecode, 'ONTVANGENDE_GEMEENTE');
  }
  for (const [gemeentecode, rol] of gemeenten) {
    await outbox.add(manager, {
      type: DETENTIE_BEGONNEN,
      afzender: `dji:${verblijf.huidigeInrichting}`,
      ontvanger: `gemeente:${gemeentecode}`,
      subject: `verblijf/${verblijf.id}`,
      grondslag: 'ART_51C_WJSG',
      data: {
        bsn,
        rol,
        herkomstgemeente: verblijf.herkomst.gemeentecode,
        ontvangendeGemeente: verblijf.terugkeer.gemeentecode,
        instroomdatum: verblijf.instroomdatum,
        verwachteUitstroomdatum: verblijf.verwachteUitstroomdatum,
      },
    });
  }
}
