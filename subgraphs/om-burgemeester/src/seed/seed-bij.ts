import { addDays, DEMO_REFERENCE_DATE } from '@ketengraaf/subgraph-kit';
import type { DemoPerson } from '@ketengraaf/subgraph-kit';

import { BijGrondslag, BijMeldingSoort } from '../entities/bij-melding.entity';
import type { BijMeldingEntity } from '../entities/bij-melding.entity';
import { BIJ_DELICTCATEGORIEEN } from '../entities/delictcategorie';
import type { OmgevingsanalyseEntity } from '../entities/omgevingsanalyse.entity';
import type { StrafzaakEntity } from '../entities/strafzaak.entity';
import type { ViBeslissingEntity } from '../entities/vi-beslissing.entity';
import type { ZienswijzeEntity } from '../entities/zienswijze.entity';
import { bijNormDagen } from '../domain/bij-doelgroep';
import { seededUuid } from './person-random';
import type { PersonRandom, SeedRow } from './person-random';

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

/**
 * A BIJ-melding for most of the target group (a final conviction for a sexual or serious violent
 * offence or arson, or tbs met dwangverpleging) returning to a known gemeente, once received: about 60 to
 * 95 days before the return, some late. Someone whose return lies further ahead may have a verlof
 * announced instead.
 */
export function seedBijMelding(
  person: DemoPerson,
  zaak: SeedRow<StrafzaakEntity>,
  vi: SeedRow<ViBeslissingEntity> | null,
  terugkeergemeente: string | null,
  random: PersonRandom,
): SeedRow<BijMeldingEntity> | null {
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

/** The burgemeester's zienswijze on a BIJ-melding, some weeks after it, sometimes sent to OM. */
export function seedZienswijze(
  melding: SeedRow<BijMeldingEntity>,
  burgemeester: string,
  random: PersonRandom,
): SeedRow<ZienswijzeEntity> | null {
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

/** The burgemeester's omgevingsanalyse on a BIJ-melding, some weeks after it, sometimes sent to OM. */
export function seedOmgevingsanalyse(
  melding: SeedRow<BijMeldingEntity>,
  burgemeester: string,
  random: PersonRandom,
): SeedRow<OmgevingsanalyseEntity> | null {
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
