import { createServer } from 'node:http';
import type { OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';

import { parties } from '@ketengraaf/parties';
import { supergraphPath } from '@ketengraaf/schema';
import { createLogger, startLocalIssuer } from '@ketengraaf/subgraph-kit';

import { createGateway } from '../create-gateway';
import { parseGatewayLimits } from '../gateway-config';

/** A subgraph's answer to every fetch: its headers besides `content-type`, and its JSON body. */
export interface StubAnswer {
  readonly headers?: OutgoingHttpHeaders;
  readonly body: unknown;
}

/** Our gateway over the committed supergraph, every party's subgraph one stub, asked as a DJI casemanager. */
export interface GatewayOverStub {
  readonly url: string;
  /** Posts `query` with the caller's token. */
  ask(query: string): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * Starts the gateway with every party's subgraph as one stub giving `answer` to every fetch: for
 * tests of what the gateway itself does with answers and documents, whatever the parties hold.
 */
export async function startGatewayOverStub(name: string, answer: StubAnswer): Promise<GatewayOverStub> {
  const subgraph = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json', ...answer.headers });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  const subgraphUrl = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
  const issuer = await startLocalIssuer({ port: 0, audience: `ketengraaf-${name}` });
  const gateway = await createGateway({
    supergraphSdl: await readFile(supergraphPath, 'utf8'),
    subgraphUrls: Object.fromEntries(parties.map((party) => [party, subgraphUrl])),
    log: createLogger(`${name}-test`, 'silent'),
    limits: parseGatewayLimits({}, parties),
    identity: { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl },
  }).listen(0);
  const authorization = `Bearer ${await issuer.sign({ org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'u1' })}`;
  return {
    url: gateway.url,
    ask: (query) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query }),
      }),
    async stop() {
      await gateway.stop();
      await issuer.stop();
      subgraph.closeAllConnections();
      await new Promise((resolve) => subgraph.close(resolve));
    },
  };
}
