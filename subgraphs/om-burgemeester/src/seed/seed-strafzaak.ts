import { addDays, DEMO_REFERENCE_DATE } from '@ketengraaf/subgraph-kit';
import type { DemoPerson } from '@ketengraaf/subgraph-kit';

import { Delictcategorie, BIJ_DELICTCATEGORIEEN } from '../entities/delictcategorie';
import type { OpdrachtTotAdviesEntity } from '../entities/opdracht-tot-advies.entity';
import type { StrafzaakEntity } from '../entities/strafzaak.entity';
import type { ViBeslissingEntity } from '../entities/vi-beslissing.entity';
import { addMonths } from '../domain/validation';
import { seededUuid } from './person-random';
import type { PersonRandom, SeedRow } from './person-random';

/** Most cases are not about a sexual or serious violent offence, nor arson. */
const DELICTCATEGORIEEN: readonly Delictcategorie[] = [
  Delictcategorie.ZEDEN,
  Delictcategorie.ZEDEN,
  Delictcategorie.ERNSTIG_GEWELD,
  Delictcategorie.ERNSTIG_GEWELD,
  Delictcategorie.ERNSTIG_GEWELD,
  Delictcategorie.LEVENSDELICT,
  ...Array<Delictcategorie>(5).fill(Delictcategorie.VERMOGEN),
  ...Array<Delictcategorie>(5).fill(Delictcategorie.OPIUMWET),
  Delictcategorie.BRANDSTICHTING,
  ...Array<Delictcategorie>(3).fill(Delictcategorie.OVERIG),
];
const TBS_DELICTEN: readonly Delictcategorie[] = [
  Delictcategorie.ERNSTIG_GEWELD,
  Delictcategorie.LEVENSDELICT,
  Delictcategorie.ZEDEN,
];
const PARKETTEN = ['02', '05', '08', '10', '13', '15', '16'];
const VOORWAARDEN = [
  'Meldplicht bij de reclassering, zo frequent als de reclassering nodig acht.',
  'Contactverbod met het slachtoffer en diens familie.',
  'Locatieverbod: niet in de straat van het slachtoffer komen.',
  'Ambulante behandeling bij de forensische polikliniek.',
  'Deelname aan de gedragsinterventie Cognitieve Vaardigheden.',
  'Middelenverbod met controle door urineonderzoek.',
];
const HERROEPINGSREDENEN = [
  'Herhaaldelijk niet verschenen bij de reclassering.',
  'Overtreding van het contactverbod.',
  'Nieuw strafbaar feit gepleegd tijdens de proeftijd.',
];
const ADVIESORGANISATIES = [
  'reclassering:RN',
  'reclassering:RN',
  'reclassering:RN',
  'reclassering:SVG',
  'reclassering:LJ&R',
];
const ADVIESVRAGEN = [
  'Advies over de bijzondere voorwaarden bij voorwaardelijke invrijheidstelling.',
  'Advies over risico en haalbaarheid van terugkeer naar de woonplaats.',
  'Vroeghulp en advies over toezicht na detentie.',
];

/**
 * OM's case on the person: its delictcategorie, a slachtofferomgeving for part of the serious cases
 * (in the terugkeergemeente, Amsterdam when the return is not to a gemeente), and the VI-datum its
 * sentence gives, not yet fixed (`stelViDatumVast`).
 */
export function seedStrafzaak(
  person: DemoPerson,
  terugkeergemeente: string | null,
  random: PersonRandom,
): SeedRow<StrafzaakEntity> {
  const delictcategorie = random.pick(person.titel === 'TBS' ? TBS_DELICTEN : DELICTCATEGORIEEN);
  const ernstig = BIJ_DELICTCATEGORIEEN.includes(delictcategorie);
  const slachtofferVastgelegd = ernstig && random.chance(0.6);
  const inDirecteWoonomgeving = slachtofferVastgelegd ? random.chance(0.35) : null;
  return {
    id: seededUuid(random),
    justitiabeleId: person.skn,
    parketnummer: `${random.pick(PARKETTEN)}/${parketvolgnummer(person.index, random.integer(1, 9))}-${person.instroomdatum.slice(2, 4)}`,
    delictcategorie,
    slachtofferomgeving: {
      inDirecteWoonomgeving,
      gemeentecode: inDirecteWoonomgeving ? (terugkeergemeente ?? '0363') : null,
    },
    viDatum: viDatumVan(person),
    viDatumVastgesteldOp: null,
  };
}

/** OM computes the VI-datum some weeks after instroom; one not computed by the reference day is unknown. */
export function stelViDatumVast(zaak: SeedRow<StrafzaakEntity>, person: DemoPerson, random: PersonRandom): void {
  const vastgesteldOp = addDays(person.instroomdatum, random.integer(14, 60));
  if (zaak.viDatum !== null && vastgesteldOp <= DEMO_REFERENCE_DATE) {
    zaak.viDatumVastgesteldOp = vastgesteldOp;
  } else {
    zaak.viDatum = null;
  }
}

/** VI for a sentence over a year, at two thirds of it: the rule DJI's demo stays follow too. */
function viDatumVan(person: DemoPerson): string | null {
  if (person.titel !== 'GEVANGENISSTRAF' || !person.verwachteUitstroomdatum) {
    return null;
  }
  const straf = daysBetween(person.instroomdatum, person.verwachteUitstroomdatum);
  return straf > 365 ? addDays(person.instroomdatum, Math.round((straf * 2) / 3)) : null;
}

/**
 * The VI-beslissing of a case with a VI-datum, decided two to six weeks before it, once that day has
 * come; so a VI close to the reference day may still be undecided after its deadline.
 */
export function seedViBeslissing(
  person: DemoPerson,
  zaak: SeedRow<StrafzaakEntity>,
  random: PersonRandom,
): Omit<SeedRow<ViBeslissingEntity>, 'toezichthoudendeOrganisatie'> | null {
  if (person.titel !== 'GEVANGENISSTRAF' || !person.verwachteUitstroomdatum) {
    return null;
  }
  // Drawn for every sentence, short ones too, so the demo's other records stay as they were.
  const dagenVoorIngang = random.integer(14, 42);
  const ingangsdatum = zaak.viDatum;
  if (ingangsdatum === null) {
    return null;
  }
  const datum = addDays(ingangsdatum, -dagenVoorIngang);
  if (datum > DEMO_REFERENCE_DATE) {
    return null;
  }
  const inMaanden = random.chance(0.5);
  const proeftijdMaanden = inMaanden ? random.pick([12, 18, 24, 36]) : null;
  const proeftijdEinddatum = proeftijdMaanden
    ? addMonths(ingangsdatum, proeftijdMaanden)
    : addDays(person.verwachteUitstroomdatum, 365);
  const herroepingDatum = addDays(ingangsdatum, random.integer(30, 150));
  const herroepen =
    herroepingDatum <= DEMO_REFERENCE_DATE && herroepingDatum < proeftijdEinddatum && random.chance(0.25);
  return {
    id: seededUuid(random),
    zaakId: zaak.id,
    justitiabeleId: person.skn,
    datum,
    ingangsdatum,
    voorwaarden: [VOORWAARDEN[0] ?? '', ...VOORWAARDEN.slice(1).filter(() => random.chance(0.35))],
    proeftijdMaanden,
    proeftijdEinddatum,
    herroepingDatum: herroepen ? herroepingDatum : null,
    herroepingReden: herroepen ? random.pick(HERROEPINGSREDENEN) : null,
  };
}

/** OM's opdracht tot advies to a reclassering organisation: before the VI-beslissing, or after instroom. */
export function seedOpdracht(
  person: DemoPerson,
  zaak: SeedRow<StrafzaakEntity>,
  vi: Pick<ViBeslissingEntity, 'datum'> | null,
  random: PersonRandom,
): SeedRow<OpdrachtTotAdviesEntity> | null {
  const datum = vi ? addDays(vi.datum, -random.integer(30, 90)) : addDays(person.instroomdatum, random.integer(14, 60));
  return datum <= DEMO_REFERENCE_DATE
    ? {
        id: seededUuid(random),
        zaakId: zaak.id,
        justitiabeleId: person.skn,
        organisatie: random.pick(ADVIESORGANISATIES),
        datum,
        vraag: random.pick(ADVIESVRAGEN),
      }
    : null;
}

/**
 * The person's index keeps parketnummers unique across the population: `draw` (1 to 9) times
 * 100,000 plus the index, each further 100,000 persons drawing from the next nine.
 */
function parketvolgnummer(index: number, draw: number): string {
  return String((index % 100_000) + 100_000 * (draw + 9 * Math.floor(index / 100_000)));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
