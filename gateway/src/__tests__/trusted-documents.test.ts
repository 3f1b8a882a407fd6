import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { clientError, createLogger, graphqlHttpService } from '@ketengraaf/subgraph-kit/service';
import type { Caller, RunningService, VerifiedRequest } from '@ketengraaf/subgraph-kit/service';

import { documentHash, loadTrustedDocuments, manifestOf, trustedDocumentsHandler } from '../trusted-documents';

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

describe('a registered operation under `registered`', () => {
  const document = '{ wie }';
  const nazorgcoordinator: Caller = {
    organisatie: 'gemeente:0363',
    soort: 'gemeente',
    code: '0363',
    rol: 'nazorgcoordinator',
    gebruiker: 'u1',
  };
  let verifications = 0;
  let running: RunningService;

  beforeAll(async () => {
    running = await graphqlHttpService<VerifiedRequest>({
      name: 'trusted-documents-test',
      log: createLogger('trusted-documents-test', 'silent'),
      verifyToken: (authorization) => {
        verifications += 1;
        return authorization === 'Bearer goed'
          ? Promise.resolve(nazorgcoordinator)
          : Promise.reject(clientError('UNAUTHENTICATED', 'no valid token', { http: { status: 401 } }));
      },
      apollo: {
        typeDefs: 'type Query { wie: String }',
        resolvers: { Query: { wie: (_: unknown, __: unknown, { caller }: VerifiedRequest) => caller.rol } },
      },
      context: (request) => request,
      beforeGraphQL: [
        trustedDocumentsHandler(
          {
            byHash: new Map([
              [documentHash(document), { client: 'app', document, callers: ['gemeente:nazorgcoordinator'] }],
            ]),
          },
          'registered',
        ),
      ],
    }).listen(0);
  });

  afterAll(() => running.stop());

  it('verifies the caller’s token once, binding the client to its document and running it alike', async () => {
    const ask = async (authorization: string) => {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ documentId: documentHash(document) }),
      });
      return { status: response.status, body: await response.json() };
    };
    verifications = 0;
    expect(await ask('Bearer goed')).toEqual({ status: 200, body: { data: { wie: 'nazorgcoordinator' } } });
    expect(verifications).toBe(1);
    expect((await ask('Bearer fout')).status).toBe(401);
    expect(verifications).toBe(2);
  });
});
