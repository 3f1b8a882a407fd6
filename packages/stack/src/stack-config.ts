import { join } from 'node:path';

import { logLevels } from '@ketengraaf/subgraph-kit';
import type { IdentityConfig, LogLevel } from '@ketengraaf/subgraph-kit';
import { z } from 'zod';

import type { Party } from './start-stack';

const port = z.coerce.number().int().min(0).max(65535);
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string');
const pseudonymKey = z.string().min(32, 'must be at least 32 characters');

const stackEnvironment = z.object({
  DJI_DATABASE_URL: postgresUrl.optional(),
  GEMEENTE_DATABASE_URL: postgresUrl.optional(),
  KETENGRAAF_DATA_DIR: z.string().default('.data'),
  EMBEDDED_POSTGRES_PORT: port.default(54329),
  GATEWAY_PORT: port.default(4000),
  DJI_PORT: port.default(4001),
  GEMEENTE_PORT: port.default(4002),
  LOG_LEVEL: z.enum(logLevels).default('warn'),
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  // The demo issuer's URL carries its port, and `npm run token` signs for that URL: no 0 here.
  ISSUER_PORT: port.min(1).default(4010),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_JWKS_URL: z.url().optional(),
  DJI_PSEUDONYM_KEY: pseudonymKey.optional(),
  GEMEENTE_PSEUDONYM_KEY: pseudonymKey.optional(),
});

export type DatabaseChoice =
  | { readonly kind: 'configured'; readonly urls: Record<Party, string> }
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly port: number };

export type IdentityChoice =
  | { readonly kind: 'external'; readonly identity: IdentityConfig }
  | {
      readonly kind: 'local';
      /** Port of the demo issuer on loopback; its URL, and every token's `iss`, is `http://127.0.0.1:<port>`. */
      readonly port: number;
      /** Where the demo issuer's private key is kept between starts. */
      readonly keyFile: string;
    };

/** A party's pseudonym key: given by the environment, or kept in a file under the data folder. */
export type PseudonymKeyChoice =
  | { readonly kind: 'configured'; readonly key: string }
  | { readonly kind: 'kept'; readonly file: string };

export interface StackConfig {
  readonly databases: DatabaseChoice;
  readonly identity: IdentityChoice;
  readonly pseudonymKeys: Readonly<Record<Party, PseudonymKeyChoice>>;
  readonly ports: Record<Party | 'gateway', number>;
  readonly logLevel: LogLevel;
  readonly seedDemoData: boolean;
  readonly maxPageSize: number;
}

/**
 * With a connection string for every party, the stack uses those databases and starts no
 * PostgreSQL; with none, it runs embedded PostgreSQL with its files under the data folder. Likewise
 * with AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL all set it trusts that external token issuer
 * and starts none; with none of them, it runs the local demo issuer with its key under the data
 * folder. Only some of either set is a mistake, refused rather than guessed at.
 */
export function parseStackConfig(env: NodeJS.ProcessEnv): StackConfig {
  const parsed = stackEnvironment.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const config = parsed.data;
  const dji = config.DJI_DATABASE_URL;
  const gemeente = config.GEMEENTE_DATABASE_URL;
  if (Boolean(dji) !== Boolean(gemeente)) {
    throw new Error(
      'Set a database for every party (DJI_DATABASE_URL and GEMEENTE_DATABASE_URL), or none for embedded PostgreSQL.',
    );
  }
  const auth = [config.AUTH_ISSUER, config.AUTH_AUDIENCE, config.AUTH_JWKS_URL];
  if (auth.some(Boolean) && !auth.every(Boolean)) {
    throw new Error(
      'Set every one of AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL for an external token issuer, or none for the local demo issuer.',
    );
  }
  const identity: IdentityChoice =
    config.AUTH_ISSUER && config.AUTH_AUDIENCE && config.AUTH_JWKS_URL
      ? {
          kind: 'external',
          identity: { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, jwksUrl: config.AUTH_JWKS_URL },
        }
      : {
          kind: 'local',
          port: config.ISSUER_PORT,
          keyFile: join(config.KETENGRAAF_DATA_DIR, 'issuer', 'private-key.json'),
        };
  const pseudonymKeyOf = (party: Party, configured: string | undefined): PseudonymKeyChoice =>
    configured
      ? { kind: 'configured', key: configured }
      : { kind: 'kept', file: join(config.KETENGRAAF_DATA_DIR, 'keys', `${party}.key`) };
  return {
    identity,
    pseudonymKeys: {
      dji: pseudonymKeyOf('dji', config.DJI_PSEUDONYM_KEY),
      gemeente: pseudonymKeyOf('gemeente', config.GEMEENTE_PSEUDONYM_KEY),
    },
    databases:
      dji && gemeente
        ? { kind: 'configured', urls: { dji, gemeente } }
        : {
            kind: 'embedded',
            dataDir: join(config.KETENGRAAF_DATA_DIR, 'postgres'),
            port: config.EMBEDDED_POSTGRES_PORT,
          },
    ports: { gateway: config.GATEWAY_PORT, dji: config.DJI_PORT, gemeente: config.GEMEENTE_PORT },
    logLevel: config.LOG_LEVEL,
    seedDemoData: config.SEED_DEMO_DATA === 'true',
    maxPageSize: config.MAX_PAGE_SIZE,
  };
}
