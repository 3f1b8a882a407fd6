import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';

import { demoPopulation } from '@ketengraaf/subgraph-kit';

import { inProcessStack, processStack, runningStack } from './soak-targets';
import type { MemoryReading, Readings, SoakCaller, Target } from './soak-targets';

const USAGE = `Usage: npm run soak -- [--url <gateway URL> | --processes] [--seconds 60] [--clients 20] [--sample-seconds N] [--distinct-documents]

Without --url it starts the whole stack in this process (a fresh embedded PostgreSQL in a
temporary folder, free ports, its own token issuer, the demo data) and measures that; with
--processes the same, but each subgraph and the gateway in a process of its own, as deployed (no
meldingen dispatchers: the questions only read); with --url it sends to a running gateway
(\`npm start\`'s) with tokens of \`npm start\`'s demo issuer. --sample-seconds reads each
process's memory every N seconds as well as at the start and the end: its RSS and, for a node
process it started, its V8 heap after a full collection. --distinct-documents gives every request
a document no request sent before (its root field under a new alias), as clients do that write
their values into the query text.`;

/** Who asks what: the questions of the chain's daily work, each with a caller who may ask it. */
interface Question extends SoakCaller {
  readonly name: string;
  readonly weight: number;
  readonly query: string;
  readonly variables?: () => Record<string, unknown>;
}

/** The demo chain the soak's stack is seeded with, as `npm start` seeds it. */
const population = demoPopulation(300);

/** Persons in detention who return to Amsterdam: the gemeente's nazorgcoördinator may read them. */
const returningToAmsterdam = population.filter(
  (person) =>
    person.terugkeer.soort === 'GEMEENTE' && person.terugkeer.gemeentecode === '0363' && person.uitstroomdatum === null,
);

const questions: Question[] = [
  {
    name: "gemeente's open dossiers with DJI's verblijf",
    org: 'gemeente:0363',
    role: 'nazorgcoordinator',
    weight: 3,
    query:
      '{ nazorgdossiers(gemeentecode: "0363", first: 10) { edges { node { rol justitiabele { bsn huidigVerblijf { instroomdatum verwachteUitstroomdatum } } } } } }',
  },
  {
    name: "DJI's verblijven",
    org: 'dji:PI-VUGHT',
    role: 'casemanager',
    weight: 3,
    query: '{ verblijven(first: 20) { edges { node { instroomdatum titel terugkeer { gemeentecode } } } } }',
  },
  {
    name: 'one returning person by chain id',
    org: 'gemeente:0363',
    role: 'nazorgcoordinator',
    weight: 2,
    query:
      'query ($id: ID!) { justitiabele(id: $id) { bsn personalia { achternaam } nazorgdossiers { gemeentecode basisvoorwaarden { onderdak { type } } } } }',
    variables: () => ({ id: returningToAmsterdam[Math.floor(Math.random() * returningToAmsterdam.length)]?.skn }),
  },
  {
    name: "the toezichthouder's werkvoorraad",
    org: 'reclassering:RN',
    role: 'toezichthouder',
    weight: 2,
    query: '{ werkvoorraad(first: 10) { edges { node { begindatum justitiabele { id } } } } }',
  },
  {
    name: "the burgemeester's BIJ-meldingen",
    org: 'burgemeester:0363',
    role: 'oov-adviseur',
    weight: 1,
    query:
      '{ bijWerkvoorraad(first: 20) { edges { node { terugkeergemeente delictcategorie justitiabele { id } } } } }',
  },
  {
    name: 'the inrichtingen',
    org: 'gemeente:0599',
    role: 'nazorgcoordinator',
    weight: 1,
    query: '{ inrichtingen { code naam } }',
  },
];

interface Tally {
  /** Requests sent so far. */
  sent: number;
  /** Requests answered (or failed) so far. */
  requests: number;
  readonly errors: Map<string, number>;
  readonly latencies: number[];
}

/** The memory of every process at one moment of the load. */
interface Sample {
  readonly seconds: number;
  readonly requests: number;
  readonly readings: Readings;
}

/**
 * `npm run soak`: a steady load of the chain's everyday questions from concurrent clients, for a
 * while, then the errors by code, the number of requests, the latency percentiles and the memory
 * of the services at the start, every `--sample-seconds` and at the end: whether a service's
 * memory grows with the requests it serves. Not a test: a measurement to run by hand.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      processes: { type: 'boolean', default: false },
      seconds: { type: 'string', default: '60' },
      clients: { type: 'string', default: '20' },
      'sample-seconds': { type: 'string' },
      'distinct-documents': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const seconds = Number(values.seconds);
  const clients = Number(values.clients);
  const sampleSeconds = Number(values['sample-seconds'] ?? seconds);
  if (
    values.help ||
    (values.url !== undefined && values.processes) ||
    !(seconds > 0) ||
    !(clients > 0 && Number.isInteger(clients)) ||
    !(sampleSeconds > 0)
  ) {
    throw new Error(USAGE);
  }
  console.log(
    values.url
      ? `Soaking ${values.url} ...`
      : `Starting the stack ${values.processes ? 'in a process per service' : 'in this process'} ...`,
  );
  const target = values.url
    ? await runningStack(values.url, questions)
    : values.processes
      ? await processStack(questions, population)
      : await inProcessStack(questions);
  try {
    console.log(`${clients} clients for ${seconds} s against ${target.gatewayUrl}`);
    const tally: Tally = { sent: 0, requests: 0, errors: new Map(), latencies: [] };
    const started = Date.now();
    const deadline = started + seconds * 1000;
    const samples: Sample[] = [];
    const sample = async (): Promise<void> => {
      const requests = tally.requests;
      const readings = await target.processes();
      samples.push({ seconds: Math.round((Date.now() - started) / 1000), requests, readings });
      console.log(sampleRow(samples, samples.length - 1));
    };
    await sample();
    const sampling = async (): Promise<void> => {
      for (let next = started + sampleSeconds * 1000; next < deadline; next += sampleSeconds * 1000) {
        await delay(next - Date.now());
        await sample();
      }
    };
    const weighted = questions.flatMap((question) => Array.from({ length: question.weight }, () => question));
    await Promise.all([
      sampling(),
      ...Array.from({ length: clients }, async () => {
        while (Date.now() < deadline) {
          const question = weighted[Math.floor(Math.random() * weighted.length)] ?? questions[0];
          if (question) await ask(target, question, tally, values['distinct-documents']);
        }
      }),
    ]);
    await sample();
    report(tally, seconds, samples);
  } finally {
    await target.stop();
  }
}

/**
 * `query` with its root field under the alias `q<n>`: with a new `n` for every request, every
 * document is new to the gateway and to each subgraph its plan reaches (the planner keeps
 * aliases), as from clients that write their values into the query text.
 */
function distinctDocument(query: string, n: number): string {
  return query.replace('{ ', `{ q${n}: `);
}

async function ask(target: Target<Question>, question: Question, tally: Tally, distinct: boolean): Promise<void> {
  tally.sent += 1;
  const query = distinct ? distinctDocument(question.query, tally.sent) : question.query;
  const started = performance.now();
  const count = (code: string): void => {
    const key = `${code} (${question.name})`;
    tally.errors.set(key, (tally.errors.get(key) ?? 0) + 1);
  };
  try {
    const response = await fetch(target.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: target.tokens.get(question) ?? '' },
      body: JSON.stringify({ query, variables: question.variables?.() ?? {} }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
    if (response.status !== 200) count(`HTTP ${response.status}`);
    for (const error of body.errors ?? []) count(String(error.extensions?.code));
  } catch (error) {
    count(`no answer: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    tally.requests += 1;
    tally.latencies.push(performance.now() - started);
  }
}

const megabytes = (bytes: number | undefined): string => (bytes === undefined ? '–' : (bytes / 1024 / 1024).toFixed(0));

/** One sample as a row of a markdown table, its header before the first: MB, RSS / heap after GC. */
function sampleRow(samples: readonly Sample[], index: number): string {
  const sample = samples[index];
  const names = Object.keys(samples[0]?.readings ?? {});
  const cells = names.map((name) => {
    const reading = sample?.readings[name];
    return reading?.heapAfterGc === undefined
      ? megabytes(reading?.resident)
      : `${megabytes(reading.resident)} / ${megabytes(reading.heapAfterGc)}`;
  });
  const row = `| ${sample?.seconds ?? 0} | ${sample?.requests ?? 0} | ${cells.join(' | ')} |`;
  return index > 0
    ? row
    : `\nMemory in MB: RSS / V8 heap after a full collection\n| s | requests | ${names.join(' | ')} |\n|${' --: |'.repeat(names.length + 2)}\n${row}`;
}

function report(tally: Tally, seconds: number, samples: readonly Sample[]): void {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const percentile = (p: number): string =>
    `${(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0).toFixed(0)} ms`;
  const errors = [...tally.errors.values()].reduce((sum, n) => sum + n, 0);
  const first = samples[0]?.readings ?? {};
  const last = samples.at(-1)?.readings ?? {};
  const change = (figure: (reading: MemoryReading | undefined) => number | undefined, name: string): string =>
    `${megabytes(figure(first[name]))} → ${megabytes(figure(last[name]))} MB`;
  console.log(`
requests   ${tally.requests} (${(tally.requests / seconds).toFixed(1)} per second)
errors     ${errors}${[...tally.errors].map(([code, n]) => `\n  ${code.padEnd(60)} ${n}`).join('')}
latency    p50 ${percentile(50)}, p95 ${percentile(95)}, p99 ${percentile(99)}, max ${percentile(100)}
memory     RSS start → end; V8 heap after a full collection start → end
${Object.keys(last)
  .map((name) => {
    const heap = last[name]?.heapAfterGc === undefined ? '' : `; ${change((reading) => reading?.heapAfterGc, name)}`;
    return `  ${name.padEnd(32)} ${change((reading) => reading?.resident, name)}${heap}`;
  })
  .join('\n')}`);
  process.exitCode = errors === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
