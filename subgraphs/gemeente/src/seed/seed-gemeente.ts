import { randomUUID } from 'node:crypto';

import {
  addDays,
  copyRows,
  DEMO_REFERENCE_DATE,
  gemeenten,
  PERSONS_PER_LOAD,
  SeededRandom,
} from '@ketengraaf/subgraph-kit';
import type { DemoPerson } from '@ketengraaf/subgraph-kit';
import type { DataSource, QueryDeepPartialEntity } from 'typeorm';

import { BasisvoorwaardenStatusEntity, OnderdakType } from '../entities/basisvoorwaarden-status.entity';
import { DossierStatus, GemeenteRol, NazorgdossierEntity, Procesregie } from '../entities/nazorgdossier.entity';

type DossierRow = Omit<NazorgdossierEntity, 'geregistreerdOp' | 'versie'>;
type StatusRow = QueryDeepPartialEntity<BasisvoorwaardenStatusEntity>;

const AANMELDERS = [
  'dji:PI-ZAANSTAD',
  'dji:PI-VUGHT',
  'dji:HVB-ROTTERDAM',
  'dji:HVB-HAAGLANDEN',
  'dji:PI-ALMELO',
  'dji:PI-ARNHEM',
];
const NAZORGCOORDINATOREN = [
  'J. Bakker',
  'F. El Idrissi',
  'M. de Jong',
  'K. Sedney',
  'E. van Dijk',
  'N. Ozturk',
  'R. Wijnands',
];
const ONDERDAK: readonly OnderdakType[] = [
  OnderdakType.HUURWONING_REGULIER,
  OnderdakType.HUURWONING_REGULIER,
  OnderdakType.BIJ_FAMILIE_OF_VRIENDEN,
  OnderdakType.BIJ_FAMILIE_OF_VRIENDEN,
  OnderdakType.MAATSCHAPPELIJKE_OPVANG,
  OnderdakType.EIGEN_WONING,
  OnderdakType.BESCHERMD_WONEN,
  OnderdakType.KAMERVERHUUR,
  OnderdakType.GEEN,
];
const INDICATIES = ['GGZ-behandeling', 'Verslavingszorg', 'Wmo-begeleiding', 'LVB-ondersteuning'];
/** A dossier is closed this many days after uitstroom, at the latest. */
const SLUITEN_NA_UITSTROOM = 90;
/** Persons released within this many days of the reference date are where the hard cases are. */
const UITSTROOM_NABIJ = 60;

/**
 * Seeds the gemeenten's own records for the demo population: an ONTVANGENDE_GEMEENTE dossier in
 * the gemeente of return, a HERKOMSTGEMEENTE dossier in a different gemeente of origin, each with a
 * partly arranged status per basisvoorwaarde. Does nothing when the database already holds
 * dossiers, so a restart keeps what was changed.
 */
export async function seedGemeente(dataSource: DataSource, persons: readonly DemoPerson[]): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(NazorgdossierEntity)) > 0) {
      return false;
    }
    for (let start = 0; start < persons.length; start += PERSONS_PER_LOAD) {
      const rows = persons
        .slice(start, start + PERSONS_PER_LOAD)
        .flatMap((person) => seedPerson(person, new SeededRandom(`gemeente-${person.bsn}`)));
      await copyRows(
        manager,
        NazorgdossierEntity,
        rows.map(({ dossier }) => dossier),
      );
      await copyRows(
        manager,
        BasisvoorwaardenStatusEntity,
        rows.map(({ basisvoorwaarden }) => basisvoorwaarden),
      );
    }
    return true;
  });
}

function seedPerson(person: DemoPerson, random: SeededRandom): { dossier: DossierRow; basisvoorwaarden: StatusRow }[] {
  const herkomst = person.herkomst.soort === 'GEMEENTE' ? person.herkomst.gemeentecode : null;
  const terugkeer = person.terugkeer.soort === 'GEMEENTE' ? person.terugkeer.gemeentecode : null;
  // Both gemeenten hear of the detention from the same notification.
  const aangemeldDoor = random.pick(AANMELDERS);
  const dossiers: DossierRow[] = [];
  if (terugkeer) {
    dossiers.push(
      dossier(person, random, terugkeer, GemeenteRol.ONTVANGENDE_GEMEENTE, herkomst, terugkeer, aangemeldDoor),
    );
  }
  if (herkomst && herkomst !== terugkeer) {
    dossiers.push(dossier(person, random, herkomst, GemeenteRol.HERKOMSTGEMEENTE, herkomst, terugkeer, aangemeldDoor));
  }
  return dossiers.map((row) => ({ dossier: row, basisvoorwaarden: basisvoorwaarden(row, person, random) }));
}

function dossier(
  person: DemoPerson,
  random: SeededRandom,
  gemeentecode: string,
  rol: GemeenteRol,
  herkomstgemeente: string | null,
  ontvangendeGemeente: string | null,
  aangemeldDoor: string,
): DossierRow {
  const geopendOp = earliest(addDays(person.instroomdatum, random.integer(1, 14)), DEMO_REFERENCE_DATE);
  const uitstroom = person.uitstroomdatum;
  const gesloten = uitstroom !== null && uitstroom < addDays(DEMO_REFERENCE_DATE, -SLUITEN_NA_UITSTROOM);
  const nazorgcoordinator = random.pick(NAZORGCOORDINATOREN);
  const zvhBetrokken = random.chance(0.25);
  return {
    id: randomUUID(),
    gemeentecode,
    bsn: person.bsn,
    rol,
    herkomstgemeente,
    ontvangendeGemeente,
    aangemeldDoor,
    nazorgcoordinator: {
      naam: nazorgcoordinator,
      email: `${nazorgcoordinator.replace(/\W+/g, '.').toLowerCase()}@gemeente-${gemeentecode}.example.nl`,
      telefoon: random.chance(0.6) ? `06-${random.integer(10_000_000, 99_999_999)}` : null,
    },
    procesregie: zvhBetrokken && random.chance(0.5) ? Procesregie.ZORG_EN_VEILIGHEIDSHUIS : Procesregie.GEMEENTE,
    zvhBetrokken,
    zvhNaam: zvhBetrokken ? `Zorg- en Veiligheidshuis ${demoRegio(gemeentecode)}` : null,
    status: gesloten ? DossierStatus.GESLOTEN : DossierStatus.OPEN,
    geopendOp,
    geslotenOp: gesloten ? addDays(uitstroom, random.integer(30, SLUITEN_NA_UITSTROOM)) : null,
    // The demo's dossiers were opened by hand, before DJI's meldingen told them anything but the
    // day of an uitstroom, which every ended stay's melding has told since.
    detentieReferentie: null,
    gemeldeVerwachteUitstroomdatum: null,
    gemeldeUitstroomdatum: person.uitstroomdatum,
    screeningInformatieGevraagdVoor: null,
    gemeldeScreeningdatum: null,
    gemeldeHulpvragen: null,
    uitstroomVervroegd: false,
    detentieGemeldOp: null,
    overdrachtAan: null,
    overgedragenDoor: null,
    overgedragenOp: null,
  };
}

function basisvoorwaarden(dossier: DossierRow, person: DemoPerson, random: SeededRandom): StatusRow {
  // The hard cases: release is near while neither onderdak nor an identiteitsbewijs is arranged.
  const uitstroomNabij =
    person.uitstroomdatum === null &&
    person.verwachteUitstroomdatum !== null &&
    person.verwachteUitstroomdatum <= addDays(DEMO_REFERENCE_DATE, UITSTROOM_NABIJ);
  const hardGeval = uitstroomNabij && random.chance(0.4);
  const idAangevraagdOp =
    !hardGeval && random.chance(0.75) ? happened(addDays(dossier.geopendOp, random.integer(3, 60))) : null;
  const idGereedOp =
    idAangevraagdOp && random.chance(0.8) ? happened(addDays(idAangevraagdOp, random.integer(7, 35))) : null;
  const onderdakType = !hardGeval && random.chance(0.7) ? random.pick(ONDERDAK) : null;
  const uitkeringAangevraagdOp = random.chance(0.5)
    ? happened(addDays(dossier.geopendOp, random.integer(14, 120)))
    : null;
  const uitkeringToegekendOp =
    uitkeringAangevraagdOp && random.chance(0.6)
      ? happened(addDays(uitkeringAangevraagdOp, random.integer(14, 56)))
      : null;
  return {
    dossierId: dossier.id,
    identiteitsbewijs: { aangevraagdOp: idAangevraagdOp, gereedOp: idGereedOp },
    onderdak: {
      type: onderdakType,
      per:
        onderdakType && onderdakType !== OnderdakType.GEEN
          ? (person.uitstroomdatum ?? person.verwachteUitstroomdatum)
          : null,
    },
    inkomen: {
      uitkeringAangevraagdOp,
      uitkeringToegekendOp,
      werk: random.chance(0.15),
      bankrekening: random.chance(0.7),
    },
    schulden: {
      schuldhulpGestartOp: random.chance(0.35) ? happened(addDays(dossier.geopendOp, random.integer(10, 200))) : null,
    },
    zorg: { zorgverzekering: random.chance(0.75), indicatie: random.chance(0.2) ? random.pick(INDICATIES) : null },
  };
}

/** A date in the demo's past, or null when it would lie after the reference date. */
function happened(date: string): string | null {
  return date <= DEMO_REFERENCE_DATE ? date : null;
}

function earliest(first: string, second: string): string {
  return first < second ? first : second;
}

/** The big cities' own Zorg- en Veiligheidshuis; elsewhere one region per provincie stands in for the demo. */
const DEMO_ZVH_REGIO: Readonly<Record<string, string>> = {
  '0363': 'Amsterdam-Amstelland',
  '0599': 'Rotterdam-Rijnmond',
  '0518': 'Haaglanden',
  '0344': 'Utrecht',
  Groningen: 'Groningen',
  Friesland: 'Fryslân',
  Drenthe: 'Drenthe',
  Overijssel: 'IJsselland',
  Flevoland: 'Flevoland',
  Gelderland: 'Gelderland-Midden',
  Utrecht: 'Utrecht',
  'Noord-Holland': 'Kennemerland',
  'Zuid-Holland': 'Hollands Midden',
  Zeeland: 'Zeeland',
  'Noord-Brabant': 'Midden- en West-Brabant',
  Limburg: 'Zuid-Limburg',
};

function demoRegio(gemeentecode: string): string {
  const provincie = gemeenten().get(gemeentecode)?.provincie ?? '';
  return DEMO_ZVH_REGIO[gemeentecode] ?? DEMO_ZVH_REGIO[provincie] ?? 'Utrecht';
}
