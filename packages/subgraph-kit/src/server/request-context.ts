import type { Caller } from '../identity/caller';
import type { Logger } from '../logging/logger';
import type { DeniedFields } from '../policy/denied-fields';
import type { RequestAccess } from '../policy/request-access';
import type { RequestProcessingLog } from '../processing-log/request-processing-log';
import type { TraceContext } from '../tracing/trace-context';

/** What every resolver of every subgraph gets for one request. */
export interface RequestContext<TLoaders> {
  /** The DataLoader set of this request: created per request, never shared between callers. */
  readonly loaders: TLoaders;
  /** A logger that stamps every line with this request's trace and span id. */
  readonly log: Logger;
  readonly trace: TraceContext;
  /** Who asks, from the verified token. */
  readonly caller: Caller;
  /** The access decisions of this request, enforced by the schema guard and written to the processing log. */
  readonly access: RequestAccess<RequestContext<TLoaders>>;
  /** The fields denied in this answer, per object: each object's become one ACCESS_DENIED error. */
  readonly deniedFields: DeniedFields;
  /** This request's processing log: written with each change in its transaction, the rest before the answer leaves. */
  readonly processingLog: RequestProcessingLog;
}
