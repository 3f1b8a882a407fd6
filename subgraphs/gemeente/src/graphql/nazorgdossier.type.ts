import { connectionOf, Contactpersoon, DatumScalar, GemeentecodeScalar } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { NazorgdossierEntity } from '../entities/nazorgdossier.entity';

import { DossierStatus, GemeenteRol, Procesregie } from './enums';

@ObjectType({ description: "A gemeente's nazorgdossier on one resident who is detained or returns." })
export class Nazorgdossier {
  @Field(() => ID)
  id: string;

  bsn: string;

  @Field(() => GemeentecodeScalar, { description: 'The gemeente that keeps this dossier.' })
  gemeentecode: string;

  @Field(() => GemeenteRol)
  rol: GemeenteRol;

  @Field(() => GemeentecodeScalar, { nullable: true, description: 'Gemeente of origin as this gemeente knows it.' })
  herkomstgemeente: string | null;

  @Field(() => GemeentecodeScalar, { nullable: true, description: 'Gemeente of return as this gemeente knows it.' })
  ontvangendeGemeente: string | null;

  @Field({ description: 'Organisation identifier of whoever notified the gemeente, e.g. dji:PI-VUGHT.' })
  aangemeldDoor: string;

  @Field(() => Contactpersoon, { description: "The gemeente's nazorgcoördinator for this dossier." })
  nazorgcoordinator: Contactpersoon;

  @Field(() => Procesregie)
  procesregie: Procesregie;

  @Field({ description: 'Whether the Zorg- en Veiligheidshuis takes part.' })
  zvhBetrokken: boolean;

  @Field(() => String, { nullable: true, description: 'Which Zorg- en Veiligheidshuis, when one takes part.' })
  zvhNaam: string | null;

  @Field(() => DossierStatus)
  status: DossierStatus;

  @Field(() => DatumScalar)
  geopendOp: string;

  @Field(() => DatumScalar, { nullable: true })
  geslotenOp: string | null;

  @Field(() => Int, {
    description: 'Pass back as `verwachteVersie` when changing this dossier or its basisvoorwaarden.',
  })
  versie: number;

  static from(entity: NazorgdossierEntity): Nazorgdossier {
    return Object.assign(new Nazorgdossier(), {
      id: entity.id,
      bsn: entity.bsn,
      gemeentecode: entity.gemeentecode,
      rol: entity.rol,
      herkomstgemeente: entity.herkomstgemeente,
      ontvangendeGemeente: entity.ontvangendeGemeente,
      aangemeldDoor: entity.aangemeldDoor,
      nazorgcoordinator: Contactpersoon.from(entity.nazorgcoordinator),
      procesregie: entity.procesregie,
      zvhBetrokken: entity.zvhBetrokken,
      zvhNaam: entity.zvhNaam,
      status: entity.status,
      geopendOp: entity.geopendOp,
      geslotenOp: entity.geslotenOp,
      versie: entity.versie,
    });
  }
}

export const NazorgdossierConnection = connectionOf(Nazorgdossier, 'Nazorgdossier');
