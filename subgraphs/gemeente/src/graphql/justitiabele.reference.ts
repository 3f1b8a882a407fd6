import { passesElfproef } from '@ketengraaf/subgraph-kit';
import type { ReferenceResolver } from '@ketengraaf/subgraph-kit';

import type { GemeenteContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { Verblijf } from './verblijf.external';

/**
 * Resolves a Justitiabele the gateway names by `bsn`. The gemeente can speak of any valid BSN, with
 * or without dossiers, so no row is read here; the dossiers come through the request's loader.
 */
export const resolveJustitiabeleReference: ReferenceResolver<GemeenteContext> = (representation) => {
  const { bsn } = representation;
  return typeof bsn === 'string' && passesElfproef(bsn)
    ? Justitiabele.from(bsn, {
        huidigVerblijf: verblijfOf(representation['huidigVerblijf']),
        laatsteVerblijf: verblijfOf(representation['laatsteVerblijf']),
        // Checked where they are joined (`aangeleverdeSignalen`), since a person without a BSN arrives as it came.
        detentieSignalen: representation['detentieSignalen'],
        bijSignalen: representation['bijSignalen'],
        bijVerwachtSignalen: representation['bijVerwachtSignalen'],
        zaakSignalen: representation['zaakSignalen'],
      })
    : null;
};

/**
 * A stay of DJI's as the gateway hands it over for `@requires`: only dates, anything else
 * ignored. It decides no access here, only the deadlines of signals the caller already may read.
 */
function verblijfOf(value: unknown): Verblijf | null {
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const datum = (field: unknown): string | null =>
    typeof field === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(field) ? field : null;
  const { instroomdatum, verwachteUitstroomdatum, viDatum, uitstroomdatum } = value as Record<string, unknown>;
  return Object.assign(new Verblijf(), {
    instroomdatum: datum(instroomdatum),
    verwachteUitstroomdatum: datum(verwachteUitstroomdatum),
    viDatum: datum(viDatum),
    uitstroomdatum: datum(uitstroomdatum),
  });
}
