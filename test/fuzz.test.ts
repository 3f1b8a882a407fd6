import { Agent } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { subgraphFile, supergraphPath } from '@ketengraaf/schema';
import type { RunningStack } from '@ketengraaf/stack';
import { isErrorCode, SeededRandom } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { choose, fuzzSchemaOf, OperationGenerator } from './fuzz/operation-generator';
import type { FuzzSchema } from './fuzz/operation-generator';
import { malformedRequest, oddRouteRequest, operationBody, post, send } from './fuzz/raw-requests';
import type { RawRequest, RawResponse } from './fuzz/raw-requests';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * The fuzz suite of issue 13: generated documents, variables and malformed bodies, with and
 * without valid tokens, sent to the gateway and to every subgraph called directly, with NODE_ENV
 * unset (as `npm start` runs) and with NODE_ENV=production. No answer may be a 5xx, carry a stack
 * trace or a path, lack a registered code on an error, or take more than 5 s.
 *
 * Reproducible: the seed is printed; `FUZZ_SEED=<seed> npx jest test/fuzz.test.ts` sends the same
 * requests again, `FUZZ_REQUESTS=<n>` changes how many go to each service.
 */
const SEED = process.env['FUZZ_SEED'] ?? 'ketengraaf-fuzz-1';
const REQUESTS_PER_SERVICE = Number(process.env['FUZZ_REQUESTS'] ?? 520);
const CONCURRENCY = 6;
const SLOW_MS = 5000;

type Target = 'gateway' | PartyName;
const targets: Target[] = ['gateway', ...parties];

/** Callers of every kind of organisation, and tokens a client might send instead of a valid one. */
const callers: TokenClaims[] = [
  { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'fuzz' },
  { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'fuzz' },
  { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'fuzz' },
  { org: 'gemeente:0599', role: 'privacy-officer', sub: 'fuzz' },
  { org: 'reclassering:RN', role: 'toezichthouder', sub: 'fuzz' },
  { org: 'reclassering:SVG', role: 'adviseur', sub: 'fuzz' },
  { org: 'om', role: 'officier', sub: 'fuzz' },
  { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'fuzz' },
  { org: 'justid', role: 'bij-medewerker', sub: 'fuzz' },
  { org: 'zvh:rotterdam-rijnmond', role: 'procesregisseur', sub: 'fuzz' },
  // A person asking for their own trail, as a DigiD-backed issuer names them.
  { org: 'burger', role: 'betrokkene', sub: 'fuzz-digid', bsn: '111222333', skn: '1000000000' },
  // Signed, but naming an organisation that does not exist: refused like an invalid token.
  { org: 'gemeente:9999', role: 'nazorgcoordinator', sub: 'fuzz' },
];

const INVALID_AUTHORIZATIONS = [
  undefined,
  '',
  'Bearer',
  'Bearer ',
  'Bearer garbage',
  'Bearer a.b.c',
  'Basic dXNlcjpwYXNz',
  'bearer eyJhbGciOiJub25lIn0.eyJvcmciOiJvbSIsInJvbGUiOiJvZmZpY2llciJ9.',
  `Bearer ${'x'.repeat(6000)}`,
];

interface Finding {
  readonly request: number;
  readonly kind: string;
  readonly problem: string;
  readonly status?: number;
  readonly body?: string;
  /** The start of what was sent, to reproduce it by hand. */
  readonly sent?: string;
}

/** What must never leave a service: stack frames, source paths, the checkout, an HTML page. */
const LEAKS: readonly [string, RegExp][] = [
  ['a stack frame', /\bat \S+ \(|\bat (node:|\/)/],
  ['a TypeScript source position', /\.ts:\d/],
  ['the checkout path', new RegExp(escapeRegExp(process.cwd()))],
  ['node_modules', /node_modules/],
  ['/work', /\/work\b/],
  ['an HTML page', /<html|<!DOCTYPE/i],
  ['a stacktrace extension', /"stacktrace"/],
  ['an http extension', /"http"\s*:/],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withNodeEnv<T>(nodeEnv: string | undefined, start: () => Promise<T>): Promise<T> {
  // Express reads NODE_ENV when an app is created and Apollo Server and the gateway when they
  // are constructed, all inside `listen`: the services keep the mode they were started in.
  const saved = process.env['NODE_ENV'];
  if (nodeEnv === undefined) delete process.env['NODE_ENV'];
  else process.env['NODE_ENV'] = nodeEnv;
  return start().finally(() => {
    if (saved === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = saved;
  });
}

function schemaOf(target: Target): FuzzSchema {
  const path = target === 'gateway' ? supergraphPath : join(dirname(supergraphPath), subgraphFile(target));
  return fuzzSchemaOf(readFileSync(path, 'utf8'));
}

/** One fuzzed request and the authorization it goes with, drawn from `random`. */
function fuzzedRequest(
  random: SeededRandom,
  generator: OperationGenerator,
  tokens: readonly string[],
): { raw: RawRequest; authorization: string | undefined } {
  const authorization = random.chance(0.85) ? random.pick(tokens) : choose(random, INVALID_AUTHORIZATIONS);
  const roll = random.next();
  let raw: RawRequest;
  if (roll < 0.55) {
    raw = post('/graphql', operationBody(generator.operation()), 'generated operation');
  } else if (roll < 0.75) {
    raw = post('/graphql', operationBody(generator.broken()), 'broken document');
  } else if (roll < 0.93) {
    raw = malformedRequest(random, generator.operation());
  } else {
    raw = oddRouteRequest(random, generator.operation());
  }
  // A request that itself contains what the checks look for would be echoed in a syntax error.
  const sent = `${raw.path} ${raw.body?.toString('utf8') ?? ''}`;
  if (LEAKS.some(([, pattern]) => pattern.test(sent))) {
    return { raw: post('/graphql', operationBody({ query: '{ __typename }' }), 'generated operation'), authorization };
  }
  return { raw, authorization };
}

/** What is wrong with an answer, if anything. */
function problemsOf(raw: RawRequest, response: RawResponse): string[] {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`HTTP ${response.status}`);
  if (response.milliseconds > SLOW_MS) problems.push(`answered in ${Math.round(response.milliseconds)} ms`);
  for (const [name, pattern] of LEAKS) {
    if (pattern.test(response.text)) problems.push(`the body carries ${name}`);
  }
  if (raw.method === 'HEAD' || response.status === 204) return problems;
  // `application/graphql-response+json` when the client asked for it.
  if (!/^application\/(graphql-response\+)?json/.test(response.contentType)) {
    problems.push(`content type ${response.contentType || 'none'}`);
    return problems;
  }
  let body: { errors?: { extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(response.text) as typeof body;
  } catch {
    problems.push('a body that is not JSON');
    return problems;
  }
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (!isErrorCode(code)) problems.push(`an unregistered code ${String(code)}`);
    if (code === 'INTERNAL_SERVER_ERROR') problems.push('INTERNAL_SERVER_ERROR for a client request');
  }
  return problems;
}

/** Each kind of finding once, with how often it occurred and its first example, so a report reads quickly. */
function distinct(findings: readonly Finding[]): (Finding & { readonly times: number })[] {
  const byProblem = new Map<string, Finding & { times: number }>();
  for (const finding of findings) {
    const key = `${finding.problem} | ${finding.kind} | ${finding.body?.replace(/"path":\[[^\]]*\],?/, '') ?? ''}`;
    const seen = byProblem.get(key);
    if (seen) seen.times += 1;
    else byProblem.set(key, { ...finding, times: 1 });
  }
  return [...byProblem.values()];
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

let testStack: TestStack;
let production: RunningStack;
let tokens: string[];

beforeAll(async () => {
  console.log(`fuzz seed: ${SEED} (FUZZ_SEED=${SEED} sends the same requests again)`);
  testStack = await withNodeEnv(undefined, () => startTestStack('fuzz'));
  production = await withNodeEnv('production', () => testStack.startTwin());
  tokens = await Promise.all(callers.map(async (caller) => `Bearer ${await testStack.issuer.sign(caller)}`));
  // A token whose signature does not match: one character of the signature changed.
  const valid = tokens[0] ?? '';
  tokens.push(`${valid.slice(0, -2)}${valid.endsWith('A') ? 'B' : 'A'}${valid.slice(-1)}`);
}, 180_000);

afterAll(async () => {
  await production.stop();
  await testStack.stop();
});

describe.each([
  ['NODE_ENV unset, as `npm start` runs', undefined],
  ['NODE_ENV=production', 'production'],
])('with %s', (_mode, nodeEnv) => {
  it.each(targets)(
    `%s answers ${REQUESTS_PER_SERVICE} fuzzed requests without a 5xx, a stack trace or path, an unregistered code, or a wait over 5 s`,
    async (target) => {
      const stack = nodeEnv === 'production' ? production : testStack.stack;
      const url = target === 'gateway' ? stack.gatewayUrl : stack.subgraphUrls[target];
      const random = new SeededRandom(`${SEED}/${nodeEnv ?? 'unset'}/${target}`);
      const generator = new OperationGenerator(random, schemaOf(target));
      const requests = Array.from({ length: REQUESTS_PER_SERVICE }, () => fuzzedRequest(random, generator, tokens));
      const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
      const findings: Finding[] = [];
      const statuses = new Map<number, number>();
      let slowest = 0;
      try {
        await pool(requests, CONCURRENCY, async ({ raw, authorization }, index) => {
          let response: RawResponse;
          try {
            response = await send(agent, url, raw, authorization);
          } catch (error) {
            findings.push({ request: index, kind: raw.kind, problem: `no answer: ${String(error)}` });
            return;
          }
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          slowest = Math.max(slowest, response.milliseconds);
          for (const problem of problemsOf(raw, response)) {
            findings.push({
              request: index,
              kind: raw.kind,
              problem,
              status: response.status,
              body: response.text.slice(0, 400),
              sent: `${raw.method} ${raw.path.slice(0, 100)} ${JSON.stringify(raw.headers).slice(0, 200)} ${raw.body?.toString('utf8').slice(0, 600) ?? ''}`,
            });
          }
        });
      } finally {
        agent.destroy();
      }
      console.log(
        `${target} (${nodeEnv ?? 'NODE_ENV unset'}): ${requests.length} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}, slowest ${Math.round(slowest)} ms, ${findings.length} findings`,
      );
      expect(distinct(findings)).toEqual([]);
    },
    180_000,
  );
});
