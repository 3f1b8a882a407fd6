import {
  isDevelopment,
  parseGatewayConfig,
  parseGatewayLimits,
  parseOperationsConfig,
  parseSubgraphUrls,
} from '../gateway-config';

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
    expect(() => parseGatewayLimits({ GATEWAY_DJI_TIMEOUT_MS: 'soon' }, ['dji'])).toThrow(
      'Invalid configuration: GATEWAY_DJI_TIMEOUT_MS: must be a whole number of milliseconds of at least 1, got "soon"',
    );
    expect(() => parseGatewayLimits({ GATEWAY_BREAKER_ERROR_PERCENTAGE: '150' })).toThrow(
      'Invalid configuration: GATEWAY_BREAKER_ERROR_PERCENTAGE: must be a whole number of percent from 1 to 100, got "150"',
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

describe('the gateway’s configuration, refused', () => {
  const identity = {
    AUTH_ISSUER: 'https://login.example.nl',
    AUTH_AUDIENCE: 'ketengraaf',
    AUTH_JWKS_URL: 'https://login.example.nl/jwks.json',
  };

  it('says of each setting what it expects, and what it got', () => {
    expect(() =>
      parseGatewayConfig({
        ...identity,
        GATEWAY_PORT: 'http',
        LOG_LEVEL: 'verbose',
        GATEWAY_MAX_DEPTH: '0',
        AUTH_JWKS_URL: 'file:///etc/jwks.json',
      }),
    ).toThrow(
      'Invalid configuration: GATEWAY_MAX_DEPTH: must be a whole number of at least 1, got "0"; ' +
        'GATEWAY_PORT: must be a port number (0–65535), got "http"; ' +
        'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"; ' +
        'AUTH_JWKS_URL: must be an http(s) URL, got "file:///etc/jwks.json"',
    );
    expect(() => parseOperationsConfig({ GATEWAY_OPERATIONS: 'trusted' })).toThrow(
      'Invalid configuration: GATEWAY_OPERATIONS: must be one of any, registered, got "trusted"',
    );
    expect(() => parseSubgraphUrls({ OM_BURGEMEESTER_URL: 'om-burgemeester:4004' }, ['om-burgemeester'])).toThrow(
      'Invalid configuration: OM_BURGEMEESTER_URL: must be an http(s) URL, got "om-burgemeester:4004"',
    );
  });

  it('says which required variables are missing', () => {
    expect(() => parseGatewayConfig({})).toThrow(
      'Invalid configuration: AUTH_ISSUER: must be set; AUTH_AUDIENCE: must be set; AUTH_JWKS_URL: must be set',
    );
  });
});
