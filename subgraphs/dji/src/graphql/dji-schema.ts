import { buildFederatedSchema, processingLogResolver } from '@ketengraaf/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';

import { djiPolicy } from '../policy/dji-policy';

import type { DjiContext } from './context';
import { DrPlanResolver } from './dr-plan.resolver';
import { InrichtingResolver } from './inrichting.resolver';
import { resolveJustitiabeleReference } from './justitiabele.reference';
import { JustitiabeleResolver } from './justitiabele.resolver';
import { MdoResolver } from './mdo.resolver';
import { ScreeningResolver } from './screening.resolver';
import { VerblijfResolver } from './verblijf.resolver';
import { VerblijfsperiodeResolver } from './verblijfsperiode.resolver';

/** The accountability queries over DJI's own processing log. */
export const DjiProcessingLogResolver = processingLogResolver({ party: 'dji', owners: ['dji'], perOwner: false });

export const djiResolvers = [
  DjiProcessingLogResolver,
  JustitiabeleResolver,
  VerblijfResolver,
  VerblijfsperiodeResolver,
  InrichtingResolver,
  ScreeningResolver,
  DrPlanResolver,
  MdoResolver,
] as const;

/** DJI's subgraph schema. Without a container it can be printed, not served. */
export function buildDjiSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema<DjiContext>({
    resolvers: [...djiResolvers],
    container,
    references: { Justitiabele: resolveJustitiabeleReference },
    policy: djiPolicy,
  });
}
