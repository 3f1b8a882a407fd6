import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { schemaFilesFromCode } from './compose';

const SCHEMA_DIR = join(__dirname, '..');

/**
 * `generate` writes the subgraph SDLs and the supergraph from the code; `check` fails when the
 * committed files differ from what the code gives (run in CI).
 */
async function main(command: string | undefined): Promise<number> {
  const files = await schemaFilesFromCode();
  if (command === 'generate') {
    for (const [name, content] of files) {
      await writeFile(join(SCHEMA_DIR, name), content);
      console.log(`wrote schema/${name}`);
    }
    return 0;
  }
  if (command === 'check') {
    const stale: string[] = [];
    for (const [name, content] of files) {
      const committed = await readFile(join(SCHEMA_DIR, name), 'utf8').catch(() => '');
      if (committed !== content) {
        stale.push(`schema/${name}`);
      }
    }
    if (stale.length > 0) {
      console.error(`Out of date with the code: ${stale.join(', ')}. Run \`npm run schema\` and commit the result.`);
      return 1;
    }
    console.log('schema/ matches the code: subgraph SDLs and supergraph are current.');
    return 0;
  }
  console.error('usage: cli generate | check');
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
