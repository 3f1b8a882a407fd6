import { resolve } from 'node:path';

import { parties } from '@ketengraaf/parties';
import { isDevelopment, loadTrustedDocuments, parseGatewayLimits, parseOperationsConfig } from '@ketengraaf/gateway';
import { createLogger } from '@ketengraaf/subgraph-kit';
import type { IdentityConfig, LocalIssuer } from '@ketengraaf/subgraph-kit';

import { demoTokens, pseudonymKeysFor, startDemoIssuer } from './demo-identity';
import { ensurePartyDatabases } from './party-databases';
import { startEmbeddedPostgres } from './embedded-postgres';
import type { RunningPostgres } from './embedded-postgres';
import { startScreensServer } from './screens-server';
import type { RunningScreens } from './screens-server';
import { parseStackConfig } from './stack-config';
import { startStack } from './start-stack';

/** Enters through the gemeente's dossiers, so a gemeente's token sees its own people. */
const EXAMPLE_QUERY =
  '{ nazorgdossiers(gemeentecode: "0363", first: 2) { edges { node { rol justitiabele { bsn huidigVerblijf { instroomdatum verwachteUitstroomdatum } } } } } }';

async function main(): Promise<void> {
  const started = Date.now();
  const config = parseStackConfig(process.env);
  // The issuer first: a port in use (another `npm start`) stops the start before PostgreSQL does.
  let issuer: LocalIssuer | undefined;
  let identity: IdentityConfig;
  if (config.identity.kind === 'local') {
    issuer = await startDemoIssuer(config.identity);
    identity = { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl };
  } else {
    identity = config.identity.identity;
  }
  const pseudonymKeys = await pseudonymKeysFor(config.pseudonymKeys);
  let postgres: RunningPostgres | undefined;
  let databases;
  if (config.databases.kind === 'embedded') {
    const dataDir = resolve(config.databases.dataDir);
    console.log(`Starting embedded PostgreSQL (data in ${dataDir}) ...`);
    postgres = await startEmbeddedPostgres({ dataDir, port: config.databases.port });
    databases = await ensurePartyDatabases(postgres.adminUrl);
  } else {
    databases = config.databases.urls;
  }
  const development = isDevelopment(process.env);
  const operations = parseOperationsConfig(process.env);
  const stack = await startStack({
    databases,
    ports: config.ports,
    host: config.host,
    logLevel: config.logLevel,
    seedDemoData: config.seedDemoData,
    gatewayLimits: parseGatewayLimits(process.env, parties),
    maxPageSize: config.maxPageSize,
    maxRepresentations: config.maxRepresentations,
    vandaag: config.vandaag,
    queryLimits: config.queryLimits,
    identity,
    pseudonymKeys,
    processingLogRetentionDays: config.processingLogRetentionDays,
    meldingen: {
      settings: config.meldingen,
      // The demo issuer signs each party's machine tokens; with an external issuer the parties run as their own services.
      tokens:
        issuer?.machineTokens ??
        (() => Promise.reject(new Error('npm start signs machine tokens only with its demo issuer'))),
      dispatch: issuer !== undefined,
    },
    // With an external issuer the IDE takes a pasted token.
    developmentTools: development ? { demoTokens: issuer && demoTokens(issuer) } : undefined,
    trustedDocuments: { documents: await loadTrustedDocuments(operations.clientsDir), policy: operations.policy },
  });
  // The screens sign demo tokens for whoever opens them: only beside the demo issuer, never in production.
  let screens: RunningScreens | undefined;
  if (issuer && development) {
    screens = await startScreensServer({
      port: config.screensPort,
      // Loopback like the demo issuer, whatever HOST says: it hands out tokens to whoever asks.
      host: '127.0.0.1',
      gatewayUrl: stack.gatewayUrl,
      demoTokens: demoTokens(issuer),
      log: createLogger('screens', config.logLevel),
    });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const tokens = issuer
    ? `Every request needs a token. The demo issuer signs one for an organisation, a role and
optionally a user (valid 8 hours, and across restarts):

  npm run -s token -- gemeente:0363 nazorgcoordinator
  npm run -s token -- dji:PI-VUGHT casemanager u-123`
    : `Every request needs a token from ${identity.issuer} (audience ${identity.audience}).`;
  const bearer = issuer ? '$(npm run -s token -- gemeente:0363 nazorgcoordinator)' : '$TOKEN';
  const body = JSON.stringify({ query: EXAMPLE_QUERY });
  console.log(`
Ketengraaf is ready in ${seconds} s${stack.seeded.length ? ` (demo data seeded for ${stack.seeded.join(', ')})` : ''}.

  gateway                   ${stack.gatewayUrl}${development ? ' (open it in a browser for GraphiQL)' : ''}
${screens ? `  reference screens         ${screens.url}  (open it in a browser and pick a demo role)\n` : ''}${parties.map((party) => `  ${`${party} subgraph`.padEnd(26)}${stack.subgraphUrls[party]}`).join('\n')}
  token issuer              ${identity.issuer}${issuer ? ' (local demo issuer)' : ''}

${tokens}

Try:

  curl -s ${stack.gatewayUrl} -H 'content-type: application/json' \\
    -H "authorization: Bearer ${bearer}" \\
    -d '${body}'

Ctrl-C stops everything.`);

  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping ...');
    Promise.resolve(screens?.stop())
      .then(() => stack.stop())
      .then(() => postgres?.stop())
      .then(() => issuer?.stop())
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
