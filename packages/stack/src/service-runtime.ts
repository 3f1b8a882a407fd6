/**
 * The runtime settings every Ketengraaf service process (a subgraph, the gateway) runs with, as the
 * image sets them (`ENV` in the Dockerfile, which docker-compose.yml and the Kubernetes manifests
 * inherit; `test/dockerfile.test.ts` holds the two equal) and the benchmark's service processes get.
 * Measured under the benchmark's load (README, Memory):
 * - `--max-semi-space-size=8`: each of the young generation's two semi-spaces at most 8 MB instead
 *   of node's 16, so it holds 16 MB instead of 32 per process. At 4 MB more of each request's
 *   objects outlive a scavenge and are promoted: it saved another 30 MB over the stack but cost
 *   about 20 % more CPU per request; 8 MB cost about 3 %.
 * - `--max-old-space-size=384`: one service's heap limit, well above its live heap (40–60 MB
 *   under load) and under the 512 Mi of its Kubernetes container. A limit under 1 GB is what makes
 *   V8 grow the old generation after a full collection by at most about 1.35× what survived instead
 *   of up to 4×, so less garbage waits for the next one.
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread that mallocs (V8's GC and compiler workers,
 *   libuv's pool) an arena of its own, up to 8 per core; two arenas hold what one per thread held
 *   under load in 0.5–2 MB less per process (about 7 MB over the stack), at no CPU cost measurable
 *   here (docs/performance/memory/).
 */
export const SERVICE_RUNTIME_ENVIRONMENT = {
  NODE_OPTIONS: '--max-semi-space-size=8 --max-old-space-size=384',
  MALLOC_ARENA_MAX: '2',
} as const satisfies Readonly<Record<string, string>>;
