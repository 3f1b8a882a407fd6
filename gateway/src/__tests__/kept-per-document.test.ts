import type { GatewayOverStub } from './gateway-over-stub';
import { startGatewayOverStub } from './gateway-over-stub';

describe('the gateway sent documents that differ per request', () => {
  let gateway: GatewayOverStub;

  // Every party's subgraph as one stub answering every fetch alike: the gateway's own caches are tested.
  beforeAll(async () => {
    gateway = await startGatewayOverStub('kept-per-document', { body: { data: {} } });
  });

  afterAll(async () => {
    await gateway.stop();
  });

  it('keeps a bounded number of their parsed documents, and counts those and its query plans in /metrics', async () => {
    const ask = async (query: string): Promise<void> => {
      expect((await gateway.ask(query)).status).toBe(200);
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
