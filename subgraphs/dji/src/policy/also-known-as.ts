import type { Betrokkene } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { JustitiabeleEntity } from '../entities/justitiabele.entity';

/**
 * DJI logs a person by strafrechtsketennummer; a data subject asks by BSN. This gives the other
 * number DJI registered for the person, so a privacy officer's search by either finds DJI's records.
 */
export function djiAlsoKnownAs(dataSource: DataSource): (betrokkene: Betrokkene) => Promise<Betrokkene[]> {
  return async ({ soort, nummer }) => {
    const repository = dataSource.getRepository(JustitiabeleEntity);
    const person = await repository.findOneBy(soort === 'BSN' ? { bsn: nummer } : { id: nummer });
    if (!person) {
      return [];
    }
    return [soort === 'BSN' ? { soort: 'SKN', nummer: person.id } : { soort: 'BSN', nummer: person.bsn }];
  };
}
