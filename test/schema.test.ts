import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { schemaFilesFromCode } from '@ketengraaf/schema';

describe('the committed schema', () => {
  it('is what the code prints and composes (run `npm run schema` when this fails)', async () => {
    const files = await schemaFilesFromCode();
    expect([...files.keys()].sort()).toEqual(['dji.graphql', 'gemeente.graphql', 'supergraph.graphql']);
    for (const [name, content] of files) {
      expect(await readFile(join(__dirname, '..', 'schema', name), 'utf8')).toBe(content);
    }
  });

  it('lets DJI resolve Justitiabele by both keys and the gemeente by bsn only', async () => {
    const files = await schemaFilesFromCode();
    expect(files.get('supergraph.graphql')).toContain('@join__type(graph: DJI, key: "id")');
    expect(files.get('supergraph.graphql')).toContain('@join__type(graph: DJI, key: "bsn")');
    expect(files.get('supergraph.graphql')).toContain('@join__type(graph: GEMEENTE, key: "bsn")');
    expect(files.get('supergraph.graphql')).not.toContain('@join__type(graph: GEMEENTE, key: "id")');
  });
});
