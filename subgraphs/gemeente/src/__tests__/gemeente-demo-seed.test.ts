import { demoPopulation } from '@ketengraaf/subgraph-kit';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';

import { seedGemeente } from '../index';

import { startGemeente } from './gemeente-fixtures';

describe('demo seed', () => {
  interface SeedCount {
    rol: string;
    status: string;
    dossiers: number;
    zonder_onderdak_en_id: number;
  }
  const counts = (target: PartySubgraph) =>
    target.database.dataSource.query<SeedCount[]>(
      `SELECT d.rol, d.status, count(*)::int AS dossiers,
              count(*) FILTER (WHERE s.onderdak_type IS NULL AND s.identiteitsbewijs_gereed_op IS NULL)::int AS zonder_onderdak_en_id
         FROM nazorgdossier d JOIN basisvoorwaarden_status s ON s.dossier_id = d.id
        GROUP BY d.rol, d.status ORDER BY d.rol, d.status`,
    );
  // Every seeded value but the generated ids and timestamps.
  const fingerprint = async (target: PartySubgraph) =>
    (
      await target.database.dataSource.query<{ md5: string }[]>(
        `SELECT md5(string_agg(((to_jsonb(d) - 'id' - 'geregistreerd_op') || (to_jsonb(s) - 'dossier_id'))::text, ','
                               ORDER BY d.gemeentecode, d.bsn))
           FROM nazorgdossier d JOIN basisvoorwaarden_status s ON s.dossier_id = d.id`,
      )
    )[0]?.md5;

  async function withSubgraph<T>(work: (target: PartySubgraph) => Promise<T>): Promise<T> {
    const target = await startGemeente('gemeente_seed');
    try {
      return await work(target.subgraph);
    } finally {
      await target.stop();
    }
  }

  it('seeds once, deterministically, with a dossier wherever the population says', async () => {
    const persons = demoPopulation(40);
    const first = await withSubgraph(async (target) => {
      expect(await seedGemeente(target.database.dataSource, persons)).toBe(true);
      const seeded = { counts: await counts(target), fingerprint: await fingerprint(target) };
      expect(await seedGemeente(target.database.dataSource, persons)).toBe(false);
      expect(await counts(target)).toEqual(seeded.counts);
      return seeded;
    });
    const second = await withSubgraph(async (target) => {
      await seedGemeente(target.database.dataSource, persons);
      return { counts: await counts(target), fingerprint: await fingerprint(target) };
    });
    expect(second).toEqual(first);

    const expectedOntvangend = persons.filter((person) => person.terugkeer.soort === 'GEMEENTE').length;
    const expectedHerkomst = persons.filter(
      (person) =>
        person.herkomst.soort === 'GEMEENTE' &&
        (person.terugkeer.soort !== 'GEMEENTE' || person.terugkeer.gemeentecode !== person.herkomst.gemeentecode),
    ).length;
    const total = (rol: string) =>
      first.counts.filter((row) => row.rol === rol).reduce((sum, row) => sum + row.dossiers, 0);
    expect(total('ONTVANGENDE_GEMEENTE')).toBe(expectedOntvangend);
    expect(total('HERKOMSTGEMEENTE')).toBe(expectedHerkomst);
    expect(first.counts.some((row) => row.status === 'GESLOTEN')).toBe(true);
    // The hard cases: open dossiers with neither onderdak nor an identiteitsbewijs.
    expect(first.counts.some((row) => row.status === 'OPEN' && row.zonder_onderdak_en_id > 0)).toBe(true);
  });
});
