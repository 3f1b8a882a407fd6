import { registerEnumType } from 'type-graphql';

import { BijzondereVoorwaardeType } from '../entities/bijzondere-voorwaarde.entity';
import { NalevingUitkomst } from '../entities/naleving.entity';
import { MeldingStatus } from '../entities/overtredingsmelding.entity';
import { Risiconiveau } from '../entities/risicotaxatie.entity';
import { ToezichtStatus } from '../entities/toezicht.entity';

registerEnumType(BijzondereVoorwaardeType, {
  name: 'BijzondereVoorwaardeType',
  description: 'The kinds of bijzondere voorwaarde the reclassering supervises.',
  valuesConfig: {
    MELDPLICHT: { description: 'Reporting to the reclassering; takes a meldfrequentie.' },
    LOCATIEVERBOD: { description: 'Staying out of an area; takes the gebied.' },
    CONTACTVERBOD: { description: 'No contact with someone; takes whom (contactMet).' },
    GEDRAGSINTERVENTIE: { description: 'Taking part in a behavioural programme; may name the instelling.' },
    BEHANDELING: { description: 'Treatment, e.g. forensic care; takes the instelling.' },
    MIDDELENVERBOD: { description: 'No alcohol or drugs, with checks.' },
    ELEKTRONISCHE_MONITORING: { description: 'An ankle monitor; may name the gebied it watches.' },
  },
});
registerEnumType(ToezichtStatus, { name: 'ToezichtStatus', description: 'Whether a toezicht is still lopend.' });
registerEnumType(NalevingUitkomst, {
  name: 'NalevingUitkomst',
  description: 'The outcome of one check of a bijzondere voorwaarde.',
  valuesConfig: {
    OVERTREDEN: { description: 'Breached: recorded with a melding to OM, in the same transaction.' },
    NIET_GECONTROLEERD: { description: 'Not checked this time.' },
  },
});
registerEnumType(MeldingStatus, {
  name: 'MeldingStatus',
  description: 'Whether a melding has been delivered to the party it is for.',
  valuesConfig: {
    TE_VERZENDEN: { description: 'In the outbox, waiting for delivery or a retry.' },
    VERZONDEN: { description: "Delivered: the receiver's inbox confirmed it." },
    ONBESTELBAAR: { description: "Given up on after its attempts, or refused: the beheerder's dead letter." },
  },
});
registerEnumType(Risiconiveau, { name: 'Risiconiveau', description: 'A risk level of a risicotaxatie.' });

export { BijzondereVoorwaardeType, MeldingStatus, NalevingUitkomst, Risiconiveau, ToezichtStatus };
