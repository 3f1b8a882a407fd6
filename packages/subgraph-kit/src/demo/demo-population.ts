import { passesElfproef } from '../domain/bsn';
import { gemeenten } from '../domain/gemeenten';

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
export const DEMO_GEMEENTEN: readonly string[] = [
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

/** How one population draws where its persons come from and go to, and their stay. */
interface PopulationShape {
  herkomst(random: SeededRandom): DemoGemeente;
  terugkeer(random: SeededRandom, herkomst: DemoGemeente): DemoGemeente;
  verblijf(random: SeededRandom): Pick<DemoPerson, 'titel' | 'instroomdatum' | 'verwachteUitstroomdatum'>;
}

/** The deterministic demo population: `size` persons across gemeenten, with the hard cases. */
export function demoPopulation(size = 300): DemoPerson[] {
  return population(size, DEMO_SEED, DEMO_SHAPE);
}

/**
 * A synthetic chain of `size` persons for load and benchmarks (`npm run generate`), the same for
 * the same `seed`: every gemeente of the reference data, short stays the most common, and the
 * hard cases (no fixed address, return abroad, gemeente not known yet). The shapes are rough
 * assumptions for load, not statistics.
 */
export function chainPopulation(size: number, seed: string): DemoPerson[] {
  return population(size, seed, chainShape());
}

function population(size: number, seed: string, shape: PopulationShape): DemoPerson[] {
  const random = new SeededRandom(seed);
  const usedBsns = new Set<string>();
  const persons: DemoPerson[] = [];
  for (let index = 0; index < size; index += 1) {
    const bsn = newBsn(random, usedBsns);
    const herkomst = shape.herkomst(random);
    const terugkeer = shape.terugkeer(random, herkomst);
    const { titel, instroomdatum, verwachteUitstroomdatum } = shape.verblijf(random);
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

const DEMO_SHAPE: PopulationShape = {
  herkomst: (random) => herkomstFrom(random, () => random.pick(DEMO_GEMEENTEN)),
  terugkeer: (random, herkomst) => terugkeerFrom(random, herkomst, () => random.pick(DEMO_GEMEENTEN)),
  verblijf: (random) => {
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
    return { titel, instroomdatum, verwachteUitstroomdatum };
  },
};

/** The four largest cities' share of the detained, each; every other gemeente shares the rest evenly. */
const GROTE_STEDEN: Readonly<Record<string, number>> = { '0363': 0.08, '0599': 0.07, '0518': 0.05, '0344': 0.03 };

function chainShape(): PopulationShape {
  const overige = [...gemeenten().keys()].filter((code) => !(code in GROTE_STEDEN));
  const groteStedenAandeel = Object.values(GROTE_STEDEN).reduce((total, share) => total + share, 0);
  const gemeente = (random: SeededRandom): string => {
    let draw = random.next();
    for (const [code, share] of Object.entries(GROTE_STEDEN)) {
      if (draw < share) return code;
      draw -= share;
    }
    return overige[Math.floor((draw / (1 - groteStedenAandeel)) * overige.length)] ?? '0363';
  };
  return {
    herkomst: (random) => herkomstFrom(random, () => gemeente(random)),
    terugkeer: (random, herkomst) => terugkeerFrom(random, herkomst, () => gemeente(random)),
    verblijf: (random) => {
      const draw = random.next();
      const titel: DemoTitel =
        draw < 0.45 ? 'VOORLOPIGE_HECHTENIS' : draw < 0.95 ? 'GEVANGENISSTRAF' : draw < 0.98 ? 'ISD' : 'TBS';
      // Stays are short far more often than long: log-uniform from a week to three years, so about
      // two in five end within two months. Persons entered evenly over the last three years.
      const duur = Math.round(Math.exp(Math.log(7) + random.next() * Math.log(1095 / 7)));
      const instroomdatum = addDays(DEMO_REFERENCE_DATE, -random.integer(3, 1095));
      const einde = addDays(instroomdatum, duur);
      return {
        titel,
        instroomdatum,
        // Remand has no expected end while it lasts.
        verwachteUitstroomdatum: titel !== 'VOORLOPIGE_HECHTENIS' || einde < DEMO_REFERENCE_DATE ? einde : null,
      };
    },
  };
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

function herkomstFrom(random: SeededRandom, gemeente: () => string): DemoGemeente {
  const draw = random.next();
  if (draw < 0.05) {
    return { soort: 'ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS' };
  }
  if (draw < 0.07) {
    return { soort: 'BUITENLAND', land: random.pick(['België', 'Duitsland', 'Polen', 'Marokko']) };
  }
  return { soort: 'GEMEENTE', gemeentecode: gemeente() };
}

function terugkeerFrom(random: SeededRandom, herkomst: DemoGemeente, gemeente: () => string): DemoGemeente {
  const draw = random.next();
  if (draw < 0.06) {
    return { soort: 'NOG_NIET_BEKEND' };
  }
  if (draw < 0.08) {
    return { soort: 'BUITENLAND', land: random.pick(['België', 'Duitsland', 'Polen', 'Marokko']) };
  }
  if (draw < 0.2 || herkomst.soort !== 'GEMEENTE') {
    return { soort: 'GEMEENTE', gemeentecode: gemeente() };
  }
  return herkomst;
}
