import { byUrgency, Signaal } from '@ketengraaf/subgraph-kit';
import type { Caller, Grondslag } from '@ketengraaf/subgraph-kit';

import { detentieSignalen } from '../domain/detentie-signalen';
import type { ExtramuraleFaseEntity, ExtramuraleRapportageEntity } from '../entities/extramurale-fase.entity';
import type { VerblijfEntity } from '../entities/verblijf.entity';
import type { DjiLoaders } from '../loaders/dji-loaders';

/** The grounds DJI's signals are shown on: those of the screening, plan and MDO they are derived from. */
export const SIGNAAL_GRONDEN = ['EIGEN_TAAK', 'ART_18A_PBW'] as const satisfies readonly Grondslag[];

/**
 * DJI's signals on one stay, most urgent first, shown to `caller` on `grondslag`: from its
 * screenings, plan versions, MDOs and extramural reports, each read through the request's loaders,
 * so a page of stays costs one statement per table.
 */
export async function signalenVan(
  verblijf: VerblijfEntity,
  loaders: DjiLoaders,
  vandaag: string,
  grondslag: Grondslag,
  caller: Caller,
): Promise<Signaal[]> {
  const [screenings, plannen, mdos, fase, rapportages] = await Promise.all([
    loaders.screenings.load(verblijf.id),
    loaders.drPlannen.load(verblijf.id),
    loaders.mdos.load(verblijf.id),
    loaders.extramuraleFase.load(verblijf.id),
    loaders.extramuraleRapportages.load(verblijf.id),
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
      extramuraleRapportage: rapportageOrder(fase, rapportages, grondslag, caller),
    },
    vandaag,
  );
  return signalen.sort(byUrgency).map((signaal) => Signaal.of({ ...signaal, eigenaar: 'dji', grondslag }));
}

/**
 * The director's order of reports, for the director (DJI's own task) and the supervising
 * organisation alone: the report is between them (seed 001 l. 636–640), so the gemeente and other
 * partners on art. 18a do not learn whether it is overdue.
 */
function rapportageOrder(
  fase: ExtramuraleFaseEntity | null,
  rapportages: readonly ExtramuraleRapportageEntity[],
  grondslag: Grondslag,
  caller: Caller,
): { sinds: string; intervalDagen: number } | null {
  if (fase === null || fase.rapportageIntervalDagen === null) {
    return null;
  }
  if (grondslag !== 'EIGEN_TAAK' && caller.organisatie !== fase.toezichthouder) {
    return null;
  }
  return { sinds: rapportages[0]?.datum ?? fase.van, intervalDagen: fase.rapportageIntervalDagen };
}
