import type { NextFunction, Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

import type { Logger } from '../logging/logger';
import type { MeldingCounts } from '../meldingen/meldingen.queries';

/**
 * A service's own Prometheus registry, with the process's default metrics (CPU, memory, event
 * loop, GC) labelled with the service's name. One per service, so several services in one process
 * (`npm start`, the tests) each report their own.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** The paths a service answers; any other path is counted as `other`, so a scan cannot add labels. */
const ROUTES = new Set(['/graphql', '/health', '/ready', '/metrics']);

/** What the service learns about a request while handling it, for its metrics. */
export interface RequestObservation {
  /** `query`, `mutation` or `subscription`, once GraphQL has resolved the operation. */
  operation?: string;
  /**
   * The GraphQL answer about to be sent, once GraphQL answers: its errors are counted from it as
   * it leaves, rather than by parsing the sent body back (a page of 50 is about 100 KB).
   */
  answer?: { readonly errors?: readonly GraphQLFormattedError[] };
}

/**
 * Every request's count, outcome and duration, and the code of every error sent, whichever layer
 * sent it (body parsing, token check, GraphQL, routing): read from the response as it leaves.
 */
export function requestMetrics(registry: Registry): {
  middleware: (req: Request, res: Response, next: NextFunction) => void;
  observationOf: (res: Response) => RequestObservation;
} {
  const requests = new Counter({
    name: 'ketengraaf_requests_total',
    help: 'HTTP requests answered, by route, GraphQL operation type (none when refused before it was known) and status',
    labelNames: ['route', 'operation', 'status'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'ketengraaf_errors_total',
    help: 'Errors sent to clients, by their extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'ketengraaf_request_duration_seconds',
    help: 'Time from a request arriving to its answer sent, by route and GraphQL operation type',
    labelNames: ['route', 'operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
    registers: [registry],
  });
  const observations = new WeakMap<Response, RequestObservation>();
  const observationOf = (res: Response): RequestObservation => {
    let observation = observations.get(res);
    if (!observation) {
      observation = {};
      observations.set(res, observation);
    }
    return observation;
  };
  return {
    observationOf,
    middleware(req, res, next) {
      const stopTimer = duration.startTimer();
      const route = ROUTES.has(req.path) ? req.path : 'other';
      const send = res.send.bind(res);
      // Every JSON answer goes through `send` (`res.json` calls it), Apollo Server's too.
      res.send = (body?: unknown) => {
        const { answer } = observationOf(res);
        for (const code of answer ? (answer.errors ?? []).map(codeOf) : errorCodesIn(body)) errors.inc({ code });
        return send(body);
      };
      res.once('finish', () => {
        const operation = observationOf(res).operation ?? 'none';
        stopTimer({ route, operation });
        requests.inc({ route, operation, status: String(res.statusCode) });
      });
      next();
    },
  };
}

function errorCodesIn(body: unknown): string[] {
  const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : undefined;
  if (!text?.includes('"errors"')) return [];
  try {
    const parsed = JSON.parse(text) as { errors?: Pick<GraphQLFormattedError, 'extensions'>[] };
    return Array.isArray(parsed.errors) ? parsed.errors.map(codeOf) : [];
  } catch {
    return [];
  }
}

function codeOf(error: Pick<GraphQLFormattedError, 'extensions'>): string {
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : 'NONE';
}

/** How long the gateway waits for each subgraph, by subgraph and outcome (its HTTP status, or `unavailable`). */
export function subgraphFetchMetric(registry: Registry): Histogram<'subgraph' | 'outcome'> {
  return new Histogram({
    name: 'ketengraaf_subgraph_fetch_duration_seconds',
    help: 'Duration of the gateway fetches to each subgraph, by subgraph and outcome (HTTP status, or unavailable)',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
    registers: [registry],
  });
}

/** The pg pool under TypeORM, as far as these metrics need it. */
interface PoolCounts {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

/** The party's database pool at each scrape: connections open, idle, and requests waiting for one. */
export function databasePoolMetric(registry: Registry, dataSource: DataSource): void {
  new Gauge({
    name: 'ketengraaf_database_pool_connections',
    help: 'The database connection pool: total and idle connections, and queries waiting for a connection',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      // TypeORM's PostgreSQL driver keeps its pg Pool as `master`.
      const pool = (dataSource.driver as unknown as { master?: Partial<PoolCounts> }).master;
      this.set({ state: 'total' }, pool?.totalCount ?? 0);
      this.set({ state: 'idle' }, pool?.idleCount ?? 0);
      this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
    },
  });
}

/** Where the meldingen metrics read a party's outbox and inbox at each scrape. */
export interface MeldingenCounter {
  counts(): Promise<MeldingCounts>;
}

/**
 * The party's meldingen at each scrape: the outbox by state (`uit`), the inbox (`in`), and the
 * outgoing meldingen signalled as not confirmed in time. Counts, never content: `/metrics` needs
 * no token, so no subject or type of a melding appears in it. Without the database the gauges
 * have no samples rather than stale ones; `/ready` says why.
 */
export function meldingenMetrics(registry: Registry, meldingen: MeldingenCounter, log: Logger): void {
  // Both gauges are collected in the same scrape: they share one read of the counts.
  let reading: Promise<MeldingCounts | null> | undefined;
  const current = (): Promise<MeldingCounts | null> =>
    (reading ??= meldingen
      .counts()
      .catch((error: unknown) => {
        log.warn({ err: error }, 'meldingen could not be counted for the metrics');
        return null;
      })
      .finally(() => {
        reading = undefined;
      }));
  new Gauge({
    name: 'ketengraaf_meldingen',
    help: 'Meldingen in the outbox by status (direction uit: TE_VERZENDEN, AFGELEVERD, ONBESTELBAAR) and in the inbox (direction in: ONTVANGEN)',
    labelNames: ['direction', 'status'] as const,
    registers: [registry],
    async collect() {
      const counts = await current();
      this.reset();
      if (!counts) return;
      this.set({ direction: 'uit', status: 'TE_VERZENDEN' }, counts.teVerzenden);
      this.set({ direction: 'uit', status: 'AFGELEVERD' }, counts.afgeleverd);
      this.set({ direction: 'uit', status: 'ONBESTELBAAR' }, counts.onbestelbaar);
      this.set({ direction: 'in', status: 'ONTVANGEN' }, counts.ontvangen);
    },
  });
  new Gauge({
    name: 'ketengraaf_meldingen_gesignaleerd',
    help: 'Outgoing meldingen the receiver did not confirm in time (signalled) and has still not confirmed',
    labelNames: ['direction'] as const,
    registers: [registry],
    async collect() {
      const counts = await current();
      this.reset();
      if (counts) this.set({ direction: 'uit' }, counts.gesignaleerd);
    },
  });
}
