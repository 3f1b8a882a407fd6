import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { PartyName } from '@ketengraaf/parties';

/** One request the gateway sent a subgraph for a question, and when, relative to the question. */
export interface SubgraphRequest {
  readonly party: PartyName;
  readonly body: string;
  readonly startedMs: number;
  readonly endedMs: number;
}

/** A question's subgraph requests in stages: each stage after the last has answered, its requests at once. */
export type SubgraphPlan = readonly (readonly SubgraphRequest[])[];

/**
 * Relays to each party's subgraph, keeping every request body it passes on: put between a gateway
 * and the subgraphs, it records the requests one question costs, which `sendDirect` then sends
 * without a gateway (the direct floor).
 */
export async function startRecordingRelays(subgraphUrls: Readonly<Record<PartyName, string>>): Promise<{
  readonly urls: Record<PartyName, string>;
  record(ask: () => Promise<unknown>): Promise<SubgraphPlan>;
  stop(): Promise<void>;
}> {
  let recorded: SubgraphRequest[] = [];
  let origin = 0;
  const servers = await Promise.all(
    (Object.entries(subgraphUrls) as [PartyName, string][]).map(async ([party, target]) => {
      const server = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const startedMs = performance.now() - origin;
          const headers = Object.fromEntries(
            Object.entries(request.headers).filter(
              (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host',
            ),
          );
          fetch(target, { method: 'POST', headers, body })
            .then(async (answer) => {
              const text = await answer.text();
              recorded.push({ party, body, startedMs, endedMs: performance.now() - origin });
              response.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
            })
            .catch(() => response.writeHead(502).end());
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      return { party, server, url: `http://127.0.0.1:${port}/graphql` };
    }),
  );
  return {
    urls: Object.fromEntries(servers.map(({ party, url }) => [party, url])) as Record<PartyName, string>,
    async record(ask) {
      recorded = [];
      origin = performance.now();
      await ask();
      return stages(recorded);
    },
    stop: async () => {
      await Promise.all(servers.map(({ server }) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

/** Requests that overlapped ran at once; one that started after every earlier one ended waited for them. */
function stages(requests: readonly SubgraphRequest[]): SubgraphPlan {
  const plan: SubgraphRequest[][] = [];
  let stageEnd = -Infinity;
  for (const request of [...requests].sort((one, other) => one.startedMs - other.startedMs)) {
    const current = plan.at(-1);
    if (current && request.startedMs < stageEnd) {
      current.push(request);
      stageEnd = Math.max(stageEnd, request.endedMs);
    } else {
      plan.push([request]);
      stageEnd = request.endedMs;
    }
  }
  return plan;
}

/**
 * Sends a recorded plan's requests straight to the subgraphs, stage after stage, with `headers`:
 * undefined when every subgraph answered 200, else the first other status.
 */
export async function sendDirect(
  plan: SubgraphPlan,
  subgraphUrls: Readonly<Record<PartyName, string>>,
  headers: Record<string, string>,
): Promise<string | undefined> {
  for (const stage of plan) {
    const statuses = await Promise.all(
      stage.map(async ({ party, body }) => {
        const response = await fetch(subgraphUrls[party], {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });
        await response.text();
        return response.status;
      }),
    );
    const failed = statuses.find((status) => status !== 200);
    if (failed !== undefined) return `HTTP ${failed}`;
  }
  return undefined;
}
