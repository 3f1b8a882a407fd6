import { readFile } from 'node:fs/promises';

import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { envPrefixOf } from '@ketengraaf/subgraph-kit';

import { startHiveGateway } from './hive-gateway';

/**
 * Hive Gateway in a process of its own, for `npm run bench:gateway --hive`: the committed
 * supergraph (`SUPERGRAPH_PATH`) over the subgraphs at `<PARTY>_URL`; prints its URL as one line.
 */
async function main(): Promise<void> {
  const urls = Object.fromEntries(
    parties.map((party) => [party, process.env[`${envPrefixOf(party)}_URL`] ?? '']),
  ) as Record<PartyName, string>;
  const hive = await startHiveGateway(await readFile(process.env['SUPERGRAPH_PATH'] ?? '', 'utf8'), urls);
  process.stdout.write(`${hive.url}\n`);
  process.once('SIGTERM', () => {
    void hive.stop().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
