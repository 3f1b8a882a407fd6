/** One variant's figures for one workload at one data size: medians over the rounds. */
export interface Figures {
  readonly workload: string;
  readonly pageSize: number | null;
  readonly persons: number;
  readonly variant: Variant;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly failures: number;
  /** The failures over the rounds by error code (or HTTP status). */
  readonly failureCodes: Readonly<Record<string, number>>;
  /**
   * The CPU time per request, in ms, of each process working for this variant's requests (the
   * subgraphs and the variant's gateway or stack by name, the PostgreSQL cluster as `POSTGRES`), over
   * the measured seconds of all rounds; the benchmark's own client is not counted.
   */
  readonly cpuMsPerRequest: Readonly<Record<string, number>>;
  /** Per request, through Ketengraaf's gateway only (the subgraphs' own figures). */
  readonly statements?: number;
  readonly rowsWritten?: number;
  readonly logBytes?: number;
}

export type Variant = 'ketengraaf' | 'hive' | 'direct' | 'baseline';

/** The peak resident sets at one data size, in MB. */
export interface RssFigures {
  readonly persons: number;
  /** Each service process's own peak. */
  readonly perProcess: Readonly<Record<string, number>>;
  /** The highest sum of the stack's processes (the four subgraphs and our gateway) sampled at once. */
  readonly stack: number;
  /** The same for the proportional set size (PSS): a page shared by several processes counted once. */
  readonly pss: { readonly perProcess: Readonly<Record<string, number>>; readonly stack: number };
  /** The highest of the stack's private pages plus the pages its processes share counted once, at one moment. */
  readonly footprint: number;
}

export interface BenchRun {
  readonly started: string;
  readonly machine: string;
  readonly command: string;
  readonly rounds: number;
  readonly seconds: number;
  readonly connections: number;
  /** The one-minute load average when the run started and when it ended. */
  readonly loadAverage: { readonly start: number; readonly end: number };
  readonly figures: readonly Figures[];
  readonly rss: readonly RssFigures[];
  /** The older revision benched beside, and per workload what it was asked (the fields its schema lacked, the items answered). */
  readonly baseline?: {
    readonly revision: string;
    readonly commit: string;
    readonly notes: Readonly<Record<string, readonly string[]>>;
  };
}

/** The CPU column of the PostgreSQL cluster: its postmaster and every process under it. */
export const POSTGRES = 'PostgreSQL';

/** The CPU time per request of all the variant's processes together, in ms. */
export function cpuTotal(figure: Figures): number {
  return Object.values(figure.cpuMsPerRequest).reduce((sum, ms) => sum + ms, 0);
}

/** The CPU table's process columns at one data size: in the order measured, PostgreSQL last. */
function cpuColumns(figures: readonly Figures[]): string[] {
  const names = new Set(figures.flatMap((figure) => Object.keys(figure.cpuMsPerRequest)));
  names.delete(POSTGRES);
  return [...names, POSTGRES];
}

/** Above this one-minute load average at the start, other work shares the CPU and the report says so. */
export const LOADED_MACHINE = 1.5;

/** The ratio columns: our gateway's req/s over another variant's. */
const RATIOS = [
  { title: 'gateway/direct', over: 'direct' },
  { title: 'gateway/Hive', over: 'hive' },
  { title: 'ketengraaf/baseline', over: 'baseline' },
] as const satisfies readonly { title: string; over: Variant }[];

/** A workload's ratios at one data size, by column title; NaN where a variant did not run it. */
export function ratios(figures: readonly Figures[], workload: string): Record<string, number> {
  const of = (variant: Variant) =>
    figures.find((figure) => figure.workload === workload && figure.variant === variant)?.requestsPerSecond ?? NaN;
  return Object.fromEntries(RATIOS.map(({ title, over }) => [title, of('ketengraaf') / of(over)]));
}

const fixed = (value: number | undefined, digits = 1): string =>
  value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

/** "3 (TIMEOUT ×2, HTTP 502 ×1)", or "0". */
function failed(figure: Figures): string {
  const codes = Object.entries(figure.failureCodes).map(([code, count]) => `${code} ×${count}`);
  return codes.length ? `${figure.failures} (${codes.join(', ')})` : String(figure.failures);
}

/** The report as markdown: the table per data size, the ratios, the memory, and the plot beside it. */
export function markdownReport(run: BenchRun, plotFile: string): string {
  const sizes = [...new Set(run.figures.map((figure) => figure.persons))];
  const columns = RATIOS.filter(({ over }) => over !== 'baseline' || run.baseline).map(({ title }) => title);
  const lines = [
    '# Benchmark: Ketengraaf gateway, Hive Gateway, direct' + (run.baseline ? ', baseline' : ''),
    '',
    `Run ${run.started} on ${run.machine}, with \`${run.command}\`: a closed loop of ${run.connections}`,
    `connections, ${run.seconds} s per variant per round, ${run.rounds} rounds with the variants alternating;`,
    'the figures are the medians over the rounds. Each subgraph, our gateway and Hive Gateway run in',
    'their own process, as deployed. "direct" sends the same subgraph requests the gateway',
    'sent for the question (recorded once), stage after stage, without a gateway. Statements, rows',
    "written and processing-log growth are per request through Ketengraaf's gateway, summed over the",
    `four parties. Load average (1 min): ${fixed(run.loadAverage.start)} at the start, ${fixed(run.loadAverage.end)} at the end.`,
    '',
  ];
  if (run.loadAverage.start > LOADED_MACHINE) {
    lines.push(
      `> **Loaded machine:** the load average was ${fixed(run.loadAverage.start)} at the start (above ${LOADED_MACHINE}): other`,
      '> work shared the CPU, so the absolute figures are low and noisy; compare the ratios within this run.',
      '',
    );
  }
  if (run.baseline) {
    lines.push(
      `"baseline" is commit ${run.baseline.commit.slice(0, 12)} (\`--baseline ${run.baseline.revision}\`), built from its own`,
      'checkout, its own demo population of the same size seeded by its own seeds into its own databases, its',
      'whole stack in one child process as it ran then; it is asked each workload its schema accepts, cut to',
      'the fields it has (listed below the tables), so it is asked no more than ours.',
      '',
    );
  }
  lines.push(`![latency against page size and data size](${plotFile})`, '');
  for (const persons of sizes) {
    lines.push(`## ${persons.toLocaleString('en')} persons`, '');
    lines.push(
      '| workload | variant | req/s | p50 ms | p99 ms | failed | statements/req | rows written/req | log bytes/req |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    const here = run.figures.filter((figure) => figure.persons === persons);
    for (const figure of here) {
      lines.push(
        `| ${figure.workload} | ${figure.variant} | ${fixed(figure.requestsPerSecond)} | ${fixed(figure.p50, 0)} | ${fixed(figure.p99, 0)} | ${failed(figure)} | ${fixed(figure.statements)} | ${fixed(figure.rowsWritten)} | ${fixed(figure.logBytes, 0)} |`,
      );
    }
    lines.push('', `| workload | ${columns.join(' | ')} |`, `| --- |${' ---: |'.repeat(columns.length)}`);
    for (const workload of [...new Set(here.map((figure) => figure.workload))]) {
      const row = ratios(here, workload);
      lines.push(`| ${workload} | ${columns.map((title) => fixed(row[title], 2)).join(' | ')} |`);
    }
    const processes = cpuColumns(here);
    lines.push(
      '',
      "CPU time per request in ms: each process's user and system time from `/proc/<pid>/stat` over the",
      'measured seconds of all rounds, divided by the requests answered in them; "PostgreSQL" is the',
      "cluster's postmaster and every process under it (the backends, the checkpointer, the WAL writer…),",
      "the benchmark's own client is not counted. A loaded machine changes these far less than req/s:",
      '',
      `| workload | variant | ${processes.join(' | ')} | total |`,
      `| --- | --- |${' ---: |'.repeat(processes.length + 1)}`,
      ...here.map(
        (figure) =>
          `| ${figure.workload} | ${figure.variant} | ${processes.map((name) => fixed(figure.cpuMsPerRequest[name])).join(' | ')} | **${fixed(cpuTotal(figure))}** |`,
      ),
    );
    const rss = run.rss.find((figures) => figures.persons === persons);
    if (rss) {
      lines.push(
        '',
        'Peak RSS under load, each process sampled every 250 ms while the workloads ran; "stack" is the',
        "highest sum of the four subgraphs' and our gateway's taken at one moment (Hive Gateway, the",
        "benchmark's own process with its recording gateway, the baseline and PostgreSQL not counted).",
        'RSS counts every page a process maps in full, so its sum counts the node binary and the other',
        'shared pages once per process. PSS divides each shared page among all processes mapping it, so',
        "its sum counts it once, but Hive Gateway, the benchmark's process and any other node process on",
        "the machine take their part of the binary, so it falls below the stack's own footprint. That",
        "footprint, the stack's private pages plus the pages its processes share counted once (the",
        `largest shared set of one of them), peaked at ${fixed(rss.footprint, 0)} MB:`,
        '',
        '| process | peak RSS MB | peak PSS MB |',
        '| --- | ---: | ---: |',
        ...Object.entries(rss.perProcess).map(
          ([name, mb]) => `| ${name} | ${fixed(mb, 0)} | ${fixed(rss.pss.perProcess[name], 0)} |`,
        ),
        `| **stack** | **${fixed(rss.stack, 0)}** | **${fixed(rss.pss.stack, 0)}** |`,
      );
    }
    lines.push('');
  }
  const notes = Object.entries(run.baseline?.notes ?? {}).filter(([, said]) => said.length > 0);
  if (notes.length) {
    lines.push('What the baseline was asked: the fields its schema lacks, left out, and the items answered:', '');
    lines.push(...notes.map(([workload, said]) => `- ${workload}: ${said.join('; ')}`), '');
  }
  return lines.join('\n');
}

const WIDTH = 360;
const HEIGHT = 220;
const MARGIN = { left: 48, right: 12, top: 24, bottom: 36 };
const COLOURS: Record<Variant, string> = {
  ketengraaf: '#1f77b4',
  hive: '#ff7f0e',
  direct: '#2ca02c',
  baseline: '#d62728',
};

/**
 * Two small line charts side by side, drawn as SVG by hand: p50 latency against page size (the
 * gemeente werkvoorraad at the largest data size) and against data size (the page of 50).
 */
export function latencyPlot(run: BenchRun): string {
  const largest = Math.max(...run.figures.map((figure) => figure.persons));
  const werkvoorraad = run.figures.filter((figure) => figure.workload.startsWith('gemeente werkvoorraad'));
  const byPage = chart(
    'p50 ms against page size',
    `gemeente werkvoorraad, ${largest.toLocaleString('en')} persons`,
    werkvoorraad
      .filter((figure) => figure.persons === largest)
      .map((figure) => ({ ...figure, x: figure.pageSize ?? 0 })),
  );
  const bySize = chart(
    'p50 ms against persons',
    'gemeente werkvoorraad, page of 50',
    werkvoorraad.filter((figure) => figure.pageSize === 50).map((figure) => ({ ...figure, x: figure.persons })),
  );
  const legend = (Object.keys(COLOURS) as Variant[])
    .map(
      (variant, index) =>
        `<rect x="${MARGIN.left + index * 110}" y="${HEIGHT + 8}" width="10" height="10" fill="${COLOURS[variant]}"/><text x="${MARGIN.left + 14 + index * 110}" y="${HEIGHT + 17}">${variant}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * WIDTH}" height="${HEIGHT + 24}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    byPage,
    `<g transform="translate(${WIDTH},0)">${bySize}</g>`,
    legend,
    '</svg>',
    '',
  ].join('\n');
}

function chart(title: string, subtitle: string, points: readonly (Figures & { x: number })[]): string {
  const xs = points.map((point) => point.x);
  const maxY = Math.max(1, ...points.map((point) => point.p50)) * 1.1;
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (value: number) =>
    MARGIN.left + (maxX === minX ? plotWidth / 2 : ((value - minX) / (maxX - minX)) * plotWidth);
  const y = (value: number) => MARGIN.top + plotHeight - (value / maxY) * plotHeight;
  const lines = (Object.keys(COLOURS) as Variant[]).map((variant) => {
    const mine = points.filter((point) => point.variant === variant).sort((one, other) => one.x - other.x);
    const path = mine.map((point) => `${x(point.x).toFixed(1)},${y(point.p50).toFixed(1)}`).join(' ');
    const dots = mine
      .map(
        (point) =>
          `<circle cx="${x(point.x).toFixed(1)}" cy="${y(point.p50).toFixed(1)}" r="3" fill="${COLOURS[variant]}"/>`,
      )
      .join('');
    return `<polyline fill="none" stroke="${COLOURS[variant]}" stroke-width="1.5" points="${path}"/>${dots}`;
  });
  const ticks = [...new Set(xs)]
    .map(
      (value) =>
        `<text x="${x(value).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 14}" text-anchor="middle">${value.toLocaleString('en')}</text>`,
    )
    .join('');
  return [
    `<text x="${MARGIN.left}" y="12" font-weight="bold">${title}</text>`,
    `<text x="${MARGIN.left}" y="${HEIGHT - 6}">${subtitle}</text>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${HEIGHT - MARGIN.bottom}" stroke="black"/>`,
    `<line x1="${MARGIN.left}" y1="${HEIGHT - MARGIN.bottom}" x2="${WIDTH - MARGIN.right}" y2="${HEIGHT - MARGIN.bottom}" stroke="black"/>`,
    `<text x="${MARGIN.left - 4}" y="${MARGIN.top + 4}" text-anchor="end">${maxY.toFixed(0)}</text>`,
    `<text x="${MARGIN.left - 4}" y="${HEIGHT - MARGIN.bottom}" text-anchor="end">0</text>`,
    ticks,
    ...lines,
  ].join('\n');
}
