import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { breakingChangesSince, releaseSnapshotOf } from '../breaking-changes';

const SCHEMA_DIR = join(__dirname, '..', '..');

let supergraph: string;
/** The last release as if it had one Query field more, which the current supergraph lacks. */
let releaseWithRemovedField: string;

beforeAll(async () => {
  supergraph = await readFile(join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
  releaseWithRemovedField = releaseSnapshotOf(supergraph).replace(
    'type Query {',
    'type Query {\n  verdwenen: String\n',
  );
});

describe('the breaking-change check against the last release', () => {
  it('catches a removed field', async () => {
    const { unmarked, deliberate } = await breakingChangesSince(releaseWithRemovedField, supergraph, []);
    expect(unmarked.map((change) => `${String(change.type)} ${change.path ?? ''}`)).toEqual([
      'FIELD_REMOVED Query.verdwenen',
    ]);
    expect(deliberate).toEqual([]);
  });

  it('lets a removal marked deliberate pass, and only that one', async () => {
    const { unmarked, deliberate } = await breakingChangesSince(releaseWithRemovedField, supergraph, [
      { type: 'FIELD_REMOVED', path: 'Query.verdwenen', why: 'replaced by Query.nieuw' },
      { type: 'FIELD_REMOVED', path: 'Query.andere', why: 'not removed at all' },
    ]);
    expect(unmarked).toEqual([]);
    expect(deliberate.map((change) => change.path)).toEqual(['Query.verdwenen']);
  });

  it('does not count an added field as breaking', async () => {
    const release = releaseSnapshotOf(supergraph);
    const withAddition = supergraph.replace(/type Query\n([^{]*)\{/, (query) => `${query}\n  nieuw: String`);
    expect(withAddition).not.toBe(supergraph);
    expect((await breakingChangesSince(release, withAddition, [])).unmarked).toEqual([]);
  });
});
