import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { documentHash, loadTrustedDocuments, manifestOf } from '../trusted-documents';

describe('a client’s manifest of registered operations', () => {
  it('names each document, as graphql-js prints it, by the SHA-256 of that text', () => {
    const manifest = manifestOf([{ file: 'a.graphql', text: '# comment\nquery A {   __typename }' }]);
    expect(manifest).toEqual({ [documentHash('query A {\n  __typename\n}')]: 'query A {\n  __typename\n}' });
  });

  it('names the file that does not parse', () => {
    expect(() => manifestOf([{ file: 'kapot.graphql', text: 'query {' }])).toThrow(/^kapot\.graphql: Syntax Error/);
  });

  it('stops the gateway’s start when a hash is not its document’s or the client names no caller, reading only folders with operations', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clients-'));
    try {
      await mkdir(join(dir, 'app'));
      await writeFile(join(dir, 'app', 'a.graphql'), '{ a }');
      await mkdir(join(dir, 'registers-none'));
      await writeFile(join(dir, 'app', 'operations.json'), JSON.stringify({ [documentHash('{ a }')]: '{ b }' }));
      await expect(loadTrustedDocuments(dir)).rejects.toThrow(/app\/client\.json: .*ENOENT/);
      await writeFile(join(dir, 'app', 'client.json'), JSON.stringify({ callers: [] }));
      await expect(loadTrustedDocuments(dir)).rejects.toThrow(
        /app\/client\.json: "callers" lists whom the client runs for/,
      );
      await writeFile(join(dir, 'app', 'client.json'), JSON.stringify({ callers: ['gemeente:nazorgcoordinator'] }));
      await expect(loadTrustedDocuments(dir)).rejects.toThrow(
        /app\/operations\.json: \w+ is not the SHA-256 of its document/,
      );
      await writeFile(join(dir, 'app', 'operations.json'), JSON.stringify({ [documentHash('{ a }')]: '{ a }' }));
      const documents = await loadTrustedDocuments(dir);
      expect(documents.byHash.get(documentHash('{ a }'))).toEqual({
        client: 'app',
        document: '{ a }',
        callers: ['gemeente:nazorgcoordinator'],
      });
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
