export { startEmbeddedPostgres } from './embedded-postgres';
export type { EmbeddedPostgresOptions, RunningPostgres } from './embedded-postgres';
export { ensurePartyDatabases } from './party-databases';
export {
  DEMO_AUDIENCE,
  demoIssuerUrl,
  demoTokenClaims,
  keepIssuerKey,
  pseudonymKeysFor,
  signDemoToken,
  startDemoIssuer,
} from './demo-identity';
export { parseStackConfig } from './stack-config';
export type { DatabaseChoice, IdentityChoice, PseudonymKeyChoice, StackConfig } from './stack-config';
export { startStack } from './start-stack';
export type { RunningStack, StackOptions } from './start-stack';
