import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseGatewayConfig, parseSubgraphUrls, subgraphNamesOf } from '@ketengraaf/gateway';
import { supergraphPath } from '@ketengraaf/schema';
import { parties } from '@ketengraaf/parties';
import { envPrefixOf, parseSubgraphConfig } from '@ketengraaf/subgraph-kit';
import { parse } from 'yaml';

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown>;
  image?: string;
  healthcheck?: { test?: string[] };
}

const compose = parse(readFileSync(join(__dirname, '..', 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const subgraphNames = subgraphNamesOf(readFileSync(supergraphPath, 'utf8'));

/** Compose's `${VAR:-default}` as the service would see it with nothing set. */
function withDefaults(environment: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [name, value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]),
  );
}

describe('docker-compose.yml', () => {
  it('runs every subgraph of the supergraph', () => {
    expect([...subgraphNames].sort()).toEqual([...parties].sort());
    for (const name of subgraphNames) {
      expect(compose.services[name]?.command).toEqual(['node', `subgraphs/${name}/dist/main.js`]);
    }
  });

  it.each(subgraphNames)('gives the %s subgraph its own PostgreSQL, and a configuration it accepts', (name) => {
    const service = compose.services[name];
    const environment = withDefaults(service?.environment);
    const config = parseSubgraphConfig(environment, envPrefixOf(name), { port: 0 });
    const databaseHost = new URL(config.databaseUrl).hostname;
    expect(databaseHost).toBe(`${name}-db`);
    expect(compose.services[databaseHost]?.image).toBe('postgres:15');
    expect(Object.keys(service?.depends_on ?? {})).toContain(databaseHost);
    const otherSubgraphs = subgraphNames.filter((other) => other !== name);
    for (const other of otherSubgraphs) {
      expect(JSON.stringify(service)).not.toContain(`${other}-db`);
    }
  });

  it('points the gateway at every subgraph with a configuration it accepts', () => {
    const environment = withDefaults(compose.services['gateway']?.environment);
    const config = parseGatewayConfig(environment);
    const subgraphUrls = parseSubgraphUrls(environment, subgraphNames);
    expect(Object.keys(subgraphUrls).sort()).toEqual([...subgraphNames].sort());
    for (const name of subgraphNames) {
      expect(new URL(subgraphUrls[name] ?? '').hostname).toBe(name);
    }
    expect(config.supergraphPath).toBe('schema/supergraph.graphql');
  });

  it.each(['gateway', ...subgraphNames])(
    'has a healthcheck for the %s that asks its own /ready, on the port it listens on',
    (name) => {
      const service = compose.services[name];
      const environment = withDefaults(service?.environment);
      const port =
        name === 'gateway'
          ? parseGatewayConfig(environment).port
          : parseSubgraphConfig(environment, envPrefixOf(name), { port: 0 }).port;
      const probe = service?.healthcheck?.test ?? [];
      expect(probe.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
      expect(probe[3]).toContain(`fetch('http://127.0.0.1:${String(port)}/ready')`);
    },
  );

  it('has the gateway and every subgraph verify tokens of one issuer, each party with its own pseudonym key', () => {
    const gateway = parseGatewayConfig(withDefaults(compose.services['gateway']?.environment));
    const subgraphs = subgraphNames.map((name) =>
      parseSubgraphConfig(withDefaults(compose.services[name]?.environment), envPrefixOf(name), { port: 0 }),
    );
    for (const config of subgraphs) {
      expect(config.identity).toEqual(gateway.identity);
    }
    expect(new Set(subgraphs.map((config) => config.pseudonymKey)).size).toBe(subgraphs.length);
    expect(JSON.stringify(compose.services['gateway'])).not.toContain('PSEUDONYM_KEY');
  });
});
