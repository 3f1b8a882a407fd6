import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';

import { parties } from '@ketengraaf/parties';
import { supergraphPath } from '@ketengraaf/schema';
import { createLogger, startLocalIssuer } from '@ketengraaf/subgraph-kit';
import type { LocalIssuer, RunningService } from '@ketengraaf/subgraph-kit';

import { createGateway } from '../create-gateway';
import { parseGatewayLimits } from '../gateway-config';

/**
 * Every party's subgraph as one stub that allows its answer to be cached for a minute, as no real
 * subgraph does: the gateway's answer holds personal data all the same.
 */
const cacheableSubgraph = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60, public' });
    response.end(JSON.stringify({ data: { inrichtingen: [{ code: 'PI-ALMELO' }] } }));
  });
});

describe("the gateway's answers", () => {
  let issuer: LocalIssuer;
  let gateway: RunningService;

  beforeAll(async () => {
    await new Promise<void>((resolve) => cacheableSubgraph.listen(0, '127.0.0.1', resolve));
    const subgraphUrl = `http://127.0.0.1:${(cacheableSubgraph.address() as AddressInfo).port}/graphql`;
    issuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-no-store' });
    gateway = await createGateway({
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      subgraphUrls: Object.fromEntries(parties.map((party) => [party, subgraphUrl])),
      log: createLogger('no-store-test', 'silent'),
      limits: parseGatewayLimits({}, parties),
      identity: { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl },
    }).listen(0);
  });

  afterAll(async () => {
    await gateway.stop();
    await issuer.stop();
    cacheableSubgraph.closeAllConnections();
    await new Promise((resolve) => cacheableSubgraph.close(resolve));
  });

  it('are never stored, even when a subgraph allows its own to be', async () => {
    const ask = async (query: string) => {
      const token = await issuer.sign({ org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'u1' });
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      return { cacheControl: response.headers.get('cache-control'), body: await response.json() };
    };
    expect(await ask('{ inrichtingen { code } }')).toEqual({
      cacheControl: 'no-store',
      body: { data: { inrichtingen: [{ code: 'PI-ALMELO' }] } },
    });
    // Refused before any subgraph is asked: no-store as well.
    expect((await ask('{ inrichtingen { bestaatNiet } }')).cacheControl).toBe('no-store');
  });
});
