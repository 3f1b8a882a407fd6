import { copyRows, PERSONS_PER_LOAD } from '@ketengraaf/subgraph-kit';
import type { DemoPerson } from '@ketengraaf/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';

import { BijMeldingEntity } from '../entities/bij-melding.entity';
import { OmgevingsanalyseEntity } from '../entities/omgevingsanalyse.entity';
import { OpdrachtTotAdviesEntity } from '../entities/opdracht-tot-advies.entity';
import { StrafzaakEntity } from '../entities/strafzaak.entity';
import { VerstrekkingEntity } from '../entities/verstrekking.entity';
import { ViBeslissingEntity } from '../entities/vi-beslissing.entity';
import { ZienswijzeEntity } from '../entities/zienswijze.entity';
import { burgemeesterVan } from '../policy/bronhouder';
import { PersonRandom } from './person-random';
import type { SeedRow } from './person-random';
import { seedBijMelding, seedOmgevingsanalyse, seedZienswijze } from './seed-bij';
import { seedOpdracht, seedStrafzaak, seedViBeslissing, stelViDatumVast } from './seed-strafzaak';
import { seedVerstrekking } from './seed-verstrekking';

interface PersonRows {
  strafzaak: SeedRow<StrafzaakEntity>;
  viBeslissing: SeedRow<ViBeslissingEntity> | null;
  opdracht: SeedRow<OpdrachtTotAdviesEntity> | null;
  bijMelding: SeedRow<BijMeldingEntity> | null;
  zienswijze: SeedRow<ZienswijzeEntity> | null;
  omgevingsanalyse: SeedRow<OmgevingsanalyseEntity> | null;
  verstrekking: SeedRow<VerstrekkingEntity> | null;
}

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

/** One person's records, drawn from the person's own sequence in a fixed order: reordering the draws changes the demo. */
function seedPerson(person: DemoPerson, random: PersonRandom): PersonRows {
  const terugkeergemeente = person.terugkeer.soort === 'GEMEENTE' ? person.terugkeer.gemeentecode : null;
  const strafzaak = seedStrafzaak(person, terugkeergemeente, random);
  const vi = seedViBeslissing(person, strafzaak, random);
  const opdracht =
    vi || (person.titel === 'GEVANGENISSTRAF' && random.chance(0.3))
      ? seedOpdracht(person, strafzaak, vi, random)
      : null;
  // OM assigns the toezicht to the organisation it asked to advise on the conditions.
  const viBeslissing = vi && { ...vi, toezichthoudendeOrganisatie: opdracht?.organisatie ?? null };
  const bijMelding = seedBijMelding(person, strafzaak, viBeslissing, terugkeergemeente, random);
  const burgemeester = bijMelding && burgemeesterVan(bijMelding.terugkeergemeente);
  stelViDatumVast(strafzaak, person, random);
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

function present<T>(rows: readonly (T | null)[]): T[] {
  return rows.filter((row): row is T => row !== null);
}
