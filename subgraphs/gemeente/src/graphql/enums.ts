import { registerEnumType } from 'type-graphql';

import { OnderdakType } from '../entities/basisvoorwaarden-status.entity';
import { DossierStatus, GemeenteRol, Procesregie } from '../entities/nazorgdossier.entity';

registerEnumType(GemeenteRol, {
  name: 'GemeenteRol',
  description: 'The part a gemeente plays for the person in this dossier.',
  valuesConfig: {
    HERKOMSTGEMEENTE: { description: 'The gemeente the person came from.' },
    ONTVANGENDE_GEMEENTE: { description: 'The gemeente the person returns to.' },
  },
});
registerEnumType(Procesregie, {
  name: 'Procesregie',
  description: 'Who has procesregie over the return.',
  valuesConfig: {
    GEMEENTE: { description: 'The gemeente itself.' },
    ZORG_EN_VEILIGHEIDSHUIS: { description: 'The regional Zorg- en Veiligheidshuis; it must be involved.' },
  },
});
registerEnumType(DossierStatus, {
  name: 'DossierStatus',
  description: 'Whether a nazorgdossier is still open.',
  valuesConfig: {
    AANGEMELD: { description: "Opened from DJI's melding that the detention began; not yet taken up." },
    OVERGEDRAGEN: {
      description: 'Closed: the gemeente of return changed and this gemeente handed over to the new one.',
    },
  },
});
registerEnumType(OnderdakType, {
  name: 'OnderdakType',
  description: 'Where the person lives, or will live, after release.',
  valuesConfig: {
    GEEN: { description: 'No onderdak: the hard case the werkstroom signals.' },
  },
});

export { DossierStatus, GemeenteRol, OnderdakType, Procesregie };
