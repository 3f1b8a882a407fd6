import { parseBenchOptions } from '../bench/options';
import { queryWithin } from '../bench/query-within';
import { markdownReport, ratios } from '../bench/report';
import type { BenchRun, Figures, Variant } from '../bench/report';
import { stackMemory } from '../bench/service-processes';
import { WORKLOAD_KEYS } from '../bench/workloads';

const figure = (variant: Variant, requestsPerSecond: number): Figures => ({
  workload: 'page of 50',
  pageSize: 50,
  persons: 3000,
  variant,
  requestsPerSecond,
  p50: 100,
  p99: 200,
  failures: variant === 'ketengraaf' ? 3 : 0,
  failureCodes: variant === 'ketengraaf' ? { SUBGRAPH_UNAVAILABLE: 2, 'HTTP 502': 1 } : {},
  cpuMsPerRequest: variant === 'baseline' ? { baseline: 30, PostgreSQL: 10 } : { dji: 2, PostgreSQL: 4 },
});

const run = (figures: readonly Figures[], extra: Partial<BenchRun> = {}): BenchRun => ({
  started: '2026-11-27T00:00:00.000Z',
  machine: 'test machine',
  command: 'npm run bench',
  rounds: 1,
  seconds: 3,
  connections: 4,
  loadAverage: { start: 0.4, end: 0.9 },
  figures,
  rss: [
    {
      persons: 3000,
      perProcess: { dji: 120, gateway: 90 },
      stack: 205,
      pss: { perProcess: { dji: 80, gateway: 61 }, stack: 139 },
      footprint: 160,
    },
  ],
  ...extra,
});

describe('npm run bench: its options', () => {
  it('takes the defaults, a subset of workloads, a baseline revision with its clean flag, profiling and statements', () => {
    expect(parseBenchOptions([], WORKLOAD_KEYS)).toMatchObject({
      sizes: [3000, 30000],
      rounds: 3,
      workloads: undefined,
      baseline: undefined,
      cleanBaseline: false,
      profile: false,
      statements: false,
    });
    expect(parseBenchOptions(['--profile'], WORKLOAD_KEYS)).toMatchObject({ profile: true });
    expect(parseBenchOptions(['--statements'], WORKLOAD_KEYS)).toMatchObject({ statements: true });
    expect(
      parseBenchOptions(
        ['--workloads', 'werkvoorraad-50,person-view', '--baseline', 'f77f83c', '--clean-baseline'],
        WORKLOAD_KEYS,
      ),
    ).toMatchObject({ workloads: ['werkvoorraad-50', 'person-view'], baseline: 'f77f83c', cleanBaseline: true });
  });

  it('refuses an unknown workload, a revision that reads as an option, and a count that is not a positive whole number', () => {
    expect(() => parseBenchOptions(['--workloads', 'werkvoorraad-50,everything'], WORKLOAD_KEYS)).toThrow(
      /--workloads .*not "everything"/,
    );
    expect(() => parseBenchOptions(['--baseline=--upload-pack=x'], WORKLOAD_KEYS)).toThrow(
      /--baseline takes a git revision/,
    );
    expect(() => parseBenchOptions(['--rounds', '0'], WORKLOAD_KEYS)).toThrow(/positive whole numbers/);
  });
});

describe("the stack's memory", () => {
  it('sums RSS and PSS, and counts the pages its processes share once in its footprint', () => {
    expect(
      stackMemory([
        { rss: 120, pss: 80, private: 70 },
        { rss: 90, pss: 60, private: 45 },
      ]),
    ).toEqual({ rss: 210, pss: 140, footprint: 70 + 45 + 50 });
  });
});

describe('the bench report', () => {
  it('divides our gateway by each other variant, the baseline column only when a baseline ran', () => {
    const figures = [figure('ketengraaf', 12), figure('hive', 10), figure('direct', 15), figure('baseline', 3)];
    expect(ratios(figures, 'page of 50')).toEqual({
      'gateway/direct': 0.8,
      'gateway/Hive': 1.2,
      'ketengraaf/baseline': 4,
    });
    expect(ratios(figures.slice(0, 3), 'page of 50')['ketengraaf/baseline']).toBeNaN();
    const withBaseline = markdownReport(
      run(figures, {
        baseline: {
          revision: 'f77f83c',
          commit: 'f77f83c06d9c76f3',
          notes: { 'page of 50': ['Justitiabele.nazorgSignalen', '50 items answered (ours 50)'] },
        },
      }),
      'bench.svg',
    );
    expect(withBaseline).toContain('| workload | gateway/direct | gateway/Hive | ketengraaf/baseline |');
    expect(withBaseline).toContain('| page of 50 | 0.80 | 1.20 | 4.00 |');
    expect(withBaseline).toContain('- page of 50: Justitiabele.nazorgSignalen; 50 items answered (ours 50)');
    const withoutBaseline = markdownReport(run(figures.slice(0, 3)), 'bench.svg');
    expect(withoutBaseline).toContain('| workload | gateway/direct | gateway/Hive |\n');
    expect(withoutBaseline).not.toContain('"baseline" is commit');
  });

  it('names the failures by code, the RSS and PSS per process and their stack sums, and warns of a loaded machine', () => {
    const report = markdownReport(
      run([figure('ketengraaf', 12)], { loadAverage: { start: 3.2, end: 2 } }),
      'bench.svg',
    );
    expect(report).toContain('| 3 (SUBGRAPH_UNAVAILABLE ×2, HTTP 502 ×1) |');
    expect(report).toContain('| process | peak RSS MB | peak PSS MB |');
    expect(report).toContain('| dji | 120 | 80 |');
    expect(report).toContain('| **stack** | **205** | **139** |');
    expect(report).toContain('largest shared set of one of them), peaked at 160 MB:');
    expect(report).toContain('**Loaded machine:** the load average was 3.2 at the start');
    expect(markdownReport(run([figure('ketengraaf', 12)]), 'bench.svg')).not.toContain('Loaded machine');
  });
});

describe('the CPU time per request in the bench report', () => {
  it('has a column per process, PostgreSQL last, "–" where a variant has no such process, and the total', () => {
    const report = markdownReport(
      run([
        figure('ketengraaf', 12),
        { ...figure('hive', 10), cpuMsPerRequest: { dji: 2.5, 'Hive Gateway': 6, PostgreSQL: 4 } },
        figure('baseline', 3),
      ]),
      'bench.svg',
    );
    expect(report).toContain('| workload | variant | dji | Hive Gateway | baseline | PostgreSQL | total |');
    expect(report).toContain('| page of 50 | ketengraaf | 2.0 | – | – | 4.0 | **6.0** |');
    expect(report).toContain('| page of 50 | hive | 2.5 | 6.0 | – | 4.0 | **12.5** |');
    expect(report).toContain('| page of 50 | baseline | – | – | 30.0 | 10.0 | **40.0** |');
  });
});

describe("a workload's question cut to an older schema", () => {
  const schema = `type Query { dossiers(first: Int!, soort: String): [Dossier!]! }
    type Dossier { rol: String persoon: Persoon }
    type Persoon { bsn: String }`;

  it('leaves out the fields the schema lacks, a field left without selections, and a variable no longer used', () => {
    const cut = queryWithin(
      `query ($first: Int!, $soort: String) {
        dossiers(first: $first) { rol signalen(soort: $soort) { soort } persoon { bsn signalen { soort } } nieuw { x } }
      }`,
      schema,
    );
    expect(cut.dropped).toEqual(['Dossier.signalen', 'Persoon.signalen', 'Dossier.nieuw']);
    expect(cut.query.replace(/\s+/g, ' ')).toBe(
      'query ($first: Int!) { dossiers(first: $first) { rol persoon { bsn } } }',
    );
  });
});
