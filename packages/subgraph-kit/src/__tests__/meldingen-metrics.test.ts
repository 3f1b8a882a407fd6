import { createLogger } from '../logging/logger';
import type { MeldingCounts } from '../meldingen/meldingen.queries';
import { createMetricsRegistry, meldingenMetrics } from '../metrics/service-metrics';

const COUNTS: MeldingCounts = { teVerzenden: 3, afgeleverd: 40, onbestelbaar: 2, gesignaleerd: 1, ontvangen: 7 };

function scrapeOf(counts: () => Promise<MeldingCounts>): { scrape: () => Promise<string>; reads: () => number } {
  let reads = 0;
  const registry = createMetricsRegistry('test');
  meldingenMetrics(
    registry,
    {
      counts: () => {
        reads += 1;
        return counts();
      },
    },
    createLogger('test', 'silent'),
  );
  return { scrape: () => registry.metrics(), reads: () => reads };
}

describe('meldingenMetrics', () => {
  it('reports the outbox by status, the inbox and the signalled, from one read of the counts per scrape', async () => {
    const { scrape, reads } = scrapeOf(() => Promise.resolve(COUNTS));
    const text = await scrape();
    expect(text).toContain('ketengraaf_meldingen{direction="uit",status="TE_VERZENDEN",service="test"} 3');
    expect(text).toContain('ketengraaf_meldingen{direction="uit",status="AFGELEVERD",service="test"} 40');
    expect(text).toContain('ketengraaf_meldingen{direction="uit",status="ONBESTELBAAR",service="test"} 2');
    expect(text).toContain('ketengraaf_meldingen{direction="in",status="ONTVANGEN",service="test"} 7');
    expect(text).toContain('ketengraaf_meldingen_gesignaleerd{direction="uit",service="test"} 1');
    expect(reads()).toBe(1);
    await scrape();
    expect(reads()).toBe(2);
  });

  it('without the database, still answers, with no meldingen samples rather than stale ones', async () => {
    let available = true;
    const { scrape } = scrapeOf(() =>
      available ? Promise.resolve(COUNTS) : Promise.reject(new Error('connection refused')),
    );
    expect(await scrape()).toContain('status="AFGELEVERD"');
    available = false;
    const text = await scrape();
    expect(text).not.toMatch(/^ketengraaf_meldingen/m);
    expect(text).toContain('process_resident_memory_bytes');
  });
});
