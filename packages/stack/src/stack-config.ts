import { join } from 'node:path';

import { logLevels } from '@ketengraaf/subgraph-kit';
import type { LogLevel } from '@ketengraaf/subgraph-kit';
import { z } from 'zod';

import type { Party } from './start-stack';

const port = z.coerce.number().int().min(0).max(65535);
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string');

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
});

export type DatabaseChoice =
  | { readonly kind: 'configured'; readonly urls: Record<Party, string> }
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly port: number };

export interface StackConfig {
  readonly databases: DatabaseChoice;
  readonly ports: Record<Party | 'gateway', number>;
  readonly logLevel: LogLevel;
  readonly seedDemoData: boolean;
  readonly maxPageSize: number;
}

/**
 * With a connection string for every party, the stack uses those databases and starts no
 * PostgreSQL; with none, it runs embedded PostgreSQL with its files under the data folder. Only
 * some of them set is a mistake, refused rather than guessed at.
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
  return {
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
