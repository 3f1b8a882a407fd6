import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/** `npm run generate`'s chain, small: every party's records name persons DJI holds, and the graph joins them. */
const PERSONS = 400;

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack('generated', { generatePersons: PERSONS, dispatch: false });
}, 120_000);

afterAll(async () => {
  await stack.stop();
});

const count = async (party: Parameters<TestStack['rows']>[0], sql: string): Promise<number> =>
  (await stack.rows<{ n: number }>(party, `SELECT count(*)::int AS n FROM (${sql}) AS rows`))[0]?.n ?? -1;

test('every party holds records of the generated persons, and only of them', async () => {
  const djiPersons = await stack.rows<{ id: string; bsn: string }>('dji', 'SELECT id, bsn FROM justitiabele');
  expect(djiPersons).toHaveLength(PERSONS);
  const ids = new Set(djiPersons.map((person) => person.id));
  const bsns = new Set(djiPersons.map((person) => person.bsn));
  expect(await count('dji', 'SELECT DISTINCT justitiabele_id FROM verblijf')).toBe(PERSONS);

  const strafzaken = await stack.rows<{ id: string }>(
    'om-burgemeester',
    'SELECT justitiabele_id AS id FROM om.strafzaak',
  );
  expect(new Set(strafzaken.map((zaak) => zaak.id))).toEqual(ids);
  const bij = await stack.rows<{ id: string }>(
    'om-burgemeester',
    'SELECT justitiabele_id AS id FROM burgemeester.bij_melding',
  );
  expect(bij.every((melding) => ids.has(melding.id))).toBe(true);
  const toezichten = await stack.rows<{ id: string }>('reclassering', 'SELECT justitiabele_id AS id FROM toezicht');
  expect(toezichten.length).toBeGreaterThan(0);
  expect(toezichten.every((toezicht) => ids.has(toezicht.id))).toBe(true);
  const dossiers = await stack.rows<{ bsn: string }>('gemeente', 'SELECT bsn FROM nazorgdossier');
  expect(dossiers.every((dossier) => bsns.has(dossier.bsn))).toBe(true);
});

test("a gemeente's receiving dossiers are where DJI registered the person's return", async () => {
  const terugkeer = new Map(
    (
      await stack.rows<{ bsn: string; gemeentecode: string }>(
        'dji',
        `SELECT j.bsn, v.terugkeer_gemeentecode AS gemeentecode FROM justitiabele j JOIN verblijf v ON v.justitiabele_id = j.id
          WHERE v.terugkeer_soort = 'GEMEENTE'`,
      )
    ).map((row) => [row.bsn, row.gemeentecode]),
  );
  const ontvangend = await stack.rows<{ bsn: string; gemeentecode: string }>(
    'gemeente',
    `SELECT bsn, gemeentecode FROM nazorgdossier WHERE rol = 'ONTVANGENDE_GEMEENTE'`,
  );
  expect(ontvangend).toHaveLength(terugkeer.size);
  expect(ontvangend.every((dossier) => terugkeer.get(dossier.bsn) === dossier.gemeentecode)).toBe(true);
});

test('the chain has its hard cases and is spread over many gemeenten', async () => {
  expect(
    await count('dji', "SELECT 1 FROM verblijf WHERE herkomst_soort = 'ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS'"),
  ).toBeGreaterThan(0);
  expect(await count('dji', "SELECT 1 FROM verblijf WHERE terugkeer_soort = 'BUITENLAND'")).toBeGreaterThan(0);
  expect(await count('dji', 'SELECT 1 FROM verblijf WHERE uitstroomdatum IS NULL')).toBeGreaterThan(0);
  expect(await count('dji', 'SELECT 1 FROM verblijf WHERE uitstroomdatum - instroomdatum < 30')).toBeGreaterThan(0);
  expect(await count('dji', 'SELECT DISTINCT terugkeer_gemeentecode FROM verblijf')).toBeGreaterThan(100);
});

test("the graph answers for a generated person: its gemeente's dossier joined with DJI's stay, to that gemeente only", async () => {
  // A receiving dossier still open, in a gemeente small enough to list on one page.
  const [dossier] = await stack.rows<{ bsn: string; gemeentecode: string }>(
    'gemeente',
    `SELECT bsn, gemeentecode FROM nazorgdossier d
      WHERE rol = 'ONTVANGENDE_GEMEENTE' AND status = 'OPEN'
        AND (SELECT count(*) FROM nazorgdossier o WHERE o.gemeentecode = d.gemeentecode AND o.status = 'OPEN') < 100
      ORDER BY bsn LIMIT 1`,
  );
  if (!dossier) throw new Error('no open receiving dossier in the generated chain');
  const [verblijf] = await stack.rows<{ instroomdatum: string }>(
    'dji',
    `SELECT v.instroomdatum::text AS instroomdatum FROM verblijf v JOIN justitiabele j ON j.id = v.justitiabele_id WHERE j.bsn = $1`,
    [dossier.bsn],
  );
  const person = { ...dossier, instroomdatum: verblijf?.instroomdatum };
  const query = `query ($gemeentecode: Gemeentecode!) {
    nazorgdossiers(gemeentecode: $gemeentecode, first: 100) {
      edges { node { justitiabele { bsn huidigVerblijf { instroomdatum } } } }
    }
  }`;
  const coordinator: TokenClaims = { org: `gemeente:${person.gemeentecode}`, role: 'nazorgcoordinator', sub: 'nc' };
  const own = await stack.ask(stack.stack.gatewayUrl, coordinator, query, { gemeentecode: person.gemeentecode });
  expect(own.errors).toBeUndefined();
  expect(JSON.stringify(own.data)).toContain(
    JSON.stringify({ bsn: person.bsn, huidigVerblijf: { instroomdatum: person.instroomdatum } }),
  );
  const other: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc' };
  const elsewhere = await stack.ask(stack.stack.gatewayUrl, other, query, { gemeentecode: person.gemeentecode });
  expect(JSON.stringify(elsewhere)).not.toContain(person.bsn);
});
