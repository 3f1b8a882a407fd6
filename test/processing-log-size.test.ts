import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * What the processing log costs per page of 50 of the gemeente's werkvoorraad (the bench's
 * `werkvoorraad-50`) over a generated chain: the SQL statements that write it, and what its tables
 * and indexes grow by, every record and decision kept.
 */
let federation: TestStack;

const COORDINATOR: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'log-meting' };
const WERKVOORRAAD = `query ($first: Int!) {
  nazorgdossiers(gemeentecode: "0363", first: $first) { edges { node {
    rol status geopendOp basisvoorwaarden { identiteitsbewijs { aangevraagdOp } onderdak { type } }
    justitiabele { bsn huidigVerblijf { instroomdatum verwachteUitstroomdatum } nazorgSignalen { soort status deadline } }
  } } }
}`;
/** Requests measured together, so the growth of 8 KB pages averages out. */
const REQUESTS = 20;

/** The processing log's tables and their indexes, each with its size in bytes. */
const LOG_RELATIONS = `
  SELECT c.relname AS relation, coalesce(i.indrelid::regclass::text, c.relname) AS of_table, pg_relation_size(c.oid) AS bytes,
         CASE WHEN c.relkind <> 'i' THEN (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', c.relname), false, true, '')))[1]::text::int END AS rows
    FROM pg_class c LEFT JOIN pg_index i ON i.indexrelid = c.oid
   WHERE c.relkind IN ('r', 'i', 'v') AND c.relnamespace = 'public'::regnamespace
     AND coalesce(i.indrelid::regclass::text, c.relname) ~ '^(processing_log|processing_audit|access_decision)'`;

type Sizes = Map<string, { ofTable: string; bytes: number; rows: number }>;

async function sizes(): Promise<Sizes> {
  const all: Sizes = new Map();
  for (const party of parties) {
    // A page's worth of rows is flushed from the free-space map's view only by a vacuum; sizes are of pages taken.
    for (const row of await federation.rows<{ relation: string; of_table: string; bytes: string; rows: number | null }>(
      party,
      LOG_RELATIONS,
    )) {
      const earlier = all.get(row.relation);
      all.set(row.relation, {
        ofTable: row.of_table,
        bytes: (earlier?.bytes ?? 0) + Number(row.bytes),
        rows: (earlier?.rows ?? 0) + (row.rows ?? 0),
      });
    }
  }
  return all;
}

async function page(): Promise<number> {
  const answer = await federation.ask(federation.stack.gatewayUrl, COORDINATOR, WERKVOORRAAD, { first: 50 });
  return (answer.data?.['nazorgdossiers'] as { edges: unknown[] } | undefined)?.edges.length ?? 0;
}

beforeAll(async () => {
  // Without dispatchers: their polling would be counted with the question's statements.
  federation = await startTestStack('processing_log_size', { generatePersons: 3000, dispatch: false });
}, 180_000);

afterAll(() => federation.stop());

test('a steady page of 50 writes each party’s log in one statement, and grows the log by well under 60 KB', async () => {
  expect(await page()).toBe(50); // warm: the first page numbers the fields and kinds it decides on
  const statements = Object.fromEntries(parties.map((party) => [party, [] as string[]])) as Record<PartyName, string[]>;
  const stop = parties.map((party) => federation.stack.statements[party].listen((sql) => statements[party].push(sql)));
  try {
    expect(await page()).toBe(50);
  } finally {
    for (const stopListening of stop) stopListening();
  }
  const logStatements = Object.fromEntries(
    parties.map((party) => [
      party,
      statements[party].filter((sql) =>
        /processing_log_record|access_decision|processing_audit_record|^(START|BEGIN|COMMIT)/.test(sql),
      ).length,
    ]),
  );
  const before = await sizes();
  for (let request = 0; request < REQUESTS; request += 1) expect(await page()).toBe(50);
  const after = await sizes();
  const growth = [...after].map(([relation, { ofTable, bytes, rows }]) => ({
    relation,
    ofTable,
    rowsPerRequest: (rows - (before.get(relation)?.rows ?? 0)) / REQUESTS,
    bytesPerRequest: Math.round((bytes - (before.get(relation)?.bytes ?? 0)) / REQUESTS),
  }));
  const total = growth.reduce((sum, { bytesPerRequest }) => sum + bytesPerRequest, 0);
  console.log(
    JSON.stringify(
      { logStatements, statements: Object.fromEntries(parties.map((p) => [p, statements[p].length])), total, growth },
      null,
      1,
    ),
  );
  expect(total).toBeLessThan(60_000);
});
