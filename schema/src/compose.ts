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
  const sdls = new Map<string, string>();
  for (const party of partyRegistry) {
    sdls.set(party.name, `${printSubgraphSchema(await party.buildSchema()).trim()}\n`);
  }
  const files = new Map([...sdls].map(([name, sdl]) => [subgraphFile(name), sdl]));
  files.set(SUPERGRAPH_FILE, composeSupergraph(sdls));
  return files;
}

/**
 * The supergraph composed from every registered party's SDL (by party name), each at its default
 * URL. Throws listing the composition errors when they do not compose.
 */
export function composeSupergraph(sdls: ReadonlyMap<string, string>): string {
  const composition = composeServices(
    partyRegistry.map((party) => ({
      name: party.name,
      url: defaultSubgraphUrl(party),
      typeDefs: parse(sdlOf(sdls, party.name)),
    })),
  );
  if (composition.errors) {
    throw new Error(
      `The subgraphs do not compose:\n${composition.errors.map((error) => `- ${error.message}`).join('\n')}`,
    );
  }
  return `${composition.supergraphSdl.trim()}\n`;
}

function sdlOf(sdls: ReadonlyMap<string, string>, party: string): string {
  const sdl = sdls.get(party);
  if (sdl === undefined) throw new Error(`No SDL for the registered party ${party}`);
  return sdl;
}
