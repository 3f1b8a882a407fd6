export {
  createTestDatabase,
  TEST_ADMIN_URL_VARIABLE,
  TEST_TEMPLATE_PREFIX_VARIABLE,
  testAdminUrl,
} from './test-database';
export type { TestDatabase } from './test-database';
export { errorCodes, postGraphQL } from './graphql-client';
export type { GraphQLResponse } from './graphql-client';
export { startTestIssuer, startTestSubgraph, TEST_MAX_REPRESENTATIONS } from './test-subgraph';
export type { TestSubgraph } from './test-subgraph';
export {
  deniedPaths,
  expectAllowed,
  expectDenied,
  expectRecorded,
  recordedDecisions,
  refusalOf,
  refusalsOf,
  valueAt,
} from './expectations';
export type { ExpectedDecision, FieldRefusal, RecordedDecision } from './expectations';
export { askMagIkDelen, dryRunGround } from './mag-ik-delen';
export { customAndGenericPlans } from './prepared-plans';
export type { Deelbaarheid } from './mag-ik-delen';
