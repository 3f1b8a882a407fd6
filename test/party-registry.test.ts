import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { subgraphNamesOf } from '@ketengraaf/gateway';
import { parties, partyRegistry } from '@ketengraaf/parties';
import { supergraphPath } from '@ketengraaf/schema';
import { parseStackConfig } from '@ketengraaf/stack';

/**
 * The party registry is the only list of parties: whatever composes, starts, builds or documents
 * the parties names exactly the registry's, so adding a party is its folder, its registry entry
 * and its compose service (the README says so), and forgetting one fails here.
 */
const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const sorted = (names: readonly string[]) => [...names].sort();

describe('the party registry', () => {
  it('holds every party folder under subgraphs/, and only those', () => {
    const folders = readdirSync(join(root, 'subgraphs'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(sorted(folders)).toEqual(sorted(parties));
  });

  it('is what the supergraph composes, under the supergraph names the registry gives', () => {
    const supergraph = readFileSync(supergraphPath, 'utf8');
    expect(sorted(subgraphNamesOf(supergraph))).toEqual(sorted(parties));
    for (const party of partyRegistry) {
      expect(supergraph).toContain(`${party.supergraphName} @join__graph(name: "${party.name}"`);
    }
  });

  it('is what the stack starts, each on a port of its own', () => {
    const config = parseStackConfig({});
    expect(sorted(Object.keys(config.ports).filter((service) => service !== 'gateway'))).toEqual(sorted(parties));
    const ports = partyRegistry.map((party) => party.defaultPort);
    expect(new Set(ports).size).toBe(ports.length);
    expect(partyRegistry.map((party) => config.ports[party.name])).toEqual(ports);
  });

  it('is what the root README documents: the parties table, the environment and the way to add one', () => {
    const documentedFolders = [...readme.matchAll(/`subgraphs\/([a-z-]+)`/g)].map((match) => match[1] ?? '');
    expect(sorted([...new Set(documentedFolders)])).toEqual(sorted(parties));
    for (const party of partyRegistry) {
      expect(readme).toContain(`\`${party.envPrefix}_DATABASE_URL\``);
      expect(readme).toContain(`\`${party.envPrefix}_URL\``);
      expect(readme).toContain(`\`${party.envPrefix}_PORT\``);
    }
    expect(readme).toContain('## Adding a party');
  });
});

describe('the layers of a party', () => {
  const resolverFiles = parties.flatMap((party) =>
    readdirSync(join(root, 'subgraphs', party, 'src', 'graphql'))
      .filter((file) => file.endsWith('.resolver.ts'))
      .map((file) => join('subgraphs', party, 'src', 'graphql', file)),
  );

  it.each(resolverFiles)('%s maps and delegates: no data source, no SQL', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    expect(source).not.toMatch(/from 'typeorm'|DataSource|EntityManager|createQueryBuilder|\.query\(|findOne/);
  });
});
