import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { partyRegistry } from '@ketengraaf/parties';
import { parse } from 'graphql';

/** The URL written into the supergraph for a party; deployments override it with `<PREFIX>_URL`. */
export function defaultSubgraphUrl(party: { readonly defaultPort: number }): string {
  return `http://localhost:${party.defaultPort}/graphql`;
}

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
  for (const party of partyRegistry) {
    const sdl = `${printSubgraphSchema(await party.buildSchema()).trim()}\n`;
    files.set(subgraphFile(party.name), sdl);
    services.push({ name: party.name, url: defaultSubgraphUrl(party), typeDefs: parse(sdl) });
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
