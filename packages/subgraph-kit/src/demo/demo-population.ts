import { passesElfproef } from '../domain/bsn';

import { addDays, SeededRandom } from './random';

/** Where DJI registered someone as coming from or returning to, including the hard cases. */
export type DemoGemeente =
  | { readonly soort: 'GEMEENTE'; readonly gemeentecode: string }
  | { readonly soort: 'ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS' }
  | { readonly soort: 'NOG_NIET_BEKEND' }
  | { readonly soort: 'BUITENLAND'; readonly land: string };

export type DemoTitel = 'VOORLOPIGE_HECHTENIS' | 'GEVANGENISSTRAF' | 'ISD' | 'TBS';

/**
 * One synthetic person in the demo chain. Every party seeds its own records from the same
 * population, so the graph joins them; no party's seed reads another party's database.
 */
export interface DemoPerson {
  readonly index: number;
  readonly skn: string;
  readonly bsn: string;
  readonly voornamen: string;
  readonly achternaam: string;
  readonly geboortedatum: string;
  readonly herkomst: DemoGemeente;
  readonly terugkeer: DemoGemeente;
  readonly titel: DemoTitel;
  readonly instroomdatum: string;
  readonly verwachteUitstroomdatum: string | null;
  /** Set when the person has left detention by the reference date. */
  readonly uitstroomdatum: string | null;
}

/** The day the demo chain is drawn around; fixed, so the data is the same on every run. */
export const DEMO_REFERENCE_DATE = '2026-11-01';

const DEMO_SEED = 'ketengraaf-demo-2026';

/**
 * Gemeenten the demo persons come from, large and small, spread over the country; the four
 * largest cities appear more often, as they do in reality.
 */
const DEMO_GEMEENTEN = [
  '0363',
  '0363',
  '0363',
  '0363',
  '0599',
  '0599',
  '0599',
  '0518',
  '0518',
  '0344',
  '0344',
  '0772',
  '0014',
  '0153',
  '0193',
  '0202',
  '0268',
  '0855',
  '0796',
  '0935',
  '0080',
  '0034',
  '0141',
  '0392',
  '0439',
  '1680',
  '0150',
] as const;

const VOORNAMEN = [
  'Jan',
  'Mohamed',
  'Kevin',
  'Dennis',
  'Priya',
  'Sanne',
  'Youssef',
  'Erik',
  'Lisa',
  'Ahmet',
  'Rico',
  'Fatima',
  'Bas',
  'Tom',
  'Marco',
];
const ACHTERNAMEN = [
  'de Vries',
  'Jansen',
  'El Amrani',
  'Bakker',
  'Visser',
  'Yilmaz',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
];

/** The deterministic demo population: `size` persons across gemeenten, with the hard cases. */
export function demoPopulation(size = 300): DemoPerson[] {
  const random = new SeededRandom(DEMO_SEED);
  const usedBsns = new Set<string>();
  const persons: DemoPerson[] = [];
  for (let index = 0; index < size; index += 1) {
    const bsn = newBsn(random, usedBsns);
    const herkomst = demoHerkomst(random);
    const terugkeer = demoTerugkeer(random, herkomst);
    const titel = random.pick<DemoTitel>([
      'VOORLOPIGE_HECHTENIS',
      'GEVANGENISSTRAF',
      'GEVANGENISSTRAF',
      'GEVANGENISSTRAF',
      'ISD',
      'TBS',
    ]);
    const instroomdatum = addDays(DEMO_REFERENCE_DATE, -random.integer(3, 540));
    const verwachteUitstroomdatum =
      titel === 'VOORLOPIGE_HECHTENIS' ? null : addDays(instroomdatum, random.integer(30, 900));
    const uitgestroomd = verwachteUitstroomdatum !== null && verwachteUitstroomdatum < DEMO_REFERENCE_DATE;
    persons.push({
      index,
      skn: String(1_000_000_000 + index * 7919),
      bsn,
      voornamen: random.pick(VOORNAMEN),
      achternaam: random.pick(ACHTERNAMEN),
      geboortedatum: addDays('1960-01-01', random.integer(0, 16_000)),
      herkomst,
      terugkeer,
      titel,
      instroomdatum,
      verwachteUitstroomdatum,
      uitstroomdatum: uitgestroomd ? verwachteUitstroomdatum : null,
    });
  }
  return persons;
}

function newBsn(random: SeededRandom, used: Set<string>): string {
  for (;;) {
    const candidate = String(random.integer(100_000_000, 999_999_999));
    if (passesElfproef(candidate) && !used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}

function demoHerkomst(random: SeededRandom): DemoGemeente {
  const draw = random.next();
  if (draw < 0.05) {
    return { soort: 'ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS' };
  }
  if (draw < 0.07) {
    return { soort: 'BUITENLAND', land: random.pick(['België', 'Duitsland', 'Polen', 'Marokko']) };
  }
  return { soort: 'GEMEENTE', gemeentecode: random.pick(DEMO_GEMEENTEN) };
}

function demoTerugkeer(random: SeededRandom, herkomst: DemoGemeente): DemoGemeente {
  const draw = random.next();
  if (draw < 0.06) {
    return { soort: 'NOG_NIET_BEKEND' };
  }
  if (draw < 0.08) {
    return { soort: 'BUITENLAND', land: random.pick(['België', 'Duitsland', 'Polen', 'Marokko']) };
  }
  if (draw < 0.2 || herkomst.soort !== 'GEMEENTE') {
    return { soort: 'GEMEENTE', gemeentecode: random.pick(DEMO_GEMEENTEN) };
  }
  return herkomst;
}
