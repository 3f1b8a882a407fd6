import { resolve } from 'node:path';

import { parseGatewayConfig } from '@ketengraaf/gateway';

import { ensurePartyDatabases } from './party-databases';
import { startEmbeddedPostgres } from './embedded-postgres';
import type { RunningPostgres } from './embedded-postgres';
import { parseStackConfig } from './stack-config';
import { parties, startStack } from './start-stack';

const EXAMPLE_QUERY = `query {
  verblijven(filter: { terugkeergemeente: "0363" }, first: 3) {
    edges { node {
      verwachteUitstroomdatum
      inrichting { naam }
      justitiabele { personalia { achternaam } nazorgdossiers { gemeentecode basisvoorwaarden { onderdak { type } } } }
    } }
  }
}`;

async function main(): Promise<void> {
  const started = Date.now();
  const config = parseStackConfig(process.env);
  let postgres: RunningPostgres | undefined;
  let databases;
  if (config.databases.kind === 'embedded') {
    const dataDir = resolve(config.databases.dataDir);
    console.log(`Starting embedded PostgreSQL (data in ${dataDir}) ...`);
    postgres = await startEmbeddedPostgres({ dataDir, port: config.databases.port });
    databases = await ensurePartyDatabases(postgres.adminUrl, parties);
  } else {
    databases = config.databases.urls;
  }
  const stack = await startStack({
    databases,
    ports: config.ports,
    logLevel: config.logLevel,
    seedDemoData: config.seedDemoData,
    gatewayLimits: parseGatewayConfig(process.env).limits,
    maxPageSize: config.maxPageSize,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
Ketengraaf is ready in ${seconds} s${stack.seeded.length ? ` (demo data seeded for ${stack.seeded.join(', ')})` : ''}.

  gateway             ${stack.gatewayUrl}
  dji subgraph        ${stack.subgraphUrls.dji}
  gemeente subgraph   ${stack.subgraphUrls.gemeente}

Try (POST, e.g. with curl -H 'content-type: application/json' -d '{"query": "..."}'):

${EXAMPLE_QUERY}

Ctrl-C stops everything.`);

  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping ...');
    stack
      .stop()
      .then(() => postgres?.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  // `on`, not `once`: a terminal's Ctrl-C can arrive twice (through npm too); the second is ignored.
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
