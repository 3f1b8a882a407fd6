import { meldingenMigrations, processingLogMigrations } from '@ketengraaf/subgraph-kit';

import { OmSchema1763900000200 } from './1763900000200-OmSchema';
import { BurgemeesterSchema1763900000201 } from './1763900000201-BurgemeesterSchema';
import { Brandstichting1763900000202 } from './1763900000202-Brandstichting';
import { ViToezicht1763900000203 } from './1763900000203-ViToezicht';
import { Reclasseringsmeldingen1763900000204 } from './1763900000204-Reclasseringsmeldingen';
import { OntvangenStukken1763900000205 } from './1763900000205-OntvangenStukken';
import { ViDatum1763900000208 } from './1763900000208-ViDatum';

/** The OM/burgemeester subgraph's migrations, in the order they run. */
export const omBurgemeesterMigrations = [
  OmSchema1763900000200,
  BurgemeesterSchema1763900000201,
  Brandstichting1763900000202,
  ViToezicht1763900000203,
  ...processingLogMigrations,
  ...meldingenMigrations,
  Reclasseringsmeldingen1763900000204,
  OntvangenStukken1763900000205,
  ViDatum1763900000208,
];
