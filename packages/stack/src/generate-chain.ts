import { partyNamed, parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { chainPopulation, createLogger } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

/** What `generateChain` wrote, and how long it took. */
export interface GeneratedChain {
  readonly persons: number;
  readonly seconds: number;
  /** Rows per table, per party, as PostgreSQL counts them afterwards. */
  readonly rows: Readonly<Record<PartyName, Readonly<Record<string, number>>>>;
  /** The shares the chain's shapes came out at, of all persons. */
  readonly shares: Readonly<Record<string, number>>;
}

/**
 * Writes a synthetic chain of `persons` persons (`chainPopulation`, the same for the same `seed`)
 * into every party's own database: each migrated by its own migrations, then filled by its own
 * seed in bulk, all four at once. Refuses a database that already holds records.
 */
export async function generateChain(
  databases: Readonly<Record<PartyName, string>>,
  persons: number,
  seed: string,
): Promise<GeneratedChain> {
  const started = performance.now();
  const population = chainPopulation(persons, seed);
  const log = createLogger('generate', 'error');
  const rows = Object.fromEntries(
    await Promise.all(
      parties.map(async (party) => {
        const database = await partyNamed(party).openDatabase(databases[party], log);
        try {
          if (!(await partyNamed(party).seed(database.dataSource, population))) {
            throw new Error(`${party}'s database already holds records: generate into empty databases.`);
          }
          await database.dataSource.query('ANALYZE');
          return [party, await tableRows(database.dataSource)] as const;
        } finally {
          await database.dataSource.destroy();
        }
      }),
    ),
  ) as Record<PartyName, Record<string, number>>;
  const share = (count: number | undefined): number => (count ?? 0) / persons;
  return {
    persons,
    seconds: (performance.now() - started) / 1000,
    rows,
    shares: {
      'still detained': population.filter((person) => person.uitstroomdatum === null).length / persons,
      'stay under 60 days': population.filter((person) => stayDays(person) < 60).length / persons,
      'no fixed address (herkomst)':
        population.filter((person) => person.herkomst.soort === 'ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS').length / persons,
      'returning abroad': population.filter((person) => person.terugkeer.soort === 'BUITENLAND').length / persons,
      'under toezicht': share(rows.reclassering['toezicht']),
      'BIJ melding': share(rows['om-burgemeester']['burgemeester.bij_melding']),
    },
  };
}

function stayDays(person: { instroomdatum: string; uitstroomdatum: string | null }): number {
  return person.uitstroomdatum === null
    ? Infinity
    : (Date.parse(person.uitstroomdatum) - Date.parse(person.instroomdatum)) / 86_400_000;
}

/** Exact row counts of the party's own tables (the queue's and the migrations' left out). */
async function tableRows(dataSource: DataSource): Promise<Record<string, number>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT CASE WHEN table_schema = 'public' THEN table_name ELSE table_schema || '.' || table_name END AS name
       FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', 'pgboss')
        AND table_name <> 'migrations'
      ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const quoted = name
      .split('.')
      .map((part) => `"${part}"`)
      .join('.');
    const [row]: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM ${quoted}`);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}
