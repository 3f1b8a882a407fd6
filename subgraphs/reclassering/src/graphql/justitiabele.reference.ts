import type { ReferenceResolver } from '@ketengraaf/subgraph-kit';

import type { ReclasseringContext } from './context';
import { Justitiabele } from './justitiabele.type';

/**
 * Resolves a Justitiabele the gateway names by `id`. The reclassering can speak of any
 * strafrechtsketennummer, with or without records, so no row is read here; the access check and
 * the fields read the person's records through the request's loaders.
 */
export const resolveJustitiabeleReference: ReferenceResolver<ReclasseringContext> = (representation) => {
  const { id } = representation;
  return typeof id === 'string' && id.trim() !== '' ? Justitiabele.from(id) : null;
};
