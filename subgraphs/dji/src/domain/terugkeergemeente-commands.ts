import { assertPeriod, clientError } from '@ketengraaf/subgraph-kit';
import type { OutboxWriter, Refusals } from '@ketengraaf/subgraph-kit';
import type { EntityManager } from 'typeorm';

import { GemeenteRegistratieSoort } from '../entities/gemeente-registratie';
import type { GemeenteRegistratie } from '../entities/gemeente-registratie';
import { JustitiabeleEntity } from '../entities/justitiabele.entity';
import { TerugkeerwijzigingEntity } from '../entities/terugkeerwijziging.entity';
import { VerblijfEntity } from '../entities/verblijf.entity';
import type { TerugkeergemeenteWijzigingInput } from '../graphql/inputs';

import { toGemeenteRegistratie } from './validation';
import { loadCurrentVerblijf } from './verblijf-commands';

/** DJI's melding that a stay's gemeente of return changed, to the former and the new one. */
export const TERUGKEERGEMEENTE_GEWIJZIGD = 'nl.ketengraaf.dji.terugkeergemeente.gewijzigd';

/** The part the receiving gemeente plays in the change, as the melding tells it. */
type Rol = 'VORIGE_TERUGKEERGEMEENTE' | 'NIEUWE_TERUGKEERGEMEENTE';

/**
 * Records a changed gemeente of return of a current stay with its reason, and tells the former and
 * the new gemeente in the same transaction. Art. 51c WJSG follows the stay's registration, so from
 * this commit the new gemeente reads the stay's begin and end and the former one no longer does
 * (unless it is also the gemeente of origin). The reason stays with DJI: it may concern victims.
 */
export async function wijzigTerugkeergemeente(
  manager: EntityManager,
  input: TerugkeergemeenteWijzigingInput,
  access: Refusals,
  outbox: OutboxWriter,
): Promise<VerblijfEntity> {
  const verblijf = await loadCurrentVerblijf(manager, input.verblijfId, input.verwachteVersie, access);
  const nieuwe = toGemeenteRegistratie(input.terugkeer, 'Terugkeer');
  const vorige = verblijf.terugkeer;
  if (sameRegistratie(vorige, nieuwe)) {
    throw clientError('INVALID_INPUT', `Verblijf ${verblijf.id} already has this gemeente of return.`);
  }
  assertPeriod(verblijf.instroomdatum, input.datum, 'Terugkeerwijziging (from instroom)');
  await manager.insert(TerugkeerwijzigingEntity, {
    verblijfId: verblijf.id,
    datum: input.datum,
    vorige,
    nieuwe,
    reden: input.reden,
  });
  verblijf.terugkeer = nieuwe;
  const saved = await manager.save(verblijf);
  const { bsn } = await manager.findOneByOrFail(JustitiabeleEntity, { id: verblijf.justitiabeleId });
  await meldTerugkeergemeenteGewijzigd(manager, outbox, saved, vorige, input.datum, bsn);
  return manager.findOneByOrFail(VerblijfEntity, { id: verblijf.id });
}

function sameRegistratie(a: GemeenteRegistratie, b: GemeenteRegistratie): boolean {
  return a.soort === b.soort && a.gemeentecode === b.gemeentecode && a.land === b.land;
}

/**
 * Tells the former and the new gemeente of return that the gemeente of return changed, on art. 51c
 * WJSG (seed 000 l. 306–308): the new one learns it now receives the person (and opens a dossier
 * from it), the former one that it should hand over ("Bij zwaarwegende redenen gaat de
 * herkomstgemeente vroegtijdig in overleg met de ontvangende gemeente", seed 000 l. 257–258). The
 * melding says the BSN, both gemeenten and the day; never the reason.
 */
async function meldTerugkeergemeenteGewijzigd(
  manager: EntityManager,
  outbox: OutboxWriter,
  verblijf: VerblijfEntity,
  vorige: GemeenteRegistratie,
  datum: string,
  bsn: string,
): Promise<void> {
  const ontvangers: [string | null, Rol][] = [
    [gemeenteOf(vorige), 'VORIGE_TERUGKEERGEMEENTE'],
    [gemeenteOf(verblijf.terugkeer), 'NIEUWE_TERUGKEERGEMEENTE'],
  ];
  for (const [gemeentecode, rol] of ontvangers) {
    if (!gemeentecode) continue;
    await outbox.add(manager, {
      type: TERUGKEERGEMEENTE_GEWIJZIGD,
      afzender: `dji:${verblijf.huidigeInrichting}`,
      ontvanger: `gemeente:${gemeentecode}`,
      subject: `verblijf/${verblijf.id}`,
      grondslag: 'ART_51C_WJSG',
      data: {
        bsn,
        rol,
        datum,
        herkomstgemeente: verblijf.herkomst.gemeentecode,
        vorigeTerugkeergemeente: gemeenteOf(vorige),
        nieuweTerugkeergemeente: gemeenteOf(verblijf.terugkeer),
      },
    });
  }
}

const gemeenteOf = (registratie: GemeenteRegistratie): string | null =>
  registratie.soort === GemeenteRegistratieSoort.GEMEENTE ? registratie.gemeentecode : null;
