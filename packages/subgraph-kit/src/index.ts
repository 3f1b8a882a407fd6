import 'reflect-metadata';

export { parseSubgraphConfig, subgraphConfigSchema } from './config/subgraph-config';
export type { SubgraphConfig } from './config/subgraph-config';
export { openPartyDatabase } from './database/data-source';
export type { PartyDatabase, PartyDatabaseOptions } from './database/data-source';
export { SqlStatementLog } from './database/sql-statement-log';
export { isUuid, loadForChange } from './database/load-for-change';
export { SeededRandom, addDays } from './demo/random';
export { demoPopulation, DEMO_REFERENCE_DATE } from './demo/demo-population';
export type { DemoGemeente, DemoPerson, DemoTitel } from './demo/demo-population';
export { Basisvoorwaarde } from './domain/basisvoorwaarde';
export {
  Contactpersoon,
  ContactpersoonColumns,
  ContactpersoonInput,
  parseContactpersoon,
} from './domain/contactpersoon';
export { parseBsn, passesElfproef } from './domain/bsn';
export { gemeenten, parseGemeentecode } from './domain/gemeenten';
export type { Gemeente } from './domain/gemeenten';
export { assertPeriod } from './domain/period';
export { parseEmail, requireText } from './domain/text';
export { organisatieSoorten, parseOrganisatie } from './domain/organisatie';
export type { OrganisatieSoort } from './domain/organisatie';
export { assertUnreachable, clientError } from './errors/client-error';
export { errorCodes, isErrorCode } from './errors/error-codes';
export type { ErrorCode } from './errors/error-codes';
export { isUnexpectedError, maskError } from './errors/mask-error';
export { buildFederatedSchema, FEDERATION_LINK } from './graphql/build-federated-schema';
export { resolverContainer } from './graphql/resolver-container';
export type { FederatedSchemaOptions, ReferenceResolver } from './graphql/build-federated-schema';
export {
  connectionOf,
  decodeCursor,
  decodeDateCursor,
  encodeCursor,
  PageArgs,
  PageInfo,
  pageSize,
  toConnection,
} from './graphql/pagination';
export type { Connection, Edge } from './graphql/pagination';
export { BsnScalar, DatumScalar, GemeentecodeScalar } from './graphql/scalars';
export { rowLoader, rowsLoader } from './loaders/keyed-loaders';
export { createLogger, logLevels } from './logging/logger';
export type { Logger, LogLevel } from './logging/logger';
export { createSubgraphService } from './server/create-subgraph-service';
export { runSubgraph } from './server/run-subgraph';
export type { RunSubgraphOptions, SubgraphFactoryOptions } from './server/run-subgraph';
export type { RunningService, SubgraphService, SubgraphServiceOptions } from './server/create-subgraph-service';
export type { RequestContext } from './server/request-context';
export { childTraceparent, traceContextFrom } from './tracing/trace-context';
export type { TraceContext } from './tracing/trace-context';
