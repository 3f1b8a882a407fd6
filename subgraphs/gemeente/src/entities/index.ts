import { BasisvoorwaardenStatusEntity } from './basisvoorwaarden-status.entity';
import { NazorgdossierEntity } from './nazorgdossier.entity';

export const gemeenteEntities = [NazorgdossierEntity, BasisvoorwaardenStatusEntity];
