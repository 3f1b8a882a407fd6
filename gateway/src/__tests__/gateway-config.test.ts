import { isDevelopment, parseGatewayLimits } from '../gateway-config';

describe('the gateway’s wait for its subgraphs', () => {
  it('is 1.5 s for every subgraph by default, well under the 2 s a hung party may cost an answer', () => {
    const limits = parseGatewayLimits({}, ['dji', 'gemeente']);
    expect(limits.subgraphTimeoutMs).toBe(1500);
    expect(limits.subgraphTimeoutsMs).toEqual({});
    expect(limits.breaker).toEqual({ resetMs: 5000, errorPercentage: 50, minimumRequests: 3, windowMs: 10000 });
  });

  it('is set per subgraph by GATEWAY_<NAME>_TIMEOUT_MS, and the circuit breaker by GATEWAY_BREAKER_*', () => {
    const limits = parseGatewayLimits(
      {
        GATEWAY_SUBGRAPH_TIMEOUT_MS: '1200',
        GATEWAY_OM_BURGEMEESTER_TIMEOUT_MS: '800',
        GATEWAY_BREAKER_RESET_MS: '2000',
        GATEWAY_BREAKER_ERROR_PERCENTAGE: '25',
        GATEWAY_BREAKER_MIN_REQUESTS: '5',
        GATEWAY_BREAKER_WINDOW_MS: '30000',
      },
      ['dji', 'om-burgemeester'],
    );
    expect(limits.subgraphTimeoutMs).toBe(1200);
    expect(limits.subgraphTimeoutsMs).toEqual({ 'om-burgemeester': 800 });
    expect(limits.breaker).toEqual({ resetMs: 2000, errorPercentage: 25, minimumRequests: 5, windowMs: 30000 });
  });

  it('refuses a timeout that is not a positive number of milliseconds, and a percentage over 100', () => {
    expect(() => parseGatewayLimits({ GATEWAY_DJI_TIMEOUT_MS: 'soon' }, ['dji'])).toThrow(/GATEWAY_DJI_TIMEOUT_MS/);
    expect(() => parseGatewayLimits({ GATEWAY_BREAKER_ERROR_PERCENTAGE: '150' })).toThrow(
      /GATEWAY_BREAKER_ERROR_PERCENTAGE/,
    );
  });
});

describe('the gateway’s development tools (GraphiQL, introspection, field suggestions)', () => {
  it.each([
    ['NODE_ENV unset, as `npm start` runs', {}, true],
    ['NODE_ENV=development', { NODE_ENV: 'development' }, true],
    ['NODE_ENV=production, as the Docker image sets it', { NODE_ENV: 'production' }, false],
  ])('with %s', (_case, env, development) => {
    expect(isDevelopment(env)).toBe(development);
  });
});
