import { join } from 'node:path';

import { partyNamed, parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import {
  booleanSetting,
  listenHostSetting,
  logLevels,
  maxPageSizeSetting,
  maxRepresentationsSetting,
  meldingenSettingsOf,
  meldingenSettingsSchema,
  oneOfSetting,
  vandaagSetting,
  parseEnvironment,
  parseQueryLimits,
  portSetting,
  postgresUrlSetting,
  prefixedVariables,
  processingLogRetentionDaysSetting,
  pseudonymKeySetting,
} from '@ketengraaf/subgraph-kit';
import type { LogLevel, MeldingenSettings, QueryLimits } from '@ketengraaf/subgraph-kit';
import { z } from 'zod';

import { identityChoiceOf, identityEnvironment } from './identity-config';
import type { IdentityChoice } from './identity-config';

/**
 * Per party: `<PARTY>_DATABASE_URL`, `<PARTY>_PORT`, `<PARTY>_PSEUDONYM_KEY`,
 * `<PARTY>_PROCESSING_LOG_RETENTION_DAYS`; the last two also without the prefix, as a subgraph
 * reads them, the prefixed one winning.
 */
const partyVariables = (party: PartyName) => {
  const prefix = partyNamed(party).envPrefix;
  return {
    database: `${prefix}_DATABASE_URL`,
    port: `${prefix}_PORT`,
    pseudonymKey: `${prefix}_PSEUDONYM_KEY`,
    retentionDays: `${prefix}_PROCESSING_LOG_RETENTION_DAYS`,
  };
};

/**
 * The party variables' values: each as set, or else, where a subgraph reads it so, without the
 * prefix; and for each, the name of the variable a message about its value should name.
 */
function partyEnvironmentValues(env: NodeJS.ProcessEnv): {
  values: Record<string, string | undefined>;
  names: Record<string, string>;
} {
  const entries = parties.flatMap((party) => {
    const variables = partyVariables(party);
    const prefixed = prefixedVariables(env, partyNamed(party).envPrefix);
    const asSubgraph = (variable: string, key: string) => ({
      variable,
      value: prefixed.valueOf(key),
      name: prefixed.nameOf(key),
    });
    return [
      { variable: variables.database, value: env[variables.database], name: variables.database },
      { variable: variables.port, value: env[variables.port], name: variables.port },
      asSubgraph(variables.pseudonymKey, 'PSEUDONYM_KEY'),
      asSubgraph(variables.retentionDays, 'PROCESSING_LOG_RETENTION_DAYS'),
    ];
  });
  return {
    values: Object.fromEntries(entries.map(({ variable, value }) => [variable, value])),
    names: Object.fromEntries(entries.map(({ variable, name }) => [variable, name])),
  };
}

const partyEnvironment = z.object(
  Object.fromEntries(
    parties.flatMap((party) => {
      const variables = partyVariables(party);
      return [
        [variables.database, postgresUrlSetting.optional()],
        [variables.port, portSetting().default(partyNamed(party).defaultPort)],
        [variables.pseudonymKey, pseudonymKeySetting.optional()],
        [variables.retentionDays, processingLogRetentionDaysSetting],
      ];
    }),
  ),
);

const stackEnvironment = identityEnvironment.extend({
  EMBEDDED_POSTGRES_PORT: portSetting().default(54329),
  GATEWAY_PORT: portSetting().default(4000),
  SCREENS_PORT: portSetting().default(4020),
  // One machine, one user: loopback unless the developer opens it up.
  HOST: listenHostSetting.default('127.0.0.1'),
  LOG_LEVEL: oneOfSetting(logLevels).default('warn'),
  SEED_DEMO_DATA: booleanSetting.default(true),
  MAX_PAGE_SIZE: maxPageSizeSetting,
  MAX_REPRESENTATIONS: maxRepresentationsSetting,
  VANDAAG: vandaagSetting,
});

export type DatabaseChoice =
  | { readonly kind: 'configured'; readonly urls: Record<PartyName, string> }
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly port: number };

/** A party's pseudonym key: given by the environment, or kept in a file under the data folder. */
export type PseudonymKeyChoice =
  | { readonly kind: 'configured'; readonly key: string }
  | { readonly kind: 'kept'; readonly file: string };

export interface StackConfig {
  readonly databases: DatabaseChoice;
  readonly identity: IdentityChoice;
  readonly pseudonymKeys: Readonly<Record<PartyName, PseudonymKeyChoice>>;
  readonly ports: Record<PartyName | 'gateway', number>;
  /** The reference screens' port (development only: beside the demo issuer, not under NODE_ENV=production). */
  readonly screensPort: number;
  /** The address every service of the stack listens on. */
  readonly host: string;
  readonly logLevel: LogLevel;
  readonly seedDemoData: boolean;
  readonly maxPageSize: number;
  readonly maxRepresentations: number;
  /** A fixed day every party counts the werkstroom's deadlines from; absent for the calendar date. */
  readonly vandaag?: string;
  /** Each party's query limits: `<PARTY>_MAX_DEPTH`, or else `MAX_DEPTH`, and so on. */
  readonly queryLimits: Readonly<Record<PartyName, QueryLimits>>;
  /** How every party's dispatcher delivers meldingen: `MELDINGEN_MAX_ATTEMPTS`, … */
  readonly meldingen: MeldingenSettings;
  /** Days each party's processing log keeps its rows: `<PARTY>_PROCESSING_LOG_RETENTION_DAYS`. */
  readonly processingLogRetentionDays: Readonly<Record<PartyName, number>>;
}

/**
 * With a connection string for every party, the stack uses those databases and starts no
 * PostgreSQL; with none, it runs embedded PostgreSQL with its files under the data folder. Only some
 * is a mistake, refused rather than guessed at. The token issuer is chosen as `identityChoiceOf` says.
 */
export function parseStackConfig(env: NodeJS.ProcessEnv): StackConfig {
  const config = parseEnvironment(stackEnvironment, env);
  const perParty = partyEnvironmentValues(env);
  const partyValues = parseEnvironment(
    partyEnvironment,
    perParty.values,
    (variable) => perParty.names[variable] ?? variable,
  );
  const partyConfig = (party: PartyName) => {
    const variables = partyVariables(party);
    return {
      database: partyValues[variables.database] as string | undefined,
      port: partyValues[variables.port] as number,
      pseudonymKey: partyValues[variables.pseudonymKey] as string | undefined,
      retentionDays: partyValues[variables.retentionDays] as number,
    };
  };
  const byParty = <T>(value: (party: PartyName) => T) =>
    Object.fromEntries(parties.map((party) => [party, value(party)])) as Record<PartyName, T>;
  const databaseUrls = byParty((party) => partyConfig(party).database);
  const configured = parties.filter((party) => databaseUrls[party]);
  if (configured.length > 0 && configured.length < parties.length) {
    throw new Error(
      `Set a database for every party (${parties.map((party) => partyVariables(party).database).join(', ')}), or none for embedded PostgreSQL.`,
    );
  }
  const identity = identityChoiceOf(config);
  const pseudonymKeyOf = (party: PartyName, configured: string | undefined): PseudonymKeyChoice =>
    configured
      ? { kind: 'configured', key: configured }
      : { kind: 'kept', file: join(config.KETENGRAAF_DATA_DIR, 'keys', `${party}.key`) };
  return {
    identity,
    pseudonymKeys: byParty((party) => pseudonymKeyOf(party, partyConfig(party).pseudonymKey)),
    databases:
      configured.length === parties.length
        ? { kind: 'configured', urls: byParty((party) => databaseUrls[party] ?? '') }
        : {
            kind: 'embedded',
            dataDir: join(config.KETENGRAAF_DATA_DIR, 'postgres'),
            port: config.EMBEDDED_POSTGRES_PORT,
          },
    ports: { gateway: config.GATEWAY_PORT, ...byParty((party) => partyConfig(party).port) },
    screensPort: config.SCREENS_PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    seedDemoData: config.SEED_DEMO_DATA,
    maxPageSize: config.MAX_PAGE_SIZE,
    maxRepresentations: config.MAX_REPRESENTATIONS,
    vandaag: config.VANDAAG,
    queryLimits: byParty((party) => parseQueryLimits(env, partyNamed(party).envPrefix)),
    meldingen: meldingenSettingsOf(parseEnvironment(meldingenSettingsSchema, env)),
    processingLogRetentionDays: byParty((party) => partyConfig(party).retentionDays),
  };
}
