import { byUrgency, Signaal } from '@ketengraaf/subgraph-kit';
import type { Grondslag } from '@ketengraaf/subgraph-kit';

import { adviesSignaal } from '../domain/advies-signaal';
import { viBeslissingSignaal } from '../domain/vi-beslissing-signaal';

import type { OmBurgemeesterContext } from './context';
import { OpdrachtTotAdvies } from './opdracht-tot-advies.type';
import { Strafzaak } from './strafzaak.type';

/** The ground OM's signals are shown on: that of the opdrachten they come from, OM's own task. */
export const ZAAK_SIGNAAL_GRONDEN = ['EIGEN_TAAK'] as const satisfies readonly Grondslag[];

/**
 * OM's signals on a person (or on one of its cases, with `zaakId`), most urgent first: one per
 * opdracht tot advies and one per case with a VI-datum the caller may read, so only the officier;
 * read through the request's loaders, so a page costs one statement per table.
 */
export async function zaakSignalenVan(
  justitiabeleId: string,
  zaakId: string | null,
  { loaders, access }: OmBurgemeesterContext,
  vandaag: string,
  grondslag: Grondslag,
): Promise<Signaal[]> {
  const [opdrachten, meldingen, zaken, beslissingen] = await Promise.all([
    loaders.opdrachtenTotAdvies.load(justitiabeleId),
    loaders.reclasseringsmeldingen.load(justitiabeleId),
    loaders.strafzaken.load(justitiabeleId),
    loaders.viBeslissingen.load(justitiabeleId),
  ]);
  const ofCase = (id: string): boolean => zaakId === null || id === zaakId;
  const signalen: Signaal[] = [];
  for (const opdracht of opdrachten) {
    if (ofCase(opdracht.zaakId) && (await access.mayRead('OpdrachtTotAdvies', OpdrachtTotAdvies.from(opdracht)))) {
      signalen.push(Signaal.of({ ...adviesSignaal(opdracht, meldingen, vandaag), eigenaar: 'om', grondslag }));
    }
  }
  for (const zaak of zaken) {
    const beslissing = beslissingen.find((row) => row.zaakId === zaak.id) ?? null;
    const signaal = viBeslissingSignaal(zaak, beslissing, vandaag);
    if (signaal && ofCase(zaak.id) && (await access.mayRead('Strafzaak', Strafzaak.from(zaak)))) {
      signalen.push(Signaal.of({ ...signaal, eigenaar: 'om', grondslag }));
    }
  }
  return signalen.sort(byUrgency);
}
