import { parseGatewayConfig } from '@ketengraaf/gateway';
import { parseStackConfig } from '@ketengraaf/stack';
import { parseSubgraphConfig } from '@ketengraaf/subgraph-kit';

const identity = {
  AUTH_ISSUER: 'https://issuer.example.nl',
  AUTH_AUDIENCE: 'ketengraaf',
  AUTH_JWKS_URL: 'https://issuer.example.nl/jwks',
};
const subgraphEnvironment = {
  ...identity,
  DJI_DATABASE_URL: 'postgres://dji@dji-db/dji',
  DJI_PSEUDONYM_KEY: 'k'.repeat(32),
};
const subgraphHost = (env: NodeJS.ProcessEnv) =>
  parseSubgraphConfig({ ...subgraphEnvironment, ...env }, 'DJI', { port: 4001 }).host;

describe('the address a service listens on', () => {
  it('is every interface for a subgraph in a container, unless DJI_HOST or HOST says otherwise', () => {
    expect(subgraphHost({})).toBe('0.0.0.0');
    expect(subgraphHost({ HOST: '127.0.0.1' })).toBe('127.0.0.1');
    expect(subgraphHost({ HOST: '127.0.0.1', DJI_HOST: '::' })).toBe('::');
  });

  it('is every interface for the gateway in a container, unless GATEWAY_HOST says otherwise', () => {
    expect(parseGatewayConfig(identity).host).toBe('0.0.0.0');
    expect(parseGatewayConfig({ ...identity, GATEWAY_HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });

  it('is loopback for npm start, unless HOST says otherwise', () => {
    expect(parseStackConfig({}).host).toBe('127.0.0.1');
    expect(parseStackConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('refuses what is not an address, naming the variable', () => {
    expect(() => subgraphHost({ DJI_HOST: 'http://0.0.0.0' })).toThrow(
      /DJI_HOST: must be an IP address or a host name/,
    );
    expect(() => parseGatewayConfig({ ...identity, GATEWAY_HOST: '' })).toThrow(/GATEWAY_HOST/);
    expect(() => parseStackConfig({ HOST: '0.0.0.0/0' })).toThrow(/HOST: must be an IP address/);
  });
});
