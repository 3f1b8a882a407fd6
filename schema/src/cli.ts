import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { breakingChangesSince, releaseSnapshotOf } from './breaking-changes';
import type { DeliberateChange } from './breaking-changes';
import { schemaFilesFromCode, SUPERGRAPH_FILE } from './compose';

const SCHEMA_DIR = join(__dirname, '..');
const RELEASES_DIR = join(SCHEMA_DIR, 'releases');

/**
 * `generate` writes the subgraph SDLs and the supergraph from the code; `check` fails when the
 * committed files differ from what the code gives (run in CI). `breaking` fails when the
 * supergraph breaks a client of the last release (`releases/<version>.graphql`) in a way
 * `releases/deliberate-changes.json` does not mark deliberate (run in CI); `release` writes the
 * snapshot of the current API schema for the root package.json's version.
 */
async function main(command: string | undefined): Promise<number> {
  // The last release is the root package.json's version.
  const { version } = JSON.parse(await readFile(join(SCHEMA_DIR, '..', 'package.json'), 'utf8')) as { version: string };
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
  if (command === 'breaking') {
    const release = `releases/${version}.graphql`;
    const { unmarked, deliberate } = await breakingChangesSince(
      await readFile(join(SCHEMA_DIR, release), 'utf8'),
      await readFile(join(SCHEMA_DIR, SUPERGRAPH_FILE), 'utf8'),
      JSON.parse(await readFile(join(RELEASES_DIR, 'deliberate-changes.json'), 'utf8')) as DeliberateChange[],
    );
    for (const change of deliberate) {
      console.log(`deliberate: ${change.type} ${change.path ?? ''}: ${change.message}`);
    }
    if (unmarked.length > 0) {
      console.error(
        `Breaking changes against schema/${release}:\n${unmarked.map((change) => `  ${change.type} ${change.path ?? ''}: ${change.message}`).join('\n')}\nUndo them, or mark each deliberate in schema/releases/deliberate-changes.json (type, path, why) and note it in schema/CHANGELOG.md.`,
      );
      return 1;
    }
    console.log(`No unmarked breaking change against schema/${release}.`);
    return 0;
  }
  if (command === 'release') {
    const snapshot = releaseSnapshotOf(await readFile(join(SCHEMA_DIR, SUPERGRAPH_FILE), 'utf8'));
    await writeFile(join(RELEASES_DIR, `${version}.graphql`), snapshot);
    console.log(`wrote schema/releases/${version}.graphql`);
    return 0;
  }
  console.error('usage: cli generate | check | breaking | release');
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
