import { addDays, copyRows, DEMO_REFERENCE_DATE, PERSONS_PER_LOAD, SeededRandom } from '@ketengraaf/subgraph-kit';
import type { DemoPerson } from '@ketengraaf/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';

import { BijGrondslag, BijMeldingEntity, BijMeldingSoort } from '../entities/bij-melding.entity';
import { Delictcategorie, BIJ_DELICTCATEGORIEEN } from '../entities/delictcategorie';
import { OmgevingsanalyseEntity } from '../entities/omgevingsanalyse.entity';
import { OpdrachtTotAdviesEntity } from '../entities/opdracht-tot-advies.entity';
import { StrafzaakEntity } from '../entities/strafzaak.entity';
import { VerstrekkingBesluit, VerstrekkingEntity, VerstrekkingOnderdeel } from '../entities/verstrekking.entity';
import { ViBeslissingEntity } from '../entities/vi-beslissing.entity';
import { ZienswijzeEntity } from '../entities/zienswijze.entity';
import { bijNormDagen } from '../domain/bij-doelgroep';
import { addMonths } from '../domain/validation';
import { burgemeesterVan } from '../policy/bronhouder';

type Row<TEntity> = Omit<TEntity, 'geregistreerdOp' | 'versie' | 'dagenVoorTerugkeer'>;

interface PersonRows {
  strafzaak: Row<StrafzaakEntity>;
  viBeslissing: Row<ViBeslissingEntity> | null;
  opdracht: Row<OpdrachtTotAdviesEntity> | null;
  bijMelding: Row<BijMeldingEntity> | null;
  zienswijze: Row<ZienswijzeEntity> | null;
  omgevingsanalyse: Row<OmgevingsanalyseEntity> | null;
  verstrekking: Row<VerstrekkingEntity> | null;
}

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
const ZIENSWIJZEN = [
  'De burgemeester verzoekt een gebiedsverbod rond de woning van het slachtoffer op te nemen.',
  'Geen bezwaar tegen terugkeer naar de eigen woning, mits er een meldplicht geldt.',
  'Onrust in de buurt verwacht; terugkeer naar een andere wijk wordt aanbevolen.',
];
const GEBIEDSVERBODEN = [
  'De straat van het slachtoffer en een straal van 500 meter daaromheen.',
  'De wijk waar het delict plaatsvond.',
  'Het winkelcentrum waar het slachtoffer werkt.',
];
const BEVINDINGEN = [
  'Beoogde woning ligt op loopafstand van de school van het slachtoffer.',
  'Buurt rustig; wijkagent en woningcorporatie zijn ingelicht.',
  'Eerdere onrust bij de arrestatie; media-aandacht te verwachten.',
];
const VERSTREKKINGSREDENEN = [
  'Nodig voor de handhaving van de openbare orde bij terugkeer; alleen de delictcategorie en slachtofferomgeving, geen verdere inhoud van het dossier.',
  'Ter voorkoming van strafbare feiten rond de woning van het slachtoffer; verstrekking beperkt tot wat de burgemeester daarvoor nodig heeft.',
];
const WEIGERINGSREDENEN = ['De gevraagde informatie is niet nodig voor het gestelde doel; de BIJ-melding volstaat.'];

/**
 * Seeds OM's and the burgemeesters' own records for the demo population: a case with its
 * delictcategorie for everyone, VI-beslissingen for long sentences, opdrachten tot advies, and for
 * about one in ten (the BIJ target group) a BIJ-melding, some late, with zienswijzen,
 * omgevingsanalyses and disclosures to the burgemeester of the terugkeergemeente. Deterministic,
 * ids included; does nothing when the database already holds records, so a restart keeps what was
 * changed.
 */
export async function seedOmBurgemeester(dataSource: DataSource, persons: readonly DemoPerson[]): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(StrafzaakEntity)) > 0 || (await manager.count(BijMeldingEntity)) > 0) {
      return false;
    }
    for (let start = 0; start < persons.length; start += PERSONS_PER_LOAD) {
      await loadPersons(manager, persons.slice(start, start + PERSONS_PER_LOAD));
    }
    return true;
  });
}

async function loadPersons(manager: EntityManager, persons: readonly DemoPerson[]): Promise<void> {
  const rows = persons.map((person) =>
    seedPerson(person, new PersonRandom(`om-burgemeester-${person.skn}`, person.index)),
  );
  await copyRows(
    manager,
    StrafzaakEntity,
    rows.map((row) => row.strafzaak),
  );
  await copyRows(manager, ViBeslissingEntity, present(rows.map((row) => row.viBeslissing)));
  await copyRows(manager, OpdrachtTotAdviesEntity, present(rows.map((row) => row.opdracht)));
  await copyRows(manager, VerstrekkingEntity, present(rows.map((row) => row.verstrekking)));
  await copyRows(manager, BijMeldingEntity, present(rows.map((row) => row.bijMelding)));
  await copyRows(manager, ZienswijzeEntity, present(rows.map((row) => row.zienswijze)));
  await copyRows(manager, OmgevingsanalyseEntity, present(rows.map((row) => row.omgevingsanalyse)));
}

function seedPerson(person: DemoPerson, random: PersonRandom): PersonRows {
  const delictcategorie = random.pick(person.titel === 'TBS' ? TBS_DELICTEN : DELICTCATEGORIEEN);
  const ernstig = BIJ_DELICTCATEGORIEEN.includes(delictcategorie);
  const terugkeergemeente = person.terugkeer.soort === 'GEMEENTE' ? person.terugkeer.gemeentecode : null;
  const slachtofferVastgelegd = ernstig && random.chance(0.6);
  const inDirecteWoonomgeving = slachtofferVastgelegd ? random.chance(0.35) : null;
  const strafzaak: Row<StrafzaakEntity> = {
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
  const vi = seedViBeslissing(person, strafzaak, random);
  const opdracht =
    vi || (person.titel === 'GEVANGENISSTRAF' && random.chance(0.3))
      ? seedOpdracht(person, strafzaak, vi, random)
      : null;
  // OM assigns the toezicht to the organisation it asked to advise on the conditions.
  const viBeslissing = vi && { ...vi, toezichthoudendeOrganisatie: opdracht?.organisatie ?? null };
  const bijMelding = seedBijMelding(person, strafzaak, viBeslissing, terugkeergemeente, random);
  const burgemeester = bijMelding && burgemeesterVan(bijMelding.terugkeergemeente);
  // OM computes the VI-datum some weeks after instroom; one not computed by the reference day is unknown.
  const vastgesteldOp = addDays(person.instroomdatum, random.integer(14, 60));
  if (strafzaak.viDatum !== null && vastgesteldOp <= DEMO_REFERENCE_DATE) {
    strafzaak.viDatumVastgesteldOp = vastgesteldOp;
  } else {
    strafzaak.viDatum = null;
  }
  return {
    strafzaak,
    viBeslissing,
    opdracht,
    bijMelding,
    zienswijze:
      bijMelding && burgemeester && random.chance(0.5) ? seedZienswijze(bijMelding, burgemeester, random) : null,
    omgevingsanalyse:
      bijMelding && burgemeester && random.chance(0.4) ? seedOmgevingsanalyse(bijMelding, burgemeester, random) : null,
    verstrekking:
      bijMelding && burgemeester && random.chance(0.3)
        ? seedVerstrekking(strafzaak, viBeslissing, bijMelding, burgemeester, random)
        : null,
  };
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
function seedViBeslissing(
  person: DemoPerson,
  zaak: Row<StrafzaakEntity>,
  random: PersonRandom,
): Omit<Row<ViBeslissingEntity>, 'toezichthoudendeOrganisatie'> | null {
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

function seedOpdracht(
  person: DemoPerson,
  zaak: Row<StrafzaakEntity>,
  vi: Pick<ViBeslissingEntity, 'datum'> | null,
  random: PersonRandom,
): Row<OpdrachtTotAdviesEntity> | null {
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
 * A BIJ-melding for most of the target group (a final conviction for a sexual or serious violent
 * offence or arson, or tbs met dwangverpleging) returning to a known gemeente, once received: about 60 to
 * 95 days before the return, some late. Someone whose return lies further ahead may have a verlof
 * announced instead.
 */
function seedBijMelding(
  person: DemoPerson,
  zaak: Row<StrafzaakEntity>,
  vi: Row<ViBeslissingEntity> | null,
  terugkeergemeente: string | null,
  random: PersonRandom,
): Row<BijMeldingEntity> | null {
  const grondslag =
    person.titel === 'TBS'
      ? BijGrondslag.TBS_MET_DWANGVERPLEGING
      : person.titel === 'GEVANGENISSTRAF' && BIJ_DELICTCATEGORIEEN.includes(zaak.delictcategorie)
        ? BijGrondslag.VEROORDELING
        : null;
  const terugkeer = vi?.ingangsdatum ?? person.verwachteUitstroomdatum;
  if (!grondslag || !terugkeergemeente || !terugkeer || !random.chance(0.65)) {
    return null;
  }
  const norm = bijNormDagen(DEMO_REFERENCE_DATE);
  const dagen = random.chance(0.25) ? random.integer(5, norm - 1) : random.integer(norm, 95);
  const nogVer = addDays(terugkeer, -dagen) > DEMO_REFERENCE_DATE;
  const verlof = nogVer ? random.chance(0.6) : random.chance(0.15);
  const terugkeerdatum = verlof
    ? nogVer
      ? addDays(DEMO_REFERENCE_DATE, random.integer(-30, dagen - 1))
      : addDays(terugkeer, -random.integer(30, 120))
    : terugkeer;
  const ontvangenOp = addDays(terugkeerdatum, -dagen);
  if (
    ontvangenOp > DEMO_REFERENCE_DATE ||
    ontvangenOp < addDays(person.instroomdatum, 30) ||
    terugkeerdatum > terugkeer
  ) {
    return null;
  }
  return {
    id: seededUuid(random),
    kenmerk: `BIJ-${ontvangenOp.slice(0, 4)}-${String(person.index).padStart(6, '0')}`,
    justitiabeleId: person.skn,
    soort: verlof ? BijMeldingSoort.VERLOF : BijMeldingSoort.TERUGKEER,
    terugkeerdatum,
    terugkeergemeente,
    delictcategorie: zaak.delictcategorie,
    grondslag,
    onherroepelijk: true,
    gemeenteNeemtDeel: random.chance(0.85),
    ontvangenOp,
  };
}

function seedZienswijze(
  melding: Row<BijMeldingEntity>,
  burgemeester: string,
  random: PersonRandom,
): Row<ZienswijzeEntity> | null {
  const datum = addDays(melding.ontvangenOp, random.integer(5, 21));
  if (datum > DEMO_REFERENCE_DATE) return null;
  const verzonden = addDays(datum, random.integer(1, 7));
  return {
    id: seededUuid(random),
    justitiabeleId: melding.justitiabeleId,
    burgemeester,
    datum,
    tekst: random.pick(ZIENSWIJZEN),
    gebiedsverbod: random.chance(0.5) ? random.pick(GEBIEDSVERBODEN) : null,
    verzondenAanOmOp: verzonden <= DEMO_REFERENCE_DATE && random.chance(0.6) ? verzonden : null,
  };
}

function seedOmgevingsanalyse(
  melding: Row<BijMeldingEntity>,
  burgemeester: string,
  random: PersonRandom,
): Row<OmgevingsanalyseEntity> | null {
  const datum = addDays(melding.ontvangenOp, random.integer(10, 30));
  if (datum > DEMO_REFERENCE_DATE) return null;
  const verzonden = addDays(datum, random.integer(1, 7));
  return {
    id: seededUuid(random),
    justitiabeleId: melding.justitiabeleId,
    burgemeester,
    datum,
    bevindingen: random.pick(BEVINDINGEN),
    verzondenAanOmOp: verzonden <= DEMO_REFERENCE_DATE && random.chance(0.5) ? verzonden : null,
  };
}

/** Mostly VERSTREKT to the burgemeester of the terugkeergemeente; now and then refused. */
function seedVerstrekking(
  zaak: Row<StrafzaakEntity>,
  vi: Row<ViBeslissingEntity> | null,
  melding: Row<BijMeldingEntity>,
  burgemeester: string,
  random: PersonRandom,
): Row<VerstrekkingEntity> | null {
  const datum = addDays(melding.ontvangenOp, random.integer(3, 20));
  if (datum > DEMO_REFERENCE_DATE) return null;
  const geweigerd = random.chance(0.15);
  const onderdelen = [
    VerstrekkingOnderdeel.DELICTCATEGORIE,
    ...(zaak.slachtofferomgeving.inDirecteWoonomgeving !== null ? [VerstrekkingOnderdeel.SLACHTOFFEROMGEVING] : []),
    ...(vi && random.chance(0.5) ? [VerstrekkingOnderdeel.VI_VOORWAARDEN] : []),
  ];
  return {
    id: seededUuid(random),
    zaakId: zaak.id,
    justitiabeleId: zaak.justitiabeleId,
    burgemeester,
    besluit: geweigerd ? VerstrekkingBesluit.GEWEIGERD : VerstrekkingBesluit.VERSTREKT,
    reden: random.pick(geweigerd ? WEIGERINGSREDENEN : VERSTREKKINGSREDENEN),
    datum,
    onderdelen,
  };
}

/**
 * The person's index keeps parketnummers unique across the population: `draw` (1 to 9) times
 * 100,000 plus the index, each further 100,000 persons drawing from the next nine.
 */
function parketvolgnummer(index: number, draw: number): string {
  return String((index % 100_000) + 100_000 * (draw + 9 * Math.floor(index / 100_000)));
}

function present<T>(rows: readonly (T | null)[]): T[] {
  return rows.filter((row): row is T => row !== null);
}

/**
 * A person's own random sequence, which knows whose it is: two persons' sequences may be the same
 * (32 bits of state), their ids never.
 */
class PersonRandom extends SeededRandom {
  constructor(
    seed: string,
    readonly index: number,
  ) {
    super(seed);
  }
}

/**
 * A version-4-shaped uuid drawn from the person's own random sequence, so the ids repeat on every
 * run; its first eight digits are the person's index, so no two persons' ids are the same.
 */
function seededUuid(random: PersonRandom): string {
  const hex = Array.from({ length: 32 }, () => random.integer(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + random.integer(0, 3)).toString(16);
  const text = random.index.toString(16).padStart(8, '0') + hex.slice(8).join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
