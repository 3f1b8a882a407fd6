import {
  addDays,
  Basisvoorwaarde,
  DEMO_REFERENCE_DATE,
  demoReclassering,
  SeededRandom,
} from '@ketengraaf/subgraph-kit';
import type { DemoGemeente, DemoPerson, DemoReclassering } from '@ketengraaf/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';

import { BetrokkenheidAanleiding, BetrokkenOrganisatieEntity } from '../entities/betrokken-organisatie.entity';
import { AfspraakStatus, DrAfspraakEntity, DrPlanEntity, Regiehouder } from '../entities/dr-plan.entity';
import { GemeenteRegistratieSoort } from '../entities/gemeente-registratie';
import type { GemeenteRegistratie } from '../entities/gemeente-registratie';
import { JustitiabeleEntity } from '../entities/justitiabele.entity';
import { MdoEntity } from '../entities/mdo.entity';
import { HulpvraagEntity, ScreeningEntity } from '../entities/screening.entity';
import { Titel, VerblijfEntity, VerblijfStatus } from '../entities/verblijf.entity';
import { PeriodeReden, VerblijfsperiodeEntity } from '../entities/verblijfsperiode.entity';

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
const CASEMANAGERS = ['A. de Wit', 'M. Bouzid', 'R. Kramer', 'S. Verbeek', 'L. Hoekstra', 'D. Pinas'];
const AFSPRAKEN: readonly [Basisvoorwaarde, string][] = [
  [Basisvoorwaarde.IDENTITEITSBEWIJS, 'ID-kaart aanvragen vóór uitstroom'],
  [Basisvoorwaarde.ONDERDAK, 'Aanmelding maatschappelijke opvang of terugkeer naar eigen woning'],
  [Basisvoorwaarde.WERK_EN_INKOMEN, 'Bijstandsaanvraag voorbereiden, start op dag van uitstroom'],
  [Basisvoorwaarde.SCHULDEN, 'Schuldenoverzicht opstellen met schuldhulpverlening'],
  [Basisvoorwaarde.ZORG, 'Zorgverzekering laten ingaan op dag van uitstroom'],
];

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
    for (const person of persons) {
      await seedPerson(manager, person, new SeededRandom(`dji-${person.skn}`));
    }
    return true;
  });
}

async function seedPerson(manager: EntityManager, person: DemoPerson, random: SeededRandom): Promise<void> {
  await manager.insert(JustitiabeleEntity, {
    id: person.skn,
    bsn: person.bsn,
    voornamen: person.voornamen,
    achternaam: person.achternaam,
    geboortedatum: person.geboortedatum,
  });
  const pad = verblijfPad(person, random);
  const uitgestroomd = person.uitstroomdatum !== null;
  const verblijf = await manager.save(
    manager.create(VerblijfEntity, {
      justitiabeleId: person.skn,
      instroomdatum: person.instroomdatum,
      verwachteUitstroomdatum: person.verwachteUitstroomdatum,
      viDatum: viDatum(person, random),
      uitstroomdatum: person.uitstroomdatum,
      titel: Titel[person.titel],
      status: uitgestroomd
        ? VerblijfStatus.UITGESTROOMD
        : random.chance(0.1)
          ? VerblijfStatus.VERLOF
          : VerblijfStatus.BINNEN,
      huidigeInrichting: pad.at(-1)?.inrichting ?? GEVANGENISSEN[0],
      herkomst: registratie(person.herkomst),
      terugkeer: registratie(person.terugkeer),
    }),
  );
  await manager.insert(
    VerblijfsperiodeEntity,
    pad.map((periode, index) => ({
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
    await manager.insert(BetrokkenOrganisatieEntity, {
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
    await seedScreening(manager, verblijf.id, addDays(person.instroomdatum, random.integer(2, 12)), random);
  }
  if (dagenBinnen > 28 && random.chance(0.75)) {
    await seedPlan(manager, verblijf.id, person, reclassering, random, dagenBinnen);
  }
}

function verblijfPad(
  person: DemoPerson,
  random: SeededRandom,
): { inrichting: string; begindatum: string; casemanager: string }[] {
  const pad = [];
  const einde = person.uitstroomdatum ?? DEMO_REFERENCE_DATE;
  const dagen = daysBetween(person.instroomdatum, einde);
  // Remand starts in a huis van bewaring; a sentence may follow in a PI.
  pad.push({
    inrichting: random.pick(HUIZEN_VAN_BEWARING),
    begindatum: person.instroomdatum,
    casemanager: random.pick(CASEMANAGERS),
  });
  if (person.titel !== 'VOORLOPIGE_HECHTENIS' && dagen > 60) {
    const naPi =
      person.titel === 'ISD' ? 'ISD-ZAANSTAD' : person.titel === 'TBS' ? 'FPC-PIETER-BAAN' : random.pick(GEVANGENISSEN);
    pad.push({
      inrichting: naPi,
      begindatum: addDays(person.instroomdatum, random.integer(20, 50)),
      casemanager: random.pick(CASEMANAGERS),
    });
    if (dagen > 300 && random.chance(0.3)) {
      pad.push({
        inrichting: random.pick(GEVANGENISSEN.filter((pi) => pi !== naPi)),
        begindatum: addDays(person.instroomdatum, random.integer(120, 280)),
        casemanager: random.pick(CASEMANAGERS),
      });
    }
  }
  return pad;
}

function viDatum(person: DemoPerson, random: SeededRandom): string | null {
  if (person.titel !== 'GEVANGENISSTRAF' || !person.verwachteUitstroomdatum) {
    return null;
  }
  const straf = daysBetween(person.instroomdatum, person.verwachteUitstroomdatum);
  return straf > 365 && random.chance(0.6) ? addDays(person.instroomdatum, Math.round((straf * 2) / 3)) : null;
}

async function seedScreening(
  manager: EntityManager,
  verblijfId: string,
  datum: string,
  random: SeededRandom,
): Promise<void> {
  const screening = await manager.save(
    manager.create(ScreeningEntity, {
      verblijfId,
      datum,
      reflectorAfgenomen: random.chance(0.7),
      taaltoetsNiveau: random.chance(0.4) ? random.pick(['A1', 'A2', 'B1', 'B2']) : null,
      scilScore: random.chance(0.5) ? random.integer(8, 30) : null,
    }),
  );
  await manager.insert(
    HulpvraagEntity,
    Object.values(Basisvoorwaarde).map((domein) => ({
      screeningId: screening.id,
      domein,
      hulpvraag: random.chance(0.5),
      toelichting: null,
    })),
  );
}

async function seedPlan(
  manager: EntityManager,
  verblijfId: string,
  person: DemoPerson,
  reclassering: DemoReclassering | null,
  random: SeededRandom,
  dagenBinnen: number,
): Promise<void> {
  const versies = random.integer(1, 3);
  const gemeente = person.terugkeer.soort === 'GEMEENTE' ? `gemeente:${person.terugkeer.gemeentecode}` : null;
  const deelnemers = [
    'dji:' + (random.chance(0.5) ? 'PI-ZAANSTAD' : 'PI-VUGHT'),
    ...(gemeente ? [gemeente] : []),
    // The plan names the reclassering organisation that advises or supervises the person.
    ...(reclassering ? [reclassering.organisatie] : []),
  ];
  for (let versie = 1; versie <= versies; versie += 1) {
    const plan = await manager.save(
      manager.create(DrPlanEntity, {
        verblijfId,
        versie,
        regie: Regiehouder.DJI,
        deelnemendeOrganisaties: deelnemers,
        justitiabeleBetrokken: random.chance(0.8),
        wensenJustitiabele: random.chance(0.5) ? 'Wil terug naar eigen woonplaats en werk zoeken.' : null,
        vastgesteldOp: addDays(person.instroomdatum, Math.min(dagenBinnen, 14 + versie * 42)),
      }),
    );
    await manager.insert(
      DrAfspraakEntity,
      AFSPRAKEN.filter(() => random.chance(0.7)).map(([basisvoorwaarde, omschrijving], index) => ({
        planId: plan.id,
        volgnummer: index + 1,
        basisvoorwaarde,
        omschrijving,
        verantwoordelijkePartij: gemeente ?? 'dji:PI-ZAANSTAD',
        deadline: person.verwachteUitstroomdatum,
        status: random.pick([AfspraakStatus.OPEN, AfspraakStatus.LOPEND, AfspraakStatus.GEREED]),
      })),
    );
  }
  const mdos = Math.min(Math.floor((dagenBinnen - 28) / 42), 6);
  for (let index = 0; index < mdos; index += 1) {
    await manager.insert(MdoEntity, {
      verblijfId,
      datum: addDays(person.instroomdatum, 28 + 42 * (index + 1)),
      deelnemers: deelnemers,
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
