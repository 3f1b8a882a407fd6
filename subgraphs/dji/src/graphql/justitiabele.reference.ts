import { passesElfproef } from '@ketengraaf/subgraph-kit';
import type { ReferenceResolver } from '@ketengraaf/subgraph-kit';

import type { DjiContext } from './context';
import { Justitiabele } from './justitiabele.type';

/** Resolves a Justitiabele the gateway names by `id` or by `bsn`, batched per request. */
export const resolveJustitiabeleReference: ReferenceResolver<DjiContext> = async (representation, { loaders }) => {
  const { id, bsn } = representation;
  if (typeof id === 'string') {
    const entity = await loaders.justitiabele.load(`id:${id}`);
    return entity && Justitiabele.from(entity);
  }
  if (typeof bsn === 'string' && passesElfproef(bsn)) {
    const entity = await loaders.justitiabele.load(`bsn:${bsn}`);
    return entity && Justitiabele.from(entity);
  }
  return null;
};
