import { join } from 'node:path';

export { defaultSubgraphUrl, schemaFilesFromCode, subgraphFile, SUPERGRAPH_FILE } from './compose';

/** Path of the committed supergraph, for a gateway started from this repository. */
export const supergraphPath = join(__dirname, '..', 'supergraph.graphql');
