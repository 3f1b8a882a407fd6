import type { DataSource } from 'typeorm';

/**
 * A prepared statement's two plans, as text: the custom plan PostgreSQL makes for `values`, and the
 * generic plan it may come to run the statement on for any values once it is prepared. Both with
 * sequential scans off, since test tables are small enough that PostgreSQL would rightly scan them.
 */
export async function customAndGenericPlans(
  dataSource: DataSource,
  sql: string,
  values: readonly (string | number)[],
): Promise<{ custom: string; generic: string }> {
  const planText = (rows: { 'QUERY PLAN': string }[]) => rows.map((row) => row['QUERY PLAN']).join('\n');
  return dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL enable_seqscan = off');
    const custom = await manager.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, [...values]);
    await manager.query('SET LOCAL plan_cache_mode = force_generic_plan');
    await manager.query(`PREPARE plan_under_test AS ${sql}`);
    try {
      // EXECUTE takes its values as literals.
      const literals = values.map((value) => (typeof value === 'number' ? String(value) : `'${value}'`));
      const generic = await manager.query<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN EXECUTE plan_under_test(${literals.join(', ')})`,
      );
      return { custom: planText(custom), generic: planText(generic) };
    } finally {
      await manager.query('DEALLOCATE plan_under_test');
    }
  });
}
