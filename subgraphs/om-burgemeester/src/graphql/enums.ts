import { registerEnumType } from 'type-graphql';

import { BijGrondslag, BijMeldingSoort } from '../entities/bij-melding.entity';
import { Delictcategorie } from '../entities/delictcategorie';
import { ReclasseringsmeldingSoort } from '../entities/reclasseringsmelding.entity';
import { VerstrekkingBesluit, VerstrekkingOnderdeel } from '../entities/verstrekking.entity';
import { StukSoort } from '../domain/stuk-soort';

registerEnumType(Delictcategorie, {
  name: 'Delictcategorie',
  description: "The category of a case's offence. Delict information: never for a gemeente's nazorg staff.",
  valuesConfig: {
    ZEDEN: { description: 'A sexual offence.' },
    ERNSTIG_GEWELD: { description: 'A serious violent offence.' },
    LEVENSDELICT: { description: 'An offence against life (moord, doodslag).' },
    VERMOGEN: { description: 'A property offence.' },
    OPIUMWET: { description: 'An offence under the Opiumwet.' },
    BRANDSTICHTING: { description: 'Arson; in the BIJ target group since 2024.' },
    OVERIG: { description: 'Any other offence.' },
  },
});
registerEnumType(VerstrekkingBesluit, {
  name: 'VerstrekkingBesluit',
  description: "The officier van justitie's decision on giving information from the strafdossier to a burgemeester.",
});
registerEnumType(VerstrekkingOnderdeel, {
  name: 'VerstrekkingOnderdeel',
  description: "An item of OM's records a disclosure under the Aanwijzing WJSG can cover.",
  valuesConfig: {
    DELICTCATEGORIE: { description: "The case's delictcategorie." },
    SLACHTOFFEROMGEVING: { description: 'Whether a victim lives in the direct surroundings, and in which gemeente.' },
    VI_BESLISSING: { description: 'The VI-beslissing: its dates, proeftijd and any herroeping.' },
    VI_VOORWAARDEN: { description: 'The conditions of the VI-beslissing.' },
  },
});
registerEnumType(BijMeldingSoort, {
  name: 'BijMeldingSoort',
  description: 'Whether a BIJ-melding announces the return itself or a verlof.',
});
registerEnumType(BijGrondslag, {
  name: 'BijGrondslag',
  description:
    'Why Justid counts a person to the BIJ target group (art. 11a Bjsg). Only VEROORDELING (for ZEDEN, ERNSTIG_GEWELD, LEVENSDELICT or BRANDSTICHTING), TBS_MET_DWANGVERPLEGING and PIJ_VERLENGBAAR qualify, and only when irrevocable.',
  valuesConfig: {
    VEROORDELING: { description: 'A conviction; qualifies for a sexual or serious violent offence, or arson.' },
    TBS_MET_DWANGVERPLEGING: { description: 'Tbs met dwangverpleging; qualifies.' },
    TBS_MET_VOORWAARDEN: { description: 'Tbs met voorwaarden; does not qualify.' },
    PIJ_VERLENGBAAR: { description: 'A PIJ-maatregel that can be extended; qualifies.' },
    PIJ_NIET_VERLENGBAAR: { description: 'A PIJ-maatregel that cannot be extended; does not qualify.' },
  },
});
registerEnumType(StukSoort, { name: 'StukSoort', description: "Which of a burgemeester's documents." });
registerEnumType(ReclasseringsmeldingSoort, {
  name: 'ReclasseringsmeldingSoort',
  description: 'What a reclassering organisation told OM.',
  valuesConfig: {
    OVERTREDING: { description: 'A voorwaarde OM ordered supervised was breached.' },
    ADVIES: { description: 'The advies OM asked for was made.' },
  },
});

export {
  BijGrondslag,
  BijMeldingSoort,
  Delictcategorie,
  ReclasseringsmeldingSoort,
  StukSoort,
  VerstrekkingBesluit,
  VerstrekkingOnderdeel,
};
