import type { GatewayOverStub } from './gateway-over-stub';
import { startGatewayOverStub } from './gateway-over-stub';

describe("the gateway's answers", () => {
  let gateway: GatewayOverStub;

  // Every party's subgraph as one stub that allows its answer to be cached for a minute, as no real
  // subgraph does: the gateway's answer holds personal data all the same.
  beforeAll(async () => {
    gateway = await startGatewayOverStub('no-store', {
      headers: { 'cache-control': 'max-age=60, public' },
      body: { data: { inrichtingen: [{ code: 'PI-ALMELO' }] } },
    });
  });

  afterAll(async () => {
    await gateway.stop();
  });

  it('are never stored, even when a subgraph allows its own to be', async () => {
    const ask = async (query: string) => {
      const response = await gateway.ask(query);
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
