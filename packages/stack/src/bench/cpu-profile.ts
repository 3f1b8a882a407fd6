import { readFile } from 'node:fs/promises';

/** The parts of a V8 `.cpuprofile` read here. */
export interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** A named phase or package, and whether a call frame belongs to it. */
export type Matcher = readonly [name: string, matches: (functionName: string, url: string) => boolean];

/** The profiler's own work, writing the profile: not the service's, so left out of a summary. */
export const PROFILER = 'profiler';

/** A frame of a module in an installed package. */
export const inPackage = (name: string, pkg: string): Matcher => [
  name,
  (_, url) => url.includes(`/node_modules/${pkg}/`),
];

/**
 * Where a profile's time went, in ms per request, largest first, with each item's share of the
 * busy time. A sample counts for the innermost of `phases` on its stack (a phase holds its own work
 * and what it calls, less the phases nested in it); a sample in no phase (an async continuation has
 * no caller above it) counts for the innermost of `packages` it runs in, else for "other".
 */
export function summariseProfile(
  profile: CpuProfile,
  requests: number,
  phases: readonly Matcher[],
  packages: readonly Matcher[],
): string {
  const parents = new Map<number, number>();
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const innermost = (id: number, matchers: readonly Matcher[]): string | undefined => {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = frames.get(at);
      const found = frame && matchers.find(([, matches]) => matches(frame.functionName, frame.url));
      if (found) return found[0];
    }
    return undefined;
  };
  const phaseOf = new Map<number, string>();
  const micros = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const phase = phaseOf.get(id) ?? innermost(id, phases) ?? innermost(id, packages) ?? 'other';
    phaseOf.set(id, phase);
    micros.set(phase, (micros.get(phase) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  micros.delete(PROFILER);
  const busy = [...micros].filter(([phase]) => phase !== 'idle').reduce((sum, [, value]) => sum + value, 0);
  return [...micros]
    .sort((one, other) => other[1] - one[1])
    .map(
      ([phase, value]) =>
        `  ${phase.padEnd(48)} ${(value / 1000 / requests).toFixed(2).padStart(7)} ms/request` +
        (phase === 'idle' ? '' : `  ${((100 * value) / busy).toFixed(1).padStart(5)} % of busy`),
    )
    .join('\n');
}

/** A profile written to `path`, waiting for it up to a minute (a process writes it once told to stop). */
export async function writtenProfile(path: string): Promise<CpuProfile> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text) return JSON.parse(text) as CpuProfile;
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`no CPU profile at ${path}`);
}
