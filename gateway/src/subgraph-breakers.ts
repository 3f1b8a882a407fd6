import type { FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import CircuitBreaker from 'opossum';

import type { Logger } from '@ketengraaf/subgraph-kit/service';

import { SubgraphHttp } from './subgraph-http';

/** Where a subgraph's circuit stands: asked (`closed`), not asked (`open`), or asked once to probe it (`half-open`). */
export type BreakerState = 'closed' | 'open' | 'half-open';

/** When the gateway stops asking a party that does not answer, and when it tries again. */
export interface BreakerSettings {
  /** How long an open circuit fails fast before the next request is let through as a probe. */
  readonly resetMs: number;
  /** The share of failed fetches, in percent, over the window above which the circuit opens. */
  readonly errorPercentage: number;
  /** The fewest fetches in the window before the circuit may open: one lost fetch does not open it. */
  readonly minimumRequests: number;
  /** The rolling window over which fetches and failures are counted. */
  readonly windowMs: number;
}

export const DEFAULT_BREAKER_SETTINGS: BreakerSettings = {
  resetMs: 5000,
  errorPercentage: 50,
  minimumRequests: 3,
  windowMs: 10000,
};

/** Why a subgraph fetch has no answer from the party. */
export type UnreachableReason = 'circuit-open' | 'timeout' | 'connection';

/** A subgraph fetch that got no answer: the party was not asked (its circuit is open), hung, or unreachable. */
export class SubgraphUnreachable extends Error {
  constructor(
    readonly subgraph: string,
    readonly reason: UnreachableReason,
    cause?: unknown,
  ) {
    super(`The ${subgraph} subgraph did not answer (${reason}).`, { cause });
    this.name = 'SubgraphUnreachable';
  }
}

/** A subgraph fetch: a request with a timeout, over kept-open connections, behind that party's circuit. */
export type SubgraphFetch = (url: string, init?: FetcherRequestInit) => Promise<FetcherResponse>;

/** A 5xx answer: counted as a failure of the party, then handed on as the party's own answer. */
class ServerErrorAnswer extends Error {
  constructor(readonly response: FetcherResponse) {
    super(`HTTP ${response.status}`);
  }
}

const breakerStates = (breaker: CircuitBreaker): BreakerState =>
  breaker.opened ? 'open' : breaker.halfOpen ? 'half-open' : 'closed';

/**
 * One circuit breaker per subgraph. A party that times out, refuses connections or answers 5xx
 * too often is no longer asked: its fetches fail at once (open) until, after the reset time, one
 * request is let through to probe it (half-open); when that one is answered the circuit closes.
 * A subgraph's GraphQL errors (an access refusal, bad input: HTTP 200 or 400) are answers, and
 * count as such. Every change of state is logged with the party's name and told to the listeners.
 */
export class SubgraphBreakers {
  private readonly breakers = new Map<
    string,
    CircuitBreaker<[string, FetcherRequestInit | undefined], FetcherResponse>
  >();
  private readonly listeners: ((subgraph: string, state: BreakerState) => void)[] = [];
  private readonly http = new SubgraphHttp();

  constructor(
    private readonly settings: BreakerSettings,
    private readonly log: Logger,
  ) {}

  /** The fetch for `subgraph`: gives up after `timeoutMs`, and fails fast while the party's circuit is open. */
  fetcherFor(subgraph: string, timeoutMs: number): SubgraphFetch {
    const breaker = new CircuitBreaker<[string, FetcherRequestInit | undefined], FetcherResponse>(
      async (url, init) => {
        const response = await this.http.post(url, init, timeoutMs);
        if (response.status >= 500) {
          throw new ServerErrorAnswer(response);
        }
        return response;
      },
      {
        name: subgraph,
        // The request's own timer times it out, and so ends it; opossum's timer would leave it running.
        timeout: false,
        resetTimeout: this.settings.resetMs,
        errorThresholdPercentage: this.settings.errorPercentage,
        volumeThreshold: this.settings.minimumRequests,
        rollingCountTimeout: this.settings.windowMs,
      },
    );
    const changed = (state: BreakerState): void => {
      const fields = { subgraph, state };
      if (state === 'open') {
        this.log.warn(
          { ...fields, resetMs: this.settings.resetMs },
          `subgraph ${subgraph} does not answer: its circuit is open, its fetches fail at once`,
        );
      } else {
        this.log.info(
          fields,
          state === 'half-open'
            ? `subgraph ${subgraph}: circuit half-open, the next request probes it`
            : `subgraph ${subgraph} answers again: circuit closed`,
        );
      }
      for (const listener of this.listeners) listener(subgraph, state);
    };
    breaker.on('open', () => {
      changed('open');
    });
    breaker.on('halfOpen', () => {
      changed('half-open');
    });
    breaker.on('close', () => {
      changed('closed');
    });
    this.breakers.get(subgraph)?.shutdown();
    this.breakers.set(subgraph, breaker);
    return async (url, init) => {
      try {
        return await breaker.fire(url, init);
      } catch (error) {
        if (error instanceof ServerErrorAnswer) {
          return error.response;
        }
        throw new SubgraphUnreachable(subgraph, reasonOf(error), error);
      }
    };
  }

  /** Every subgraph's circuit, by name: for `/ready` and the metrics. */
  states(): Record<string, BreakerState> {
    return Object.fromEntries([...this.breakers].map(([subgraph, breaker]) => [subgraph, breakerStates(breaker)]));
  }

  /** Calls `listener` on every change of a subgraph's circuit. */
  onStateChange(listener: (subgraph: string, state: BreakerState) => void): void {
    this.listeners.push(listener);
  }

  /** Stops the circuits' timers and closes the idle connections. */
  shutdown(): void {
    for (const breaker of this.breakers.values()) breaker.shutdown();
    this.http.destroy();
  }
}

function reasonOf(error: unknown): UnreachableReason {
  if ((error as { code?: unknown } | undefined)?.code === 'EOPENBREAKER') {
    return 'circuit-open';
  }
  return error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'connection';
}
