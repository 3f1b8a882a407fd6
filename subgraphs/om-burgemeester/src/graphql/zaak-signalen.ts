import { byUrgency, Signaal } from '@ketengraaf/subgraph-kit';
import type { Grondslag } from '@ketengraaf/subgraph-kit';

import { adviesSignaal } from '../domain/advies-signaal';

import type { OmBurgemeesterContext } from './context';
import { OpdrachtTotAdvies } from './opdracht-tot-advies.type';

/** The ground OM's signals are shown on: that of the opdrachten they come from, OM's own task. */
export const ZAAK_SIGNAAL_GRONDEN = ['EIGEN_TAAK'] as const satisfies readonly Grondslag[];

/**
 * OM's signals on a person (or on one of its cases, with `zaakId`), most urgent first: one per
 * opdracht tot advies the caller may read, so only the officier; read through the request's
 * loaders, so a page costs one statement per table.
 */
export async function zaakSignalenVan(
  justitiabeleId: string,
  zaakId: string | null,
  { loaders, access }: OmBurgemeesterContext,
  vandaag: string,
  grondslag: Grondslag,
): Promise<Signaal[]> {
  const [opdrachten, meldingen] = await Promise.all([
    loaders.opdrachtenTotAdvies.load(justitiabeleId),
    loaders.reclasseringsmeldingen.load(justitiabeleId),
  ]);
  const signalen: Signaal[] = [];
  for (const opdracht of opdrachten) {
    if (
      (zaakId === null || opdracht.zaakId === zaakId) &&
      (await access.mayRead('OpdrachtTotAdvies', OpdrachtTotAdvies.from(opdracht)))
    ) {
      signalen.push(Signaal.of({ ...adviesSignaal(opdracht, meldingen, vandaag), eigenaar: 'om', grondslag }));
    }
  }
  return signalen.sort(byUrgency);
}
