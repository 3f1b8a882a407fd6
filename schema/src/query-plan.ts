import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type { PlanNode } from '@apollo/query-planner';
import { parse } from 'graphql';

/**
 * The subgraphs a query's plan fetches from, stage by stage: a stage's fetches go out at once, and
 * each stage waits until the one before it has answered. So the number of stages is the number of
 * round trips in a row the gateway makes, whatever the page size.
 */
export type FetchStages = readonly (readonly string[])[];

/**
 * Plans queries over a supergraph as the gateway (`@apollo/gateway`, the same query planner) does,
 * without starting one. Throws on a query the supergraph's API schema does not accept.
 */
export function queryPlannerFor(supergraphSdl: string): (query: string) => FetchStages {
  const supergraph = Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  return (query) => {
    const { node } = planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query)));
    if (node?.kind === 'Subscription') throw new Error('the graph has no subscriptions to plan');
    return node ? stagesOf(node).map((services) => [...new Set(services)].sort()) : [];
  };
}

function stagesOf(node: PlanNode): string[][] {
  switch (node.kind) {
    case 'Fetch':
      return [[node.serviceName]];
    case 'Flatten':
      return stagesOf(node.node);
    case 'Sequence':
      return node.nodes.flatMap(stagesOf);
    case 'Parallel':
      return alongside(node.nodes.map(stagesOf));
    case 'Condition':
      return alongside([node.ifClause, node.elseClause].flatMap((clause) => (clause ? [stagesOf(clause)] : [])));
    case 'Defer':
      // The gateway's planner leaves @defer off, so its plans hold no Defer node.
      throw new Error("a plan with @defer is not the gateway's");
  }
}

/** Branches that start together, stage by stage: the longest decides how many stages there are. */
function alongside(branches: readonly string[][][]): string[][] {
  const length = Math.max(0, ...branches.map((branch) => branch.length));
  return Array.from({ length }, (_, stage) => branches.flatMap((branch) => branch[stage] ?? []));
}
