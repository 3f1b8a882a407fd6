import { createUnionType } from 'type-graphql';

import { Omgevingsanalyse } from './omgevingsanalyse.type';
import { Zienswijze } from './zienswijze.type';

/** What `stuurNaarOm` sends: a zienswijze or an omgevingsanalyse. */
export const StukAanOm = createUnionType({
  name: 'StukAanOm',
  description: "A burgemeester's document for OM: a zienswijze or an omgevingsanalyse.",
  types: () => [Zienswijze, Omgevingsanalyse] as const,
});
