import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { MANIFEST_FILE, manifestOf, registeringClients } from './trusted-documents';

const USAGE = 'Usage: node gateway/dist/trusted-documents-cli.js generate|check [clients folder, default clients]';

/**
 * `npm run documents` (`generate`) writes each client's `operations.json` from the `.graphql`
 * files in its folder; `npm run documents:check` (`check`, in CI) fails when a committed manifest
 * differs from what its files give, naming the client.
 */
async function main(args: readonly string[]): Promise<void> {
  const [command, clientsDir = 'clients'] = args;
  if (command !== 'generate' && command !== 'check') {
    throw new Error(USAGE);
  }
  const stale: string[] = [];
  for (const { client, files } of await registeringClients(clientsDir)) {
    const folder = join(clientsDir, client);
    const sources = await Promise.all(
      files.map(async (file) => ({ file: join(folder, file), text: await readFile(join(folder, file), 'utf8') })),
    );
    const text = `${JSON.stringify(manifestOf(sources), null, 2)}\n`;
    const manifestPath = join(folder, MANIFEST_FILE);
    if (command === 'generate') {
      await writeFile(manifestPath, text);
      console.log(`${manifestPath}: ${sources.length} operations`);
    } else if ((await readFile(manifestPath, 'utf8').catch(() => '')) !== text) {
      stale.push(manifestPath);
    }
  }
  if (stale.length > 0) {
    throw new Error(`Out of date with the .graphql files beside them: ${stale.join(', ')}. Run npm run documents.`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
