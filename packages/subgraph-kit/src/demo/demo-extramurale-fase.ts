import { DEMO_REFERENCE_DATE } from './demo-population';
import type { DemoPerson } from './demo-population';
import { demoReclassering } from './demo-reclassering';
import type { DemoReclasseringsorganisatie } from './demo-reclassering';
import { addDays, SeededRandom } from './random';

/** The ways part of a detention is served outside the walls (seed 001 l. 628–632). */
export type DemoExtramuraleFaseSoort = 'ART_43_3_PBW' | 'PENITENTIAIR_PROGRAMMA' | 'ISD_EXTRAMURAAL';

/** A demo stay's extramural phase, as DJI records it and the supervising organisation knows it. */
export interface DemoExtramuraleFase {
  readonly soort: DemoExtramuraleFaseSoort;
  readonly van: string;
  /** The organisation whose toezichthouder supervises it: the one `demoReclassering` decided on. */
  readonly toezichthouder: DemoReclasseringsorganisatie;
  /** Every how many days the director asked for a report; null when the director asked for none. */
  readonly rapportageIntervalDagen: number | null;
  /** The days the toezichthouder reported to the director, oldest first. */
  readonly rapportages: readonly string[];
}

/**
 * The extramural phase of a demo person, or null: one decision DJI's and the reclassering's demo
 * data follow. Most of those still held on a sentence or ISD measure whom a reclassering
 * organisation supervises near release serve their last months outside the walls, under that
 * organisation's toezicht (seed 001 l. 612–640); most directors asked for periodic reports, filed
 * on time, except that for every other person (by index, so the demo always holds some) the
 * toezichthouder missed the latest one, which is then overdue on the reference day.
 */
export function demoExtramuraleFase(person: DemoPerson): DemoExtramuraleFase | null {
  const reclassering = demoReclassering(person);
  if (
    reclassering?.werk !== 'TOEZICHT' ||
    person.uitstroomdatum !== null ||
    (person.titel !== 'GEVANGENISSTRAF' && person.titel !== 'ISD')
  ) {
    return null;
  }
  const random = new SeededRandom(`demo-extramurale-fase-${person.skn}`);
  if (!random.chance(0.8)) {
    return null;
  }
  const soort: DemoExtramuraleFaseSoort =
    person.titel === 'ISD'
      ? 'ISD_EXTRAMURAAL'
      : random.pick(['PENITENTIAIR_PROGRAMMA', 'PENITENTIAIR_PROGRAMMA', 'ART_43_3_PBW'] as const);
  const gepland = addDays(DEMO_REFERENCE_DATE, -random.integer(30, 150));
  const van = gepland > person.instroomdatum ? gepland : addDays(person.instroomdatum, 1);
  if (person.verwachteUitstroomdatum === null || van > person.verwachteUitstroomdatum) {
    return null;
  }
  const rapportageIntervalDagen = random.chance(0.8) ? random.pick([28, 42, 56]) : null;
  const rapportages: string[] = [];
  if (rapportageIntervalDagen !== null) {
    for (let due = addDays(van, rapportageIntervalDagen); due <= DEMO_REFERENCE_DATE; ) {
      rapportages.push(addDays(due, -random.integer(0, 5)));
      due = addDays(rapportages.at(-1) ?? due, rapportageIntervalDagen);
    }
    // The latest report missed: the next was due before the reference day, so the signal is overdue.
    if (person.index % 2 === 0) {
      rapportages.pop();
    }
  }
  return { soort, van, toezichthouder: reclassering.organisatie, rapportageIntervalDagen, rapportages };
}
