import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Gauge } from 'prom-client';
import type { Registry } from 'prom-client';

/**
 * The most a service keeps of what it derives from the documents it is sent, per cache, by
 * Apollo's measure of an entry (its JSON's bytes). Apollo keeps 30 MiB of each: a parsed document
 * holds about 4.4 times its JSON in V8's heap (its tokens and locations), so a service sent
 * documents that differ per request (values written into the query text) grew by some 130 MB for
 * its documents alone, the gateway by as much again for its query plans, before Apollo let go of
 * any (docs/performance/memory/README.md, Soak). The clients' operations and the subgraph
 * documents their plans make are a few dozen of a few KB each: 2 MiB keeps them all many times over.
 */
export const KEPT_PER_DOCUMENT_BYTES = 2 * 2 ** 20;

/** A metric's name and help text. */
export interface KeptMetric {
  readonly name: string;
  readonly help: string;
}

/**
 * A cache of what a service derives per document (Apollo Server's parsed and validated documents,
 * the gateway's query plans), the least recently used let go first beyond
 * `KEPT_PER_DOCUMENT_BYTES`, its number of entries read into `metric` at each scrape.
 */
export function keptPerDocument<V extends object>(registry: Registry, metric: KeptMetric): InMemoryLRUCache<V> {
  const cache = new InMemoryLRUCache<V>({ maxSize: KEPT_PER_DOCUMENT_BYTES });
  new Gauge({
    ...metric,
    registers: [registry],
    collect() {
      this.set(cache.keys().length);
    },
  });
  return cache;
}
