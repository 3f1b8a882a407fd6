import { buildFederatedSchema, processingLogResolver } from '@ketengraaf/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';

import { omBurgemeesterPolicy } from '../policy/om-burgemeester-policy';

import { BijMeldingResolver } from './bij-melding.resolver';
import type { OmBurgemeesterContext } from './context';
import { resolveJustitiabeleReference } from './justitiabele.reference';
import { JustitiabeleResolver } from './justitiabele.resolver';
import { OmgevingsanalyseResolver } from './omgevingsanalyse.resolver';
import { OpdrachtTotAdviesResolver } from './opdracht-tot-advies.resolver';
import { StrafzaakResolver } from './strafzaak.resolver';
import { StukAanOmResolver } from './stuk-aan-om.resolver';
import { VerstrekkingResolver } from './verstrekking.resolver';
import { ViBeslissingResolver } from './vi-beslissing.resolver';
import { ZienswijzeResolver } from './zienswijze.resolver';

/** The accountability queries: OM's and each burgemeester's privacy officer, each its own part of the log. */
export const OmBurgemeesterProcessingLogResolver = processingLogResolver({
  party: 'om-burgemeester',
  owners: ['om', 'burgemeester'],
  perOwner: true,
});

export const omBurgemeesterResolvers = [
  OmBurgemeesterProcessingLogResolver,
  JustitiabeleResolver,
  StrafzaakResolver,
  ViBeslissingResolver,
  OpdrachtTotAdviesResolver,
  VerstrekkingResolver,
  BijMeldingResolver,
  ZienswijzeResolver,
  OmgevingsanalyseResolver,
  StukAanOmResolver,
] as const;

/** The OM/burgemeester subgraph's schema. Without a container it can be printed, not served. */
export function buildOmBurgemeesterSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema<OmBurgemeesterContext>({
    resolvers: [...omBurgemeesterResolvers],
    container,
    references: { Justitiabele: resolveJustitiabeleReference },
    policy: omBurgemeesterPolicy,
  });
}
