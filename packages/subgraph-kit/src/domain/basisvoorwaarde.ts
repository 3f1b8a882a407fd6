import { registerEnumType } from 'type-graphql';

/**
 * The five basisvoorwaarden of the chain, plus sociaal netwerk as protective factor. One enum for
 * every subgraph, so a D&R-afspraak and a gemeente's status speak of the same thing.
 */
export enum Basisvoorwaarde {
  IDENTITEITSBEWIJS = 'IDENTITEITSBEWIJS',
  ONDERDAK = 'ONDERDAK',
  WERK_EN_INKOMEN = 'WERK_EN_INKOMEN',
  SCHULDEN = 'SCHULDEN',
  ZORG = 'ZORG',
  SOCIAAL_NETWERK = 'SOCIAAL_NETWERK',
}

registerEnumType(Basisvoorwaarde, {
  name: 'Basisvoorwaarde',
  description: 'The five basisvoorwaarden for re-integration, plus sociaal netwerk as protective factor.',
  valuesConfig: {
    IDENTITEITSBEWIJS: { description: 'A valid identity document.' },
    ONDERDAK: { description: 'A place to live from the day of release.' },
    WERK_EN_INKOMEN: { description: 'Work or income, including scholing and dagbesteding.' },
    SCHULDEN: { description: 'Insight into debts and, where needed, schuldhulpverlening.' },
    ZORG: { description: 'Care, including a zorgverzekering.' },
    SOCIAAL_NETWERK: { description: 'A protective social network (not a basisvoorwaarde itself).' },
  },
});
