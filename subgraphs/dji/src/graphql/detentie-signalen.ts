import { byUrgency, Signaal } from '@ketengraaf/subgraph-kit';
import type { Caller, Grondslag } from '@ketengraaf/subgraph-kit';

import { detentieSignalen } from '../domain/detentie-signalen';
import type { SignaalFeiten } from '../data/signaal-feiten.queries';
import type { VerblijfEntity } from '../entities/verblijf.entity';

import type { DjiRequestLoaders } from './context';

/** The grounds DJI's signals are shown on: those of the screening, plan and MDO they are derived from. */
export const SIGNAAL_GRONDEN = ['EIGEN_TAAK', 'ART_18A_PBW'] as const satisfies readonly Grondslag[];

/**
 * DJI's signals on one stay, most urgent first, shown to `caller` on `grondslag`: from the dates of
 * its screenings, plan versions, MDOs and extramural reports, read through the request's loader of
 * signal facts, so a page of stays costs one statement. Computed once per stay and ground in a
 * request (the request has one caller): a werkvoorraad item's `signalen` and its person's
 * `detentieSignalen` share them.
 */
export function signalenVan(
  verblijf: VerblijfEntity,
  loaders: DjiRequestLoaders,
  vandaag: string,
  grondslag: Grondslag,
  caller: Caller,
): Promise<Signaal[]> {
  const key = `${verblijf.id} ${grondslag}`;
  let signalen = loaders.signalen.get(key);
  if (signalen === undefined) {
    signalen = signalenBerekend(verblijf, loaders, vandaag, grondslag, caller);
    loaders.signalen.set(key, signalen);
  }
  return signalen;
}

async function signalenBerekend(
  verblijf: VerblijfEntity,
  loaders: DjiRequestLoaders,
  vandaag: string,
  grondslag: Grondslag,
  caller: Caller,
): Promise<Signaal[]> {
  const feiten = await loaders.signaalFeiten.load(verblijf.id);
  const signalen = detentieSignalen(
    {
      instroomdatum: verblijf.instroomdatum,
      verwachteUitstroomdatum: verblijf.verwachteUitstroomdatum,
      eersteScreening: feiten?.eersteScreening ?? null,
      eerstePlan: feiten?.eerstePlan ?? null,
      laatsteMdo: feiten?.laatsteMdo ?? null,
      extramuraleRapportage: feiten ? rapportageOrder(feiten, grondslag, caller) : null,
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
  { toezichthouder, rapportageIntervalDagen, rapportageSinds }: SignaalFeiten,
  grondslag: Grondslag,
  caller: Caller,
): { sinds: string; intervalDagen: number } | null {
  if (toezichthouder === null || rapportageIntervalDagen === null || rapportageSinds === null) {
    return null;
  }
  if (grondslag !== 'EIGEN_TAAK' && caller.organisatie !== toezichthouder) {
    return null;
  }
  return { sinds: rapportageSinds, intervalDagen: rapportageIntervalDagen };
}
