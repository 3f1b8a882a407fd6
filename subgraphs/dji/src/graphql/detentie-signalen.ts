import { byUrgency, Signaal } from '@ketengraaf/subgraph-kit';
import type { Grondslag } from '@ketengraaf/subgraph-kit';

import { detentieSignalen } from '../domain/detentie-signalen';
import type { VerblijfEntity } from '../entities/verblijf.entity';
import type { DjiLoaders } from '../loaders/dji-loaders';

/** The grounds DJI's signals are shown on: those of the screening, plan and MDO they are derived from. */
export const SIGNAAL_GRONDEN = ['EIGEN_TAAK', 'ART_18A_PBW'] as const satisfies readonly Grondslag[];

/**
 * DJI's signals on one stay, most urgent first, shown on `grondslag`: from its screenings, plan
 * versions and MDOs, each read through the request's loaders, so a page of stays costs one
 * statement per table.
 */
export async function signalenVan(
  verblijf: VerblijfEntity,
  loaders: DjiLoaders,
  vandaag: string,
  grondslag: Grondslag,
): Promise<Signaal[]> {
  const [screenings, plannen, mdos] = await Promise.all([
    loaders.screenings.load(verblijf.id),
    loaders.drPlannen.load(verblijf.id),
    loaders.mdos.load(verblijf.id),
  ]);
  const earliest = (dates: string[]): string | null => dates.sort().at(0) ?? null;
  const signalen = detentieSignalen(
    {
      instroomdatum: verblijf.instroomdatum,
      verwachteUitstroomdatum: verblijf.verwachteUitstroomdatum,
      eersteScreening: earliest(screenings.map((screening) => screening.datum)),
      eerstePlan: earliest(plannen.map((plan) => plan.vastgesteldOp)),
      laatsteMdo:
        mdos
          .map((mdo) => mdo.datum)
          .sort()
          .at(-1) ?? null,
    },
    vandaag,
  );
  return signalen.sort(byUrgency).map((signaal) => Signaal.of({ ...signaal, eigenaar: 'dji', grondslag }));
}
