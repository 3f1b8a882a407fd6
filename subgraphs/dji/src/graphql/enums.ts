import { registerEnumType } from 'type-graphql';

import { BetrokkenheidAanleiding } from '../entities/betrokken-organisatie.entity';
import { AfspraakStatus, Regiehouder } from '../entities/dr-plan.entity';
import { ExtramuraleFaseSoort } from '../entities/extramurale-fase.entity';
import { GemeenteRegistratieSoort } from '../entities/gemeente-registratie';
import { InrichtingSoort } from '../entities/inrichting.entity';
import { TerugkeerwijzigingReden } from '../entities/terugkeerwijziging.entity';
import { Titel, VerblijfStatus } from '../entities/verblijf.entity';
import { PeriodeReden } from '../entities/verblijfsperiode.entity';
import { VerlofSoort } from '../entities/verlof.entity';

registerEnumType(Titel, { name: 'Titel', description: 'The legal title of a detention.' });
registerEnumType(VerblijfStatus, { name: 'VerblijfStatus', description: 'Where the person is in the verblijf.' });
registerEnumType(GemeenteRegistratieSoort, {
  name: 'GemeenteRegistratieSoort',
  description: 'Whether DJI could register a gemeente, and if not, why not.',
  valuesConfig: {
    GEMEENTE: { description: 'A Dutch gemeente is known.' },
    ZONDER_VASTE_WOON_OF_VERBLIJFPLAATS: { description: 'No fixed address (zvwv).' },
    NOG_NIET_BEKEND: { description: 'Not yet known.' },
    BUITENLAND: { description: 'Abroad; the country is recorded.' },
  },
});
registerEnumType(InrichtingSoort, { name: 'InrichtingSoort' });
registerEnumType(PeriodeReden, { name: 'PeriodeReden', description: 'Why a period in an inrichting began.' });
registerEnumType(Regiehouder, { name: 'Regiehouder', description: 'The party that has casusregie.' });
registerEnumType(AfspraakStatus, { name: 'AfspraakStatus' });
registerEnumType(BetrokkenheidAanleiding, {
  name: 'BetrokkenheidAanleiding',
  description: 'How DJI learned that an organisation takes part in the re-integration.',
  valuesConfig: {
    INFORMATIEVERZOEK_SCREENING: { description: 'The casemanager asked it for information for the screening.' },
    ADVIES: { description: 'It writes or wrote an advies on the person.' },
    TOEZICHT: { description: 'It holds a toezicht on the person.' },
  },
});
registerEnumType(TerugkeerwijzigingReden, {
  name: 'TerugkeerwijzigingReden',
  description: "Why DJI changed a stay's gemeente of return (seed 000 l. 254–256, seed 002 l. 126–130).",
  valuesConfig: {
    WENS_JUSTITIABELE: { description: 'The detainee wishes to live elsewhere.' },
    BELANGEN_SLACHTOFFERS: { description: "The victims' interests (for instance after a sexual offence)." },
    ZWAARWEGENDE_REDENEN: { description: 'Other weighty reasons not to return to the gemeente of origin.' },
  },
});
registerEnumType(VerlofSoort, {
  name: 'VerlofSoort',
  description: 'The kind of verlof (seed 001 l. 476–477).',
  valuesConfig: {
    KORTDUREND_REINTEGRATIEVERLOF: { description: 'Kortdurend re-integratieverlof.' },
    LANGDUREND_REINTEGRATIEVERLOF: { description: 'Langdurend re-integratieverlof.' },
    REINTEGRATIEVERLOF_EXTRAMURALE_ARBEID: { description: 'Re-integratieverlof voor extramurale arbeid.' },
  },
});
registerEnumType(ExtramuraleFaseSoort, {
  name: 'ExtramuraleFaseSoort',
  description: 'How part of the detention is served outside the walls (seed 001 l. 628–632).',
  valuesConfig: {
    ART_43_3_PBW: { description: 'A placement under art. 43, third paragraph, Pbw.' },
    PENITENTIAIR_PROGRAMMA: { description: 'The penitentiair programma.' },
    ISD_EXTRAMURAAL: { description: 'The extramural phase of the ISD measure.' },
  },
});

export {
  AfspraakStatus,
  ExtramuraleFaseSoort,
  BetrokkenheidAanleiding,
  GemeenteRegistratieSoort,
  InrichtingSoort,
  PeriodeReden,
  Regiehouder,
  TerugkeerwijzigingReden,
  Titel,
  VerblijfStatus,
  VerlofSoort,
};
