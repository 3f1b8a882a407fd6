import { passesElfproef } from '@ketengraaf/subgraph-kit';
import type { ReferenceResolver } from '@ketengraaf/subgraph-kit';

import type { GemeenteContext } from './context';
import { Justitiabele } from './justitiabele.type';

/**
 * Resolves a Justitiabele the gateway names by `bsn`. The gemeente can speak of any valid BSN, with
 * or without dossiers, so no row is read here; the dossiers come through the request's loader.
 */
export const resolveJustitiabeleReference: ReferenceResolver<GemeenteContext> = (representation) => {
  const { bsn } = representation;
  return typeof bsn === 'string' && passesElfproef(bsn) ? Justitiabele.from(bsn) : null;
};
