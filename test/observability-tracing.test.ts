import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { Client } from 'pg';

import { gemeenteParty } from '@ketengraaf/gemeente';
import { createLogger, demoPopulation, DEFAULT_SUBGRAPH_QUERY_LIMITS } from '@ketengraaf/subgraph-kit';
import type { LocalIssuer, TokenClaims } from '@ketengraaf/subgraph-kit';
import { createTestDatabase, startTestIssuer } from '@ketengraaf/subgraph-kit/testing';
import type { TestDatabase } from '@ketengraaf/subgraph-kit/testing';

/**
 * The services as they run in production: their built entry points in processes of their own, the
 * OpenTelemetry SDK started first by each, exporting OTLP/HTTP to a collector, here a tiny one in
 * the test that keeps what it is sent.
 */
const ROOT = join(__dirname, '..');
const amsterdamNazorg: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-otel' };
const DOSSIERS = '{ nazorgdossiers(gemeentecode: "0363", first: 3) { edges { node { id rol } } } }';

/** One span as OTLP/JSON carries it, with the service that sent it. */
interface ExportedSpan {
  readonly service: string;
  readonly scope: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly kind: number;
}

interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: {
      scope?: { name?: string };
      spans?: { traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number }[];
    }[];
  }[];
}

const SPAN_KIND_SERVER = 2;

/** An OTLP/HTTP collector for traces: keeps every span posted to `/v1/traces`. */
async function startCollector(): Promise<{ url: string; spans: ExportedSpan[]; close(): Promise<void> }> {
  const spans: ExportedSpan[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
        for (const resourceSpans of body.resourceSpans ?? []) {
          const service =
            resourceSpans.resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value
              .stringValue ?? '';
          for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
            for (const span of scopeSpans.spans ?? []) {
              spans.push({ ...span, service, scope: scopeSpans.scope?.name ?? '' });
            }
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Starts a built entry point and waits for its `listening` log line, which names its URL. */
async function startService(entry: string, env: NodeJS.ProcessEnv): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [join(ROOT, entry)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start: ${output}`)), 60_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const listening = /"url":"([^"]+)"[^\n]*listening/.exec(output);
      if (listening?.[1]) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} stopped (${code}): ${output}`));
    });
  });
  return { url, process: child };
}

async function stopService(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

let collector: Awaited<ReturnType<typeof startCollector>>;
let issuer: LocalIssuer;
let database: TestDatabase;
let gemeente: { url: string; process: ChildProcess } | undefined;
let gateway: { url: string; process: ChildProcess } | undefined;

beforeAll(async () => {
  // The entry points as `npm start` and the images run them: built, under the build lock another
  // test file building at the same time also takes.
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/build-if-stale.cjs')], { cwd: ROOT });
  collector = await startCollector();
  issuer = await startTestIssuer();
  database = await createTestDatabase('otel_gemeente');
  const pseudonymKey = randomBytes(32).toString('hex');
  const identity = { AUTH_ISSUER: issuer.issuer, AUTH_AUDIENCE: issuer.audience, AUTH_JWKS_URL: issuer.jwksUrl };
  // Migrated and seeded here, so the service finds people to read and log.
  const seeding = await gemeenteParty.create({
    databaseUrl: database.url,
    log: createLogger('gemeente', 'silent'),
    maxPageSize: 50,
    maxRepresentations: 60,
    queryLimits: DEFAULT_SUBGRAPH_QUERY_LIMITS,
    identity: { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl },
    pseudonymKey,
  });
  await gemeenteParty.seed(seeding.database.dataSource, demoPopulation(300));
  await seeding.close();
  const telemetry = {
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
    OTEL_BSP_SCHEDULE_DELAY: '100',
    LOG_LEVEL: 'info',
  };
  gemeente = await startService('subgraphs/gemeente/dist/main.js', {
    ...process.env,
    ...identity,
    ...telemetry,
    GEMEENTE_DATABASE_URL: database.url,
    GEMEENTE_PSEUDONYM_KEY: pseudonymKey,
    GEMEENTE_PORT: '0',
    GEMEENTE_HOST: '127.0.0.1',
  });
  gateway = await startService('gateway/dist/main.js', {
    ...process.env,
    ...identity,
    ...telemetry,
    GATEWAY_PORT: '0',
    GATEWAY_HOST: '127.0.0.1',
    GEMEENTE_URL: gemeente.url,
  });
}, 300_000);

afterAll(async () => {
  await stopService(gateway?.process);
  await stopService(gemeente?.process);
  await collector.close();
  await issuer.stop();
  await database.drop();
});

async function processingLogOf(traceId: string): Promise<{ trace_id: string; span_id: string }[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (
      await client.query<{ trace_id: string; span_id: string }>(
        'SELECT trace_id, span_id FROM processing_log_record WHERE trace_id = $1',
        [traceId],
      )
    ).rows;
  } finally {
    await client.end();
  }
}

/** Waits until the collector holds spans of `traceId` from both services and from pg. */
async function spansOf(traceId: string): Promise<ExportedSpan[]> {
  const started = Date.now();
  for (;;) {
    const spans = collector.spans.filter((span) => span.traceId === traceId);
    const complete =
      spans.some((span) => span.service === 'gateway' && span.kind === SPAN_KIND_SERVER) &&
      spans.some((span) => span.service === 'gemeente' && span.kind === SPAN_KIND_SERVER) &&
      spans.some((span) => span.scope.includes('instrumentation-pg'));
    if (complete || Date.now() - started > 15_000) return spans;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('one trace from the gateway through a subgraph to its SQL, as its processing log records it', () => {
  it('spans in the gateway, the subgraph and pg share the trace id the processing log recorded', async () => {
    const response = await fetch(gateway?.url ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await issuer.sign(amsterdamNazorg)}` },
      body: JSON.stringify({ query: DOSSIERS }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { nazorgdossiers: { edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.nazorgdossiers.edges.length).toBeGreaterThan(0);
    const traceId = (response.headers.get('traceresponse') ?? '').split('-')[1] ?? '';
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);

    const spans = await spansOf(traceId);
    const services = (scope: (span: ExportedSpan) => boolean) => new Set(spans.filter(scope).map((s) => s.service));
    expect(services((span) => span.kind === SPAN_KIND_SERVER)).toEqual(new Set(['gateway', 'gemeente']));
    expect(services((span) => span.scope.includes('instrumentation-pg'))).toEqual(new Set(['gemeente']));
    expect(services((span) => span.scope.includes('instrumentation-graphql'))).toEqual(
      new Set(['gateway', 'gemeente']),
    );

    // The subgraph's server span continues a span of the gateway: one trace, not two joined by id.
    const gatewaySpanIds = new Set(spans.filter((span) => span.service === 'gateway').map((span) => span.spanId));
    const subgraphServer = spans.filter((span) => span.service === 'gemeente' && span.kind === SPAN_KIND_SERVER);
    expect(subgraphServer.some((span) => gatewaySpanIds.has(span.parentSpanId ?? ''))).toBe(true);

    // The processing log names this trace, and the subgraph's own span of the request.
    const records = await processingLogOf(traceId);
    expect(records.length).toBeGreaterThan(0);
    const subgraphSpanIds = new Set(subgraphServer.map((span) => span.spanId));
    for (const record of records) {
      expect(record.trace_id).toBe(traceId);
      expect(subgraphSpanIds.has(record.span_id)).toBe(true);
    }
  });
});
