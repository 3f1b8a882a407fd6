import { randomUUID } from 'node:crypto';

import {
  addDays,
  Basisvoorwaarde,
  copyRows,
  DEMO_REFERENCE_DATE,
  demoExtramuraleFase,
  demoInrichtingOp,
  demoReclassering,
  demoVerblijfPad,
  PERSONS_PER_LOAD,
  SeededRandom,
} from '@ketengraaf/subgraph-kit';
import type { DemoGemeente, DemoPerson, DemoReclassering } from '@ketengraaf/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';

import { storeOpenDeadlines } from '../data/open-deadlines';
import { BetrokkenheidAanleiding, BetrokkenOrganisatieEntity } from '../entities/betrokken-organisatie.entity';
import { AfspraakStatus, DrAfspraakEntity, DrPlanEntity, Regiehouder } from '../entities/dr-plan.entity';
import {
  ExtramuraleFaseEntity,
  ExtramuraleFaseSoort,
  ExtramuraleRapportageEntity,
} from '../entities/extramurale-fase.entity';
import { GemeenteRegistratieSoort } from '../entities/gemeente-registratie';
import type { GemeenteRegistratie } from '../entities/gemeente-registratie';
import { JustitiabeleEntity } from '../entities/justitiabele.entity';
import { MdoEntity } from '../entities/mdo.entity';
import { HulpvraagEntity, ScreeningEntity } from '../entities/screening.entity';
import { Titel, VerblijfEntity, VerblijfStatus } from '../entities/verblijf.entity';
import { PeriodeReden, VerblijfsperiodeEntity } from '../entities/verblijfsperiode.entity';

const CASEMANAGERS = ['A. de Wit', 'M. Bouzid', 'R. Kramer', 'S. Verbeek', 'L. Hoekstra', 'D. Pinas'];
const AFSPRAKEN: readonly [Basisvoorwaarde, string][] = [
  [Basisvoorwaarde.IDENTITEITSBEWIJS, 'ID-kaart aanvragen vóór uitstroom'],
  [Basisvoorwaarde.ONDERDAK, 'Aanmelding maatschappelijke opvang of terugkeer naar eigen woning'],
  [Basisvoorwaarde.WERK_EN_INKOMEN, 'Bijstandsaanvraag voorbereiden, start op dag van uitstroom'],
  [Basisvoorwaarde.SCHULDEN, 'Schuldenoverzicht opstellen met schuldhulpverlening'],
  [Basisvoorwaarde.ZORG, 'Zorgverzekering laten ingaan op dag van uitstroom'],
];

type JustitiabeleRow = Omit<JustitiabeleEntity, 'geregistreerdOp'>;
type VerblijfRow = Omit<VerblijfEntity, 'versie' | 'uitstroomSorteerdatum'>;
type PeriodeRow = Omit<VerblijfsperiodeEntity, 'id'>;
type BetrokkenRow = Omit<BetrokkenOrganisatieEntity, 'id' | 'geregistreerdOp'>;
type ScreeningRow = Omit<ScreeningEntity, 'geregistreerdOp'>;
type PlanRow = Omit<DrPlanEntity, 'geregistreerdOp'>;
type AfspraakRow = Omit<DrAfspraakEntity, 'id'>;
type MdoRow = Omit<MdoEntity, 'id' | 'geregistreerdOp'>;
type ExtramuraleFaseRow = Omit<ExtramuraleFaseEntity, 'geregistreerdOp'>;
type RapportageRow = Omit<ExtramuraleRapportageEntity, 'id' | 'geregistreerdOp'>;

/** What a toezichthouder tells the director about an extramural phase. */
const VERLOPEN = [
  'Houdt zich aan de afspraken; werkt vier dagen per week.',
  'Eenmaal te laat thuis; besproken, verder volgens plan.',
  'Meldt zich trouw; zoekt nog een vaste woonplek.',
];

/** The rows of a share of the persons, loaded table by table, parents before children. */
interface Rows {
  readonly justitiabelen: JustitiabeleRow[];
  readonly verblijven: VerblijfRow[];
  readonly perioden: PeriodeRow[];
  readonly betrokken: BetrokkenRow[];
  readonly screenings: ScreeningRow[];
  readonly hulpvragen: HulpvraagEntity[];
  readonly plannen: PlanRow[];
  readonly afspraken: AfspraakRow[];
  readonly mdos: MdoRow[];
  readonly extramuraleFasen: ExtramuraleFaseRow[];
  readonly rapportages: RapportageRow[];
}

/**
 * Seeds DJI's own records for the demo population: a verblijf per person with its history in
 * inrichtingen, and (for most) a screening, a versioned D&R-plan and MDOs. Does nothing when the
 * database already holds persons, so a restart keeps what was changed.
 */
export async function seedDji(dataSource: DataSource, persons: readonly DemoPerson[]): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(JustitiabeleEntity)) > 0) {
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
    justitiabelen: [],
    verblijven: [],
    perioden: [],
    betrokken: [],
    screenings: [],
    hulpvragen: [],
    plannen: [],
    afspraken: [],
    mdos: [],
    extramuraleFasen: [],
    rapportages: [],
  };
  for (const person of persons) {
    seedPerson(person, new SeededRandom(`dji-${person.skn}`), rows);
  }
  await copyRows(manager, JustitiabeleEntity, rows.justitiabelen);
  await copyRows(manager, VerblijfEntity, rows.verblijven);
  await copyRows(manager, VerblijfsperiodeEntity, rows.perioden);
  await copyRows(manager, BetrokkenOrganisatieEntity, rows.betrokken);
  await copyRows(manager, ScreeningEntity, rows.screenings);
  await copyRows(manager, HulpvraagEntity, rows.hulpvragen);
  await copyRows(manager, DrPlanEntity, rows.plannen);
  await copyRows(manager, DrAfspraakEntity, rows.afspraken);
  await copyRows(manager, MdoEntity, rows.mdos);
  await copyRows(manager, ExtramuraleFaseEntity, rows.extramuraleFasen);
  await copyRows(manager, ExtramuraleRapportageEntity, rows.rapportages);
  // Stored as a change would store them, from what was just loaded.
  await storeOpenDeadlines(
    manager,
    rows.verblijven.map((verblijf) => verblijf.id),
  );
}

function seedPerson(person: DemoPerson, random: SeededRandom, rows: Rows): void {
  rows.justitiabelen.push({
    id: person.skn,
    bsn: person.bsn,
    voornamen: person.voornamen,
    achternaam: person.achternaam,
    geboortedatum: person.geboortedatum,
  });
  const pad = verblijfPad(person, random);
  const uitgestroomd = person.uitstroomdatum !== null;
  const extramuraal = demoExtramuraleFase(person);
  const binnen = random.chance(0.1) ? VerblijfStatus.VERLOF : VerblijfStatus.BINNEN;
  const verblijf: VerblijfRow = {
    id: randomUUID(),
    justitiabeleId: person.skn,
    instroomdatum: person.instroomdatum,
    verwachteUitstroomdatum: person.verwachteUitstroomdatum,
    viDatum: viDatum(person, random),
    uitstroomdatum: person.uitstroomdatum,
    titel: Titel[person.titel],
    status: uitgestroomd ? VerblijfStatus.UITGESTROOMD : extramuraal ? VerblijfStatus.EXTRAMURAAL : binnen,
    huidigeInrichting: demoInrichtingOp(person, DEMO_REFERENCE_DATE),
    herkomst: registratie(person.herkomst),
    terugkeer: registratie(person.terugkeer),
  };
  rows.verblijven.push(verblijf);
  if (extramuraal) {
    rows.extramuraleFasen.push({
      verblijfId: verblijf.id,
      soort: ExtramuraleFaseSoort[extramuraal.soort],
      van: extramuraal.van,
      toezichthouder: extramuraal.toezichthouder,
      rapportageIntervalDagen: extramuraal.rapportageIntervalDagen,
    });
    rows.rapportages.push(
      ...extramuraal.rapportages.map((datum, index) => ({
        verblijfId: verblijf.id,
        datum,
        organisatie: extramuraal.toezichthouder,
        verloop: VERLOPEN[index % VERLOPEN.length] ?? '',
      })),
    );
  }
  rows.perioden.push(
    ...pad.map((periode, index) => ({
      verblijfId: verblijf.id,
      volgnummer: index + 1,
      inrichting: periode.inrichting,
      begindatum: periode.begindatum,
      einddatum: pad[index + 1]?.begindatum ?? person.uitstroomdatum,
      reden: index === 0 ? PeriodeReden.INSTROOM : PeriodeReden.OVERPLAATSING,
      casemanager: {
        naam: periode.casemanager,
        email: `${periode.casemanager.replace(/\W+/g, '.').toLowerCase()}@dji.example.nl`,
        telefoon: null,
      },
    })),
  );
  const dagenBinnen = daysBetween(person.instroomdatum, person.uitstroomdatum ?? DEMO_REFERENCE_DATE);
  // The reclassering organisation that works with the person (the demo chain's one decision): the
  // casemanager asked it for information for the screening within days of instroom, or learned of
  // the toezicht it prepares or holds; from then on it reads the screening, weeks before any D&R-plan.
  // A random of its own, so the rest of the demo chain stays as it was.
  const reclassering = demoReclassering(person);
  if (reclassering !== null) {
    const betrokken = new SeededRandom(`dji-betrokken-${person.skn}`);
    rows.betrokken.push({
      verblijfId: verblijf.id,
      organisatie: reclassering.organisatie,
      aanleiding:
        reclassering.werk === 'TOEZICHT'
          ? BetrokkenheidAanleiding.TOEZICHT
          : BetrokkenheidAanleiding.INFORMATIEVERZOEK_SCREENING,
      datum: addDays(person.instroomdatum, betrokken.integer(1, 5)),
    });
  }
  // Most persons were screened within 10 days; the rest are the overdue cases the werkstroom shows.
  if (dagenBinnen > 10 && random.chance(0.85)) {
    seedScreening(verblijf.id, addDays(person.instroomdatum, random.integer(2, 12)), random, rows);
  }
  if (dagenBinnen > 28 && random.chance(0.75)) {
    seedPlan(verblijf.id, person, reclassering, random, dagenBinnen, rows);
  }
}

/** The inrichtingen of the demo chain's one decision, each with the casemanager DJI assigned there. */
function verblijfPad(
  person: DemoPerson,
  random: SeededRandom,
): { inrichting: string; begindatum: string; casemanager: string }[] {
  return demoVerblijfPad(person).map((periode) => ({ ...periode, casemanager: random.pick(CASEMANAGERS) }));
}

function viDatum(person: DemoPerson, random: SeededRandom): string | null {
  if (person.titel !== 'GEVANGENISSTRAF' || !person.verwachteUitstroomdatum) {
    return null;
  }
  const straf = daysBetween(person.instroomdatum, person.verwachteUitstroomdatum);
  return straf > 365 && random.chance(0.6) ? addDays(person.instroomdatum, Math.round((straf * 2) / 3)) : null;
}

function seedScreening(verblijfId: string, datum: string, random: SeededRandom, rows: Rows): void {
  const screening: ScreeningRow = {
    id: randomUUID(),
    verblijfId,
    datum,
    reflectorAfgenomen: random.chance(0.7),
    taaltoetsNiveau: random.chance(0.4) ? random.pick(['A1', 'A2', 'B1', 'B2']) : null,
    scilScore: random.chance(0.5) ? random.integer(8, 30) : null,
  };
  rows.screenings.push(screening);
  rows.hulpvragen.push(
    ...Object.values(Basisvoorwaarde).map((domein) => ({
      screeningId: screening.id,
      domein,
      hulpvraag: random.chance(0.5),
      toelichting: null,
    })),
  );
}

function seedPlan(
  verblijfId: string,
  person: DemoPerson,
  reclassering: DemoReclassering | null,
  random: SeededRandom,
  dagenBinnen: number,
  rows: Rows,
): void {
  const versies = random.integer(1, 3);
  const gemeente = person.terugkeer.soort === 'GEMEENTE' ? `gemeente:${person.terugkeer.gemeentecode}` : null;
  // The plan names the inrichting the person is held in on the day, and the reclassering
  // organisation that advises or supervises the person.
  const deelnemersOp = (datum: string): string[] => [
    `dji:${demoInrichtingOp(person, datum)}`,
    ...(gemeente ? [gemeente] : []),
    ...(reclassering ? [reclassering.organisatie] : []),
  ];
  for (let versie = 1; versie <= versies; versie += 1) {
    const vastgesteldOp = addDays(person.instroomdatum, Math.min(dagenBinnen, 14 + versie * 42));
    const plan: PlanRow = {
      id: randomUUID(),
      verblijfId,
      versie,
      regie: Regiehouder.DJI,
      deelnemendeOrganisaties: deelnemersOp(vastgesteldOp),
      justitiabeleBetrokken: random.chance(0.8),
      wensenJustitiabele: random.chance(0.5) ? 'Wil terug naar eigen woonplaats en werk zoeken.' : null,
      vastgesteldOp,
    };
    rows.plannen.push(plan);
    rows.afspraken.push(
      ...AFSPRAKEN.filter(() => random.chance(0.7)).map(([basisvoorwaarde, omschrijving], index) => ({
        planId: plan.id,
        volgnummer: index + 1,
        basisvoorwaarde,
        omschrijving,
        verantwoordelijkePartij: gemeente ?? `dji:${demoInrichtingOp(person, vastgesteldOp)}`,
        deadline: person.verwachteUitstroomdatum,
        status: random.pick([AfspraakStatus.OPEN, AfspraakStatus.LOPEND, AfspraakStatus.GEREED]),
      })),
    );
  }
  const mdos = Math.min(Math.floor((dagenBinnen - 28) / 42), 6);
  for (let index = 0; index < mdos; index += 1) {
    const datum = addDays(person.instroomdatum, 28 + 42 * (index + 1));
    rows.mdos.push({
      verblijfId,
      datum,
      deelnemers: deelnemersOp(datum),
      justitiabeleAanwezig: random.chance(0.6),
    });
  }
}

function registratie(gemeente: DemoGemeente): GemeenteRegistratie {
  switch (gemeente.soort) {
    case 'GEMEENTE':
      return { soort: GemeenteRegistratieSoort.GEMEENTE, gemeentecode: gemeente.gemeentecode, land: null };
    case 'BUITENLAND':
      return { soort: GemeenteRegistratieSoort.BUITENLAND, gemeentecode: null, land: gemeente.land };
    case 'NOG_NIET_BEKEND':
      return { soort: GemeenteRegistratieSoort.NOG_NIET_BEKEND, gemeentecode: null, land: null };
    case 'ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS':
      return { soort: GemeenteRegistratieSoort.ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS, gemeentecode: null, land: null };
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
