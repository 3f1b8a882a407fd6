import { buildFederatedSchema, processingLogResolver } from '@ketengraaf/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';

import { reclasseringPolicy } from '../policy/reclassering-policy';

import { AdviesResolver } from './advies.resolver';
import { BijzondereVoorwaardeResolver } from './bijzondere-voorwaarde.resolver';
import type { ReclasseringContext } from './context';
import { resolveJustitiabeleReference } from './justitiabele.reference';
import { JustitiabeleResolver } from './justitiabele.resolver';
import { NalevingResolver } from './naleving.resolver';
import { OvertredingsmeldingResolver } from './overtredingsmelding.resolver';
import { RisicotaxatieResolver } from './risicotaxatie.resolver';
import { ToezichtResolver } from './toezicht.resolver';

/** The accountability queries over the reclassering's own processing log. */
export const ReclasseringProcessingLogResolver = processingLogResolver({
  party: 'reclassering',
  owners: ['reclassering'],
  perOwner: true,
});

export const reclasseringResolvers = [
  ReclasseringProcessingLogResolver,
  JustitiabeleResolver,
  AdviesResolver,
  ToezichtResolver,
  BijzondereVoorwaardeResolver,
  NalevingResolver,
  OvertredingsmeldingResolver,
  RisicotaxatieResolver,
] as const;

/** The reclassering subgraph's schema. Without a container it can be printed, not served. */
export function buildReclasseringSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema<ReclasseringContext>({
    resolvers: [...reclasseringResolvers],
    container,
    references: { Justitiabele: resolveJustitiabeleReference },
    policy: reclasseringPolicy,
  });
}
