export { startEmbeddedPostgres } from './embedded-postgres';
export type { EmbeddedPostgresOptions, RunningPostgres } from './embedded-postgres';
export { ensurePartyDatabases } from './party-databases';
export { parseStackConfig } from './stack-config';
export type { DatabaseChoice, StackConfig } from './stack-config';
export { parties, startStack } from './start-stack';
export type { Party, RunningStack, StackOptions } from './start-stack';
