import type { Logger } from '../logging/logger';
import type { TraceContext } from '../tracing/trace-context';

/** What every resolver of every subgraph gets for one request. */
export interface RequestContext<TLoaders> {
  /** The DataLoader set of this request: created per request, never shared between callers. */
  readonly loaders: TLoaders;
  /** A logger that stamps every line with this request's trace and span id. */
  readonly log: Logger;
  readonly trace: TraceContext;
}
