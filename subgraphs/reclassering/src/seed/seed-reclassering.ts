import { randomUUID } from 'node:crypto';

import {
  addDays,
  assertUnreachable,
  copyRows,
  DEMO_REFERENCE_DATE,
  demoExtramuraleFase,
  demoInrichtingOp,
  demoReclassering,
  PERSONS_PER_LOAD,
  SeededRandom,
} from '@ketengraaf/subgraph-kit';
import type { DemoPerson, DemoReclasseringsorganisatie } from '@ketengraaf/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';

import { AdviesEntity, GeadviseerdeVoorwaardeEntity } from '../entities/advies.entity';
import { BijzondereVoorwaardeEntity, BijzondereVoorwaardeType } from '../entities/bijzondere-voorwaarde.entity';
import { NalevingEntity, NalevingUitkomst } from '../entities/naleving.entity';
import { MeldingStatus, OvertredingsmeldingEntity } from '../entities/overtredingsmelding.entity';
import { RisicotaxatieEntity, Risiconiveau } from '../entities/risicotaxatie.entity';
import { ToezichtEntity, ToezichtStatus } from '../entities/toezicht.entity';

type ToezichtRow = Omit<ToezichtEntity, 'geregistreerdOp' | 'versie'>;
type AdviesRow = Omit<AdviesEntity, 'geregistreerdOp'>;
type VoorwaardeRow = Omit<BijzondereVoorwaardeEntity, 'versie'>;
type NalevingRow = Omit<NalevingEntity, 'geregistreerdOp'>;
type MeldingRow = Omit<OvertredingsmeldingEntity, 'id' | 'aangemaaktOp'>;
type RisicotaxatieRow = Omit<RisicotaxatieEntity, 'id' | 'geregistreerdOp'>;

interface Rows {
  readonly adviezen: AdviesRow[];
  readonly geadviseerdeVoorwaarden: GeadviseerdeVoorwaardeEntity[];
  readonly toezichten: ToezichtRow[];
  readonly voorwaarden: VoorwaardeRow[];
  readonly naleving: NalevingRow[];
  readonly meldingen: MeldingRow[];
  readonly risicotaxaties: RisicotaxatieRow[];
}

type Organisatie = DemoReclasseringsorganisatie;

/** The demo toezichthouders per organisation: `npm run token -- reclassering:RN toezichthouder th-rn-1` sees a werkvoorraad. */
const TOEZICHTHOUDERS: Record<Organisatie, { gebruiker: string; naam: string }[]> = {
  'reclassering:RN': [
    { gebruiker: 'th-rn-1', naam: 'I. Claessens' },
    { gebruiker: 'th-rn-2', naam: 'T. Haddou' },
    { gebruiker: 'th-rn-3', naam: 'W. de Graaf' },
  ],
  'reclassering:SVG': [
    { gebruiker: 'th-svg-1', naam: 'M. Brouwer' },
    { gebruiker: 'th-svg-2', naam: 'A. Kaya' },
  ],
  'reclassering:LJ&R': [
    { gebruiker: 'th-ljr-1', naam: 'H. Zwart' },
    { gebruiker: 'th-ljr-2', naam: 'S. Rijsdijk' },
  ],
};
const EMAILDOMEIN: Record<Organisatie, string> = {
  'reclassering:RN': 'reclassering.example.nl',
  'reclassering:SVG': 'svg.example.nl',
  'reclassering:LJ&R': 'legerdesheils.example.nl',
};

/** What each kind of voorwaarde says in the demo, and the details it carries. */
const VOORWAARDEN: Record<
  BijzondereVoorwaardeType,
  (
    random: SeededRandom,
  ) => Pick<VoorwaardeRow, 'omschrijving' | 'gebied' | 'contactMet' | 'meldfrequentie' | 'instelling'>
> = {
  [BijzondereVoorwaardeType.MELDPLICHT]: (random) => ({
    ...zonderDetails('Meldt zich bij de reclassering zo vaak als de toezichthouder nodig acht.'),
    meldfrequentie: random.pick(['wekelijks', 'tweewekelijks', 'maandelijks']),
  }),
  [BijzondereVoorwaardeType.LOCATIEVERBOD]: (random) => ({
    ...zonderDetails('Komt niet in het aangewezen gebied.'),
    gebied: random.pick([
      'Straal van 500 meter rond de woning van het slachtoffer',
      'Uitgaansgebied binnenstad',
      'Winkelcentrum en omliggende straten',
    ]),
  }),
  [BijzondereVoorwaardeType.CONTACTVERBOD]: (random) => ({
    ...zonderDetails('Zoekt op geen enkele wijze contact, ook niet via derden.'),
    contactMet: random.pick(['het slachtoffer en diens gezinsleden', 'de medeverdachten']),
  }),
  [BijzondereVoorwaardeType.GEDRAGSINTERVENTIE]: (random) => ({
    ...zonderDetails('Neemt deel aan de gedragsinterventie Cognitieve Vaardigheden.'),
    instelling: random.chance(0.5) ? 'Reclassering Nederland, unit gedragsinterventies' : null,
  }),
  [BijzondereVoorwaardeType.BEHANDELING]: (random) => ({
    ...zonderDetails('Laat zich ambulant behandelen zolang de behandelaar dat nodig acht.'),
    instelling: random.pick(['De Waag', 'Fivoor', 'Inforsa', 'Tactus Verslavingszorg']),
  }),
  [BijzondereVoorwaardeType.MIDDELENVERBOD]: () =>
    zonderDetails('Gebruikt geen alcohol of drugs en werkt mee aan urinecontroles.'),
  [BijzondereVoorwaardeType.ELEKTRONISCHE_MONITORING]: (random) => ({
    ...zonderDetails('Draagt een enkelband zolang de toezichthouder dat nodig acht.'),
    gebied: random.chance(0.5) ? 'Gemeentegrens woongemeente' : null,
  }),
};
const VOORWAARDE_TYPES = Object.values(BijzondereVoorwaardeType);
const OVERTREDINGEN = [
  'Niet verschenen op de afspraak; geen bericht van verhindering.',
  'Aangetroffen in strijd met de voorwaarde; besproken met betrokkene.',
  'Positieve controle; besproken met betrokkene en de behandelaar.',
];
const RISICO: readonly Risiconiveau[] = [
  Risiconiveau.LAAG,
  Risiconiveau.LAAG,
  Risiconiveau.GEMIDDELD,
  Risiconiveau.GEMIDDELD,
  Risiconiveau.HOOG,
];

/**
 * Seeds the reclassering organisations' own records for the demo population: a toezicht (with
 * voorwaarden, their naleving and the meldingen of overtredingen) for about a third of the persons
 * who have left or are near their uitstroom; adviezen for some; risicotaxaties at every level.
 * Ketenpartners name a DJI location and the gemeente of return, as the D&R of the demo does; an
 * advies or toezicht made while the person is held records the inrichting (art. 18b Pbw). Does
 * nothing when the database already holds toezichten or adviezen, so a restart keeps what was changed.
 */
export async function seedReclassering(dataSource: DataSource, persons: readonly DemoPerson[]): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(ToezichtEntity)) > 0 || (await manager.count(AdviesEntity)) > 0) {
      return false;
    }
    for (let start = 0; start < persons.length; start += PERSONS_PER_LOAD) {
      await loadPersons(manager, persons.slice(start, start + PERSONS_PER_LOAD));
    }
    return true;
  });
}

async function loadPersons(manager: EntityManager, persons: readonly DemoPerson[]): Promise<void> {
  const rows: Rows = {
    adviezen: [],
    geadviseerdeVoorwaarden: [],
    toezichten: [],
    voorwaarden: [],
    naleving: [],
    meldingen: [],
    risicotaxaties: [],
  };
  for (const person of persons) {
    seedPerson(person, new SeededRandom(`reclassering-${person.skn}`), rows);
  }
  // Parents before children, so every reference exists when it is inserted.
  await copyRows(manager, AdviesEntity, rows.adviezen);
  await copyRows(manager, GeadviseerdeVoorwaardeEntity, rows.geadviseerdeVoorwaarden);
  await copyRows(manager, ToezichtEntity, rows.toezichten);
  await copyRows(manager, BijzondereVoorwaardeEntity, rows.voorwaarden);
  await copyRows(manager, NalevingEntity, rows.naleving);
  await copyRows(manager, OvertredingsmeldingEntity, rows.meldingen);
  await copyRows(manager, RisicotaxatieEntity, rows.risicotaxaties);
}

function seedPerson(person: DemoPerson, random: SeededRandom, rows: Rows): void {
  // Who works with the person is decided once for the demo chain, so DJI's D&R-plan names the same organisation.
  const reclassering = demoReclassering(person);
  if (reclassering === null) {
    return;
  }
  const { organisatie } = reclassering;
  switch (reclassering.werk) {
    case 'TOEZICHT': {
      const toezicht = seedToezicht(person, organisatie, random, rows);
      const adviesdatum = random.chance(0.6)
        ? seedAdvies(
            person,
            organisatie,
            earliest(addDays(toezicht.begindatum, -random.integer(20, 90)), DEMO_REFERENCE_DATE),
            random,
            rows,
          )
        : null;
      seedRisicotaxaties(
        person,
        organisatie,
        adviesdatum ?? earliest(toezicht.begindatum, DEMO_REFERENCE_DATE),
        random,
        rows,
      );
      return;
    }
    case 'ADVIES': {
      // Advised while detained, for instance on a VI; no toezicht (yet).
      const datum = earliest(addDays(person.instroomdatum, random.integer(20, 90)), DEMO_REFERENCE_DATE);
      seedAdvies(person, organisatie, datum, random, rows);
      seedRisicotaxaties(person, organisatie, datum, random, rows);
      return;
    }
    default:
      assertUnreachable(reclassering.werk);
  }
}

function seedToezicht(person: DemoPerson, organisatie: Organisatie, random: SeededRandom, rows: Rows): ToezichtRow {
  // Toezicht starts at release, or with the extramural phase DJI placed the person in under this
  // organisation's supervision; for someone near release it is prepared to start then.
  const begindatum =
    demoExtramuraleFase(person)?.van ?? person.uitstroomdatum ?? person.verwachteUitstroomdatum ?? DEMO_REFERENCE_DATE;
  const geplandEinde = random.chance(0.8) ? addDays(begindatum, random.integer(180, 1095)) : null;
  const beeindigd = geplandEinde !== null && geplandEinde < DEMO_REFERENCE_DATE;
  const toezichthouder = random.pick(TOEZICHTHOUDERS[organisatie]);
  const terugkeer = person.terugkeer.soort === 'GEMEENTE' ? person.terugkeer.gemeentecode : null;
  // The inrichting the person is held in, or was last held in.
  const inrichting = `dji:${demoInrichtingOp(person, person.uitstroomdatum ?? DEMO_REFERENCE_DATE)}`;
  const toezicht: ToezichtRow = {
    id: randomUUID(),
    justitiabeleId: person.skn,
    organisatie,
    opdrachtgever: 'om',
    begindatum,
    einddatum: geplandEinde,
    status: beeindigd ? ToezichtStatus.BEEINDIGD : ToezichtStatus.LOPEND,
    toezichthouder: {
      naam: toezichthouder.naam,
      email: `${toezichthouder.naam.replace(/\W+/g, '.').toLowerCase()}@${EMAILDOMEIN[organisatie]}`,
      telefoon: random.chance(0.7) ? `06-${random.integer(10_000_000, 99_999_999)}` : null,
    },
    toezichthouderGebruiker: toezichthouder.gebruiker,
    ketenpartners: [inrichting, ...(terugkeer ? [`gemeente:${terugkeer}`] : [])],
    woongemeente: terugkeer,
    // Prepared before release, the toezicht records where the person is held; started at release, nowhere.
    inrichting: person.uitstroomdatum === null ? inrichting : null,
    gemeldeVervroegdeInvrijheidstelling: null,
    vervroegdGemeldOp: null,
  };
  rows.toezichten.push(toezicht);
  const types = VOORWAARDE_TYPES.filter(() => random.chance(0.3));
  for (const type of types.length > 0 ? types : [BijzondereVoorwaardeType.MELDPLICHT]) {
    const voorwaarde: VoorwaardeRow = {
      id: randomUUID(),
      toezichtId: toezicht.id,
      type,
      ...VOORWAARDEN[type](random),
      begindatum,
      einddatum: beeindigd ? geplandEinde : null,
    };
    rows.voorwaarden.push(voorwaarde);
    seedNaleving(toezicht, voorwaarde, random, rows);
  }
  return toezicht;
}

/** Checks about every four weeks from the start, up to the reference date or the end; some breached. */
function seedNaleving(toezicht: ToezichtRow, voorwaarde: VoorwaardeRow, random: SeededRandom, rows: Rows): void {
  const tot = voorwaarde.einddatum ?? DEMO_REFERENCE_DATE;
  for (let index = 0; index < 8; index += 1) {
    const datum = addDays(voorwaarde.begindatum, 14 + 28 * index);
    if (datum > tot || datum > DEMO_REFERENCE_DATE) {
      return;
    }
    const draw = random.next();
    const uitkomst =
      draw < 0.07
        ? NalevingUitkomst.OVERTREDEN
        : draw < 0.2
          ? NalevingUitkomst.NIET_GECONTROLEERD
          : NalevingUitkomst.NAGELEEFD;
    const naleving: NalevingRow = {
      id: randomUUID(),
      voorwaardeId: voorwaarde.id,
      datum,
      uitkomst,
      toelichting: uitkomst === NalevingUitkomst.OVERTREDEN ? random.pick(OVERTREDINGEN) : null,
    };
    rows.naleving.push(naleving);
    if (uitkomst === NalevingUitkomst.OVERTREDEN) {
      rows.meldingen.push({
        nalevingId: naleving.id,
        toezichtId: toezicht.id,
        justitiabeleId: toezicht.justitiabeleId,
        gemeldAan: 'om',
        datum,
        // The demo's history: sent before the outbox delivered meldingen.
        status: MeldingStatus.VERZONDEN,
        meldingId: null,
      });
    }
  }
}

function seedAdvies(
  person: DemoPerson,
  organisatie: Organisatie,
  datum: string,
  random: SeededRandom,
  rows: Rows,
): string {
  const burgemeesterMeegewogen = random.chance(0.3);
  const slachtofferbelangenMeegewogen = random.chance(0.6);
  const advies: AdviesRow = {
    id: randomUUID(),
    justitiabeleId: person.skn,
    organisatie,
    opdrachtgever: 'om',
    datum: latest(datum, person.instroomdatum),
    inrichting:
      person.uitstroomdatum === null || datum < person.uitstroomdatum
        ? `dji:${demoInrichtingOp(person, latest(datum, person.instroomdatum))}`
        : null,
    zienswijzeBurgemeesterMeegewogen: burgemeesterMeegewogen,
    zienswijzeBurgemeesterToelichting: burgemeesterMeegewogen
      ? 'Zienswijze van de burgemeester over een gebiedsverbod meegewogen.'
      : null,
    slachtofferbelangenMeegewogen,
    slachtofferbelangenToelichting: slachtofferbelangenMeegewogen
      ? 'Slachtoffer woont in de terugkeergemeente; locatie- en contactverbod geadviseerd.'
      : 'Geen bekend slachtoffer in de directe omgeving.',
  };
  rows.adviezen.push(advies);
  const types = VOORWAARDE_TYPES.filter(() => random.chance(0.35));
  (types.length > 0 ? types : [BijzondereVoorwaardeType.MELDPLICHT]).forEach((type, index) => {
    rows.geadviseerdeVoorwaarden.push({
      adviesId: advies.id,
      volgnummer: index + 1,
      type,
      toelichting: VOORWAARDEN[type](random).omschrijving,
    });
  });
  return advies.datum;
}

/** One risicotaxatie at the start, and for some a later one: the latest decides art. 18b Pbw. */
function seedRisicotaxaties(
  person: DemoPerson,
  organisatie: Organisatie,
  datum: string,
  random: SeededRandom,
  rows: Rows,
): void {
  const taxatie = (op: string): RisicotaxatieRow => ({
    justitiabeleId: person.skn,
    organisatie,
    datum: op,
    instrument: 'RISc',
    recidiverisico: random.pick(RISICO),
    gevaarrisico: random.pick(RISICO),
  });
  rows.risicotaxaties.push(taxatie(datum));
  const later = addDays(datum, random.integer(150, 300));
  if (later <= DEMO_REFERENCE_DATE && random.chance(0.5)) {
    rows.risicotaxaties.push(taxatie(later));
  }
}

function zonderDetails(
  omschrijving: string,
): Pick<VoorwaardeRow, 'omschrijving' | 'gebied' | 'contactMet' | 'meldfrequentie' | 'instelling'> {
  return { omschrijving, gebied: null, contactMet: null, meldfrequentie: null, instelling: null };
}

function earliest(first: string, second: string): string {
  return first < second ? first : second;
}

function latest(first: string, second: string): string {
  return first > second ? first : second;
}
