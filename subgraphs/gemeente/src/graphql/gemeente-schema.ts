import { buildFederatedSchema, processingLogResolver } from '@ketengraaf/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';

import { BasisvoorwaardenStatusResolver } from './basisvoorwaarden-status.resolver';
import { gemeentePolicy } from '../policy/gemeente-policy';

import type { GemeenteContext } from './context';
import { resolveJustitiabeleReference } from './justitiabele.reference';
import { JustitiabeleResolver } from './justitiabele.resolver';
import { NazorgdossierResolver } from './nazorgdossier.resolver';

/** The accountability queries over this deployment's processing log. */
export const GemeenteProcessingLogResolver = processingLogResolver({
  party: 'gemeente',
  owners: ['gemeente'],
  perOwner: true,
});

export const gemeenteResolvers = [
  GemeenteProcessingLogResolver,
  JustitiabeleResolver,
  NazorgdossierResolver,
  BasisvoorwaardenStatusResolver,
] as const;

/** The gemeente subgraph's schema. Without a container it can be printed, not served. */
export function buildGemeenteSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema<GemeenteContext>({
    resolvers: [...gemeenteResolvers],
    container,
    references: { Justitiabele: resolveJustitiabeleReference },
    policy: gemeentePolicy,
  });
}
