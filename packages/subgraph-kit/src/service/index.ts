/**
 * `@ketengraaf/subgraph-kit/service`: what a GraphQL HTTP service that is not a subgraph (the
 * gateway) takes from the kit: configuration helpers, the logger, error codes and answers, token
 * verification, the HTTP service with its metrics and trace context, query protection and the
 * denied-fields answer. It requires none of the database (TypeORM, pg), type-graphql, meldingen
 * (pg-boss, cloudevents) or `@apollo/subgraph` the kit's root loads: about 25 MB a gateway never
 * uses (docs/performance/memory/README.md). `test/service-entry.test.ts` holds it so.
 */
export { DEFAULT_SERVICE_HOST } from '../config/subgraph-config';
export { envPrefixOf } from '../config/env-prefix';
export {
  httpUrlSetting,
  listenHostSetting,
  oneOfSetting,
  parseEnvironment,
  portSetting,
  textSetting,
  wholeNumberSetting,
} from '../config';
export { clientError } from '../errors/client-error';
export { isErrorCode } from '../errors/error-codes';
export type { ErrorCode } from '../errors/error-codes';
export { maskError } from '../errors/mask-error';
export { protectQueries } from '../graphql/protect-queries';
export type { QueryLimits, QueryProtection } from '../graphql/protect-queries';
export { rollenPerOrganisatie } from '../identity/caller';
export type { Caller } from '../identity/caller';
export { createTokenVerifier } from '../identity/token-verifier';
export type { IdentityConfig } from '../identity/token-verifier';
export { createLogger, logLevels } from '../logging/logger';
export type { Logger } from '../logging/logger';
export { createMetricsRegistry, subgraphFetchMetric } from '../metrics/service-metrics';
export { deniedFieldsError } from '../policy/denied-fields';
export type { DeniedVeld } from '../policy/denied-fields';
export { isGrondslag } from '../policy/grondslag';
export type { Grondslag } from '../policy/grondslag';
export { demoTokenRoute } from '../server/demo-token-route';
export type { DemoTokens } from '../server/demo-token-route';
export { graphqlHttpService } from '../server/graphql-http-service';
export { keptPerDocument } from '../server/kept-per-document';
export type {
  GraphQLGate,
  ReadinessReport,
  Route,
  RunningService,
  VerifiedRequest,
} from '../server/graphql-http-service';
export { sendHttpError } from '../server/http-errors';
export { noStorePlugins } from '../server/no-store-plugin';
export { childTraceparent } from '../tracing/trace-context';
