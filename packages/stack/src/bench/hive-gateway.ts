import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createGatewayRuntime } from '@graphql-hive/gateway';
import type { PartyName } from '@ketengraaf/parties';
import { partyNamed } from '@ketengraaf/parties';

/** Headers a subgraph needs from the caller's request: the token it checks, the trace it joins. */
const FORWARDED = ['authorization', 'traceparent'] as const;

/**
 * Hive Gateway serving the committed supergraph over the running subgraphs: the same composition,
 * with each `join__graph` url pointed at where the subgraph listens; the caller's `authorization`
 * and `traceparent` forwarded to every subgraph, as Ketengraaf's gateway forwards them.
 */
export async function startHiveGateway(
  supergraphSdl: string,
  subgraphUrls: Readonly<Record<PartyName, string>>,
): Promise<{ readonly url: string; stop(): Promise<void> }> {
  const sdl = supergraphSdl.replace(
    /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g,
    (_, name: string) => `@join__graph(name: "${name}", url: "${subgraphUrls[partyNamed(name as PartyName).name]}")`,
  );
  const runtime = createGatewayRuntime({
    supergraph: sdl,
    logging: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) =>
        Object.fromEntries(
          FORWARDED.flatMap((header) => {
            const value = request.headers.get(header);
            return value ? [[header, value]] : [];
          }),
        ),
    },
  });
  // The runtime answers through its own promise; node's listener only hands it the request.
  const server = createServer((request, response) => void runtime(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await runtime.dispose();
    },
  };
}
