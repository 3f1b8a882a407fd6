import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';

import { startEmbeddedPostgres } from './embedded-postgres';
import { generateChain } from './generate-chain';
import { ensurePartyDatabases } from './party-databases';
import { parseStackConfig } from './stack-config';
import type { DatabaseChoice } from './stack-config';

/**
 * `npm run generate -- --persons N [--seed S]`: writes a synthetic chain of N persons into the
 * databases `npm start` would use (the same environment), which must hold no records yet; then
 * `npm start` serves it. Prints how long it took and what it wrote.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { persons: { type: 'string', default: '30000' }, seed: { type: 'string', default: 'ketengraaf-chain' } },
  });
  const persons = Number(values.persons);
  if (!Number.isInteger(persons) || persons < 1) {
    throw new Error(`--persons must be a positive whole number, not ${values.persons}`);
  }
  const config = parseStackConfig(process.env);
  const choice = config.databases;
  const postgres =
    choice.kind === 'embedded'
      ? await startEmbeddedPostgres({ dataDir: resolve(choice.dataDir), port: choice.port })
      : null;
  try {
    const databases = postgres ? await ensurePartyDatabases(postgres.adminUrl) : configuredUrls(choice);
    const chain = await generateChain(databases, persons, values.seed);
    console.log(`${chain.persons} persons generated in ${chain.seconds.toFixed(1)} s (seed ${values.seed})`);
    for (const [what, share] of Object.entries(chain.shares)) {
      console.log(`  ${what.padEnd(30)}${(share * 100).toFixed(1)} %`);
    }
    for (const party of parties) {
      const rows = chain.rows[party];
      const total = Object.values(rows).reduce((sum, count) => sum + count, 0);
      console.log(`  ${party.padEnd(16)}${String(total).padStart(10)} rows`);
    }
  } finally {
    await postgres?.stop();
  }
}

function configuredUrls(choice: DatabaseChoice): Record<PartyName, string> {
  if (choice.kind !== 'configured') throw new Error('embedded PostgreSQL did not start');
  return choice.urls;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
