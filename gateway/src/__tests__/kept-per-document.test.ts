import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';

import { parties } from '@ketengraaf/parties';
import { supergraphPath } from '@ketengraaf/schema';
import { createLogger, startLocalIssuer } from '@ketengraaf/subgraph-kit';
import type { LocalIssuer, RunningService } from '@ketengraaf/subgraph-kit';

import { createGateway } from '../create-gateway';
import { parseGatewayLimits } from '../gateway-config';

/** Every party's subgraph as one stub answering every fetch alike: the gateway's own caches are tested. */
const subgraph = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data: {} }));
  });
});

describe('the gateway sent documents that differ per request', () => {
  let issuer: LocalIssuer;
  let gateway: RunningService;

  beforeAll(async () => {
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    const subgraphUrl = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    issuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-kept-per-document' });
    gateway = await createGateway({
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      subgraphUrls: Object.fromEntries(parties.map((party) => [party, subgraphUrl])),
      log: createLogger('kept-per-document-test', 'silent'),
      limits: parseGatewayLimits({}, parties),
      identity: { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl },
    }).listen(0);
  });

  afterAll(async () => {
    await gateway.stop();
    await issuer.stop();
    subgraph.closeAllConnections();
    await new Promise((resolve) => subgraph.close(resolve));
  });

  it('keeps a bounded number of their parsed documents, and counts those and its query plans in /metrics', async () => {
    const authorization = `Bearer ${await issuer.sign({ org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'u1' })}`;
    const ask = async (query: string): Promise<void> => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(200);
    };
    const kept = async (): Promise<{ documents: number; plans: number }> => {
      const text = await (await fetch(new URL('/metrics', gateway.url))).text();
      const value = (name: string) => Number(new RegExp(`^${name}\\{[^}]*\\} (\\d+)$`, 'm').exec(text)?.[1]);
      return { documents: value('ketengraaf_graphql_documents_kept'), plans: value('ketengraaf_query_plans_kept') };
    };
    // Three questions to a subgraph, each under an alias of its own: three documents, three plans.
    for (const n of [1, 2, 3]) await ask(`{ q${n}: inrichtingen { code } }`);
    expect(await kept()).toEqual({ documents: 3, plans: 3 });
    // Then 100 distinct documents of some 60 KB each (6 MB, which Apollo's default of 30 MiB would
    // all keep), cheap to validate: only what fits in 2 MiB stays.
    const longName = 'N'.repeat(60_000);
    for (let n = 0; n < 100; n += 1) await ask(`query Q${n}${longName} { __typename }`);
    const { documents } = await kept();
    expect(documents).toBeGreaterThan(0);
    expect(documents).toBeLessThanOrEqual(35);
  });
});
