import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildDjiSchema } from '@ketengraaf/dji';
import { buildGemeenteSchema } from '@ketengraaf/gemeente';
import { buildOmBurgemeesterSchema } from '@ketengraaf/om-burgemeester';
import { buildReclasseringSchema } from '@ketengraaf/reclassering';
import type { GraphQLSchema } from 'graphql';
import { parse } from 'graphql';

interface SubgraphSource {
  readonly name: string;
  /** The URL written into the supergraph; deployments override it per subgraph. */
  readonly url: string;
  readonly build: () => Promise<GraphQLSchema>;
}

/** Every party's subgraph, in the order they appear in the supergraph. */
export const subgraphSources: readonly SubgraphSource[] = [
  { name: 'dji', url: 'http://localhost:4001/graphql', build: () => buildDjiSchema() },
  { name: 'gemeente', url: 'http://localhost:4002/graphql', build: () => buildGemeenteSchema() },
  { name: 'reclassering', url: 'http://localhost:4003/graphql', build: () => buildReclasseringSchema() },
  { name: 'om-burgemeester', url: 'http://localhost:4004/graphql', build: () => buildOmBurgemeesterSchema() },
];

export const SUPERGRAPH_FILE = 'supergraph.graphql';

/** The SDL file of a subgraph, as committed in `schema/`. */
export function subgraphFile(name: string): string {
  return `${name}.graphql`;
}

/**
 * Prints each subgraph's SDL from its code and composes the supergraph from those SDLs, exactly
 * as they would be committed: file name to content.
 */
export async function schemaFilesFromCode(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const services = [];
  for (const source of subgraphSources) {
    const sdl = `${printSubgraphSchema(await source.build()).trim()}\n`;
    files.set(subgraphFile(source.name), sdl);
    services.push({ name: source.name, url: source.url, typeDefs: parse(sdl) });
  }
  const composition = composeServices(services);
  if (composition.errors) {
    throw new Error(
      `The subgraphs do not compose:\n${composition.errors.map((error) => `- ${error.message}`).join('\n')}`,
    );
  }
  files.set(SUPERGRAPH_FILE, `${composition.supergraphSdl.trim()}\n`);
  return files;
}
