import { demoPopulation } from '@ketengraaf/subgraph-kit';
import type { DemoPerson, PartySubgraph } from '@ketengraaf/subgraph-kit';

import * as domain from '../domain/detentie-signalen';
import { seedDji } from '../index';

import { startDji } from './dji-fixtures';
import type { DjiTestSubgraph } from './dji-fixtures';

const persons = demoPopulation(120);
let dji: DjiTestSubgraph;
let subgraph: PartySubgraph;

beforeAll(async () => {
  dji = await startDji('dji_werkvoorraad_batching');
  subgraph = dji.subgraph;
  await seedDji(subgraph.database.dataSource, persons);
  // This file counts statements, not scope: every stay is in the casemanager's own inrichting.
  await subgraph.database.dataSource.query(`UPDATE verblijf SET huidige_inrichting = 'PI-VUGHT'`);
});

afterAll(() => dji.stop());

async function selectsFor(first: number): Promise<number> {
  const statements: string[] = [];
  const stopListening = subgraph.database.statements.listen((sql) => statements.push(sql));
  try {
    const response = await dji.ask(
      `query ($first: Int!) { verblijfWerkvoorraad(first: $first) { edges { node {
        urgentie signalen { soort status } verblijf { instroomdatum } justitiabele { bsn detentieSignalen { soort } }
      } } } }`,
      { first },
    );
    expect(response.errors).toBeUndefined();
    expect((response.data?.['verblijfWerkvoorraad'] as { edges: unknown[] }).edges).toHaveLength(first);
    return statements.filter((sql) => sql.trimStart().startsWith('SELECT')).length;
  } finally {
    stopListening();
  }
}

describe("DJI's werkvoorraad is batched", () => {
  it('costs the same statements for a page of 5 as for a page of 50, signals included', async () => {
    const small = await selectsFor(5);
    expect(await selectsFor(50)).toBe(small);
    // The page; then persons, stays, and the dates of the screenings, plans, MDOs and reports all
    // the signals (the item's and the person's) are decided from: one statement each.
    expect(small).toBe(4);
  });

  it("computes each stay's signals once: the item's `signalen` and its person's `detentieSignalen` are the same", async () => {
    const computed = jest.spyOn(domain, 'detentieSignalen');
    try {
      const response = await dji.ask<{
        verblijfWerkvoorraad: {
          edges: { node: { signalen: unknown[]; justitiabele: { detentieSignalen: unknown[] } } }[];
        };
      }>(
        `{ verblijfWerkvoorraad(first: 20) { edges { node {
          signalen { soort status deadline grondslag } justitiabele { detentieSignalen { soort status deadline grondslag } }
        } } } }`,
      );
      expect(response.errors).toBeUndefined();
      const nodes = response.data?.verblijfWerkvoorraad.edges.map((edge) => edge.node) ?? [];
      expect(nodes).toHaveLength(20);
      for (const node of nodes) {
        expect(node.signalen.length).toBeGreaterThan(0);
        expect(node.justitiabele.detentieSignalen).toEqual(node.signalen);
      }
      expect(computed).toHaveBeenCalledTimes(20);
    } finally {
      computed.mockRestore();
    }
  });

  it('reads persons by one key with a statement of that key alone, both keys only for a batch holding both', async () => {
    const [first, second] = persons;
    const personStatements = async (query: string): Promise<string[]> => {
      const statements: string[] = [];
      const stopListening = subgraph.database.statements.listen((sql) => {
        if (sql.includes('FROM "justitiabele"')) statements.push(sql.slice(sql.indexOf('WHERE')));
      });
      try {
        const response = await dji.ask<Record<string, { id: string; bsn: string } | null>>(query);
        expect(response.errors).toBeUndefined();
        expect(Object.values(response.data ?? {})).toEqual([
          { id: first?.skn, bsn: first?.bsn },
          { id: second?.skn, bsn: second?.bsn },
        ]);
        return statements;
      } finally {
        stopListening();
      }
    };
    const byId = (person: DemoPerson | undefined) => `justitiabele(id: "${person?.skn}") { id bsn }`;
    const byBsn = (person: DemoPerson | undefined) => `justitiabeleOpBsn(bsn: "${person?.bsn}") { id bsn }`;
    // A page's persons, and the gateway's `_entities` by one key, are batches of one kind.
    expect(await personStatements(`{ a: ${byId(first)} b: ${byId(second)} }`)).toEqual(['WHERE "id" = ANY($1)']);
    expect(await personStatements(`{ a: ${byBsn(first)} b: ${byBsn(second)} }`)).toEqual(['WHERE "bsn" = ANY($1)']);
    expect(await personStatements(`{ a: ${byId(first)} b: ${byBsn(second)} }`)).toEqual([
      'WHERE "id" = ANY($1) OR "bsn" = ANY($2)',
    ]);
  });
});
