import { join } from 'node:path';

export { composeSupergraph, defaultSubgraphUrl, schemaFilesFromCode, subgraphFile, SUPERGRAPH_FILE } from './compose';
export { queryPlannerFor } from './query-plan';
export type { FetchStages } from './query-plan';

/** Path of the committed supergraph, for a gateway started from this repository. */
export const supergraphPath = join(__dirname, '..', 'supergraph.graphql');
