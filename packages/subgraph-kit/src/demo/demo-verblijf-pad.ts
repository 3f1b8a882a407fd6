import { DEMO_REFERENCE_DATE } from './demo-population';
import type { DemoPerson } from './demo-population';
import { addDays, SeededRandom } from './random';

const HUIZEN_VAN_BEWARING = [
  'HVB-ALMELO',
  'HVB-ARNHEM',
  'HVB-HAAGLANDEN',
  'HVB-ROTTERDAM',
  'HVB-VUGHT',
  'HVB-ZAANSTAD',
  'HVB-LEEUWARDEN',
];
const GEVANGENISSEN = [
  'PI-ALMELO',
  'PI-ARNHEM',
  'PI-GRAVE',
  'PI-HAAGLANDEN',
  'PI-LELYSTAD',
  'PI-ROTTERDAM',
  'PI-VUGHT',
  'PI-ZAANSTAD',
  'PI-ZWOLLE',
  'PI-VEENHUIZEN',
];

/** One inrichting a demo person was held in, from `begindatum` until the next one's. */
export interface DemoVerblijfsperiode {
  /** DJI's code of the inrichting (`PI-VUGHT`). */
  readonly inrichting: string;
  readonly begindatum: string;
}

/**
 * The inrichtingen a demo person passed through, in order: one decision every party's demo data
 * follows, so DJI's stay, its D&R-plan and the reclassering's toezicht and advies name the same
 * inrichting. Remand starts in a huis van bewaring; a sentence may follow in a PI (the ISD and tbs
 * in their own), and a long one may move once more.
 */
export function demoVerblijfPad(person: DemoPerson): readonly DemoVerblijfsperiode[] {
  const random = new SeededRandom(`demo-verblijf-pad-${person.skn}`);
  const einde = person.uitstroomdatum ?? DEMO_REFERENCE_DATE;
  const dagen = Math.round((Date.parse(einde) - Date.parse(person.instroomdatum)) / 86_400_000);
  const pad: DemoVerblijfsperiode[] = [
    { inrichting: random.pick(HUIZEN_VAN_BEWARING), begindatum: person.instroomdatum },
  ];
  if (person.titel !== 'VOORLOPIGE_HECHTENIS' && dagen > 60) {
    const naPi =
      person.titel === 'ISD' ? 'ISD-ZAANSTAD' : person.titel === 'TBS' ? 'FPC-PIETER-BAAN' : random.pick(GEVANGENISSEN);
    pad.push({ inrichting: naPi, begindatum: addDays(person.instroomdatum, random.integer(20, 50)) });
    if (dagen > 300 && random.chance(0.3)) {
      pad.push({
        inrichting: random.pick(GEVANGENISSEN.filter((pi) => pi !== naPi)),
        begindatum: addDays(person.instroomdatum, random.integer(120, 280)),
      });
    }
  }
  return pad;
}

/** The inrichting a demo person was held in on `datum`: the first one before instroom, the last one after uitstroom. */
export function demoInrichtingOp(person: DemoPerson, datum: string): string {
  const pad = demoVerblijfPad(person);
  const periode = pad.filter((candidate) => candidate.begindatum <= datum).at(-1) ?? pad[0];
  if (!periode) {
    throw new Error(`Demo person ${person.skn} has no inrichting`);
  }
  return periode.inrichting;
}
