import { DEMO_REFERENCE_DATE } from './demo-population';
import type { DemoPerson } from './demo-population';
import { addDays, SeededRandom } from './random';

/** Reclassering Nederland supervises most; the other two their own target groups. */
const ORGANISATIES = [
  'reclassering:RN',
  'reclassering:RN',
  'reclassering:RN',
  'reclassering:RN',
  'reclassering:SVG',
  'reclassering:SVG',
  'reclassering:LJ&R',
] as const;
export type DemoReclasseringsorganisatie = (typeof ORGANISATIES)[number];

/** A person is near uitstroom, and gets a toezicht prepared, within this many days of the reference date. */
const UITSTROOM_NABIJ = 120;

export interface DemoReclassering {
  readonly organisatie: DemoReclasseringsorganisatie;
  /** `TOEZICHT`: it supervises (prepared before release, or running after it); `ADVIES`: it advised during detention. */
  readonly werk: 'TOEZICHT' | 'ADVIES';
}

/**
 * The reclassering organisation that works with a demo person, and how, or null: one decision both
 * parties' demo data follow. The reclassering records its toezicht or advies; DJI records that
 * organisation as involved in the stay and names it in the D&R-plan, as a casemanager who knows the
 * reclassering does. So DJI opens the stay to exactly the organisation that supervises the person
 * (art. 18a Pbw), and a toezichthouder's werkvoorraad shows DJI's part of each person.
 */
export function demoReclassering(person: DemoPerson): DemoReclassering | null {
  const random = new SeededRandom(`demo-reclassering-${person.skn}`);
  const organisatie = random.pick(ORGANISATIES);
  const uitstroomNabij =
    person.uitstroomdatum === null &&
    person.verwachteUitstroomdatum !== null &&
    person.verwachteUitstroomdatum <= addDays(DEMO_REFERENCE_DATE, UITSTROOM_NABIJ);
  // About a third of those released or near release are supervised; some others advised while held.
  if ((person.uitstroomdatum !== null || uitstroomNabij) && random.chance(0.35)) {
    return { organisatie, werk: 'TOEZICHT' };
  }
  if (person.uitstroomdatum === null && random.chance(0.12)) {
    return { organisatie, werk: 'ADVIES' };
  }
  return null;
}
