import type { ReferenceResolver } from '@ketengraaf/subgraph-kit';

import type { OmBurgemeesterContext } from './context';
import { Justitiabele } from './justitiabele.type';

/**
 * Resolves a Justitiabele the gateway names by `id`. OM and the burgemeesters can speak of any
 * person, with or without records here, so no row is read: the guard decides from the request's
 * loaders whether the caller may see the person at all, and each field reads through them.
 */
export const resolveJustitiabeleReference: ReferenceResolver<OmBurgemeesterContext> = (representation) => {
  const { id } = representation;
  return typeof id === 'string' && id.trim() !== '' ? Justitiabele.from(id) : null;
};
