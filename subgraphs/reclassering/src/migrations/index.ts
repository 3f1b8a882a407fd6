import { meldingenMigrations, processingLogMigrations } from '@ketengraaf/subgraph-kit';

import { InitialSchema1795470000000 } from './1795470000000-InitialSchema';
import { InrichtingEnMeldingenAanOm1795480000000 } from './1795480000000-InrichtingEnMeldingenAanOm';
import { OvertredingsmeldingViaOutbox1795490000000 } from './1795490000000-OvertredingsmeldingViaOutbox';
import { Adviesopdrachten1795500000000 } from './1795500000000-Adviesopdrachten';
import { VervroegdeInvrijheidstelling1795510000000 } from './1795510000000-VervroegdeInvrijheidstelling';
import { OudeOvertredingsmeldingenInOutbox1795520000000 } from './1795520000000-OudeOvertredingsmeldingenInOutbox';
import { Screeningmeldingen1795530000000 } from './1795530000000-Screeningmeldingen';
import { VervroegdGemeldOp1795540000110 } from './1795540000110-VervroegdGemeldOp';

/** The reclassering subgraph's migrations, in the order they run. */
export const reclasseringMigrations = [
  InitialSchema1795470000000,
  ...processingLogMigrations,
  ...meldingenMigrations,
  InrichtingEnMeldingenAanOm1795480000000,
  OvertredingsmeldingViaOutbox1795490000000,
  Adviesopdrachten1795500000000,
  VervroegdeInvrijheidstelling1795510000000,
  OudeOvertredingsmeldingenInOutbox1795520000000,
  Screeningmeldingen1795530000000,
  VervroegdGemeldOp1795540000110,
];
