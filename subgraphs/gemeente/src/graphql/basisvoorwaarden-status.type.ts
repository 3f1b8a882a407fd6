import { DatumScalar } from '@ketengraaf/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

import type { BasisvoorwaardenStatusEntity } from '../entities/basisvoorwaarden-status.entity';

import { OnderdakType } from './enums';

@ObjectType({ description: 'Identiteitsbewijs: when it was applied for and when it was ready.' })
export class IdentiteitsbewijsStatus {
  @Field(() => DatumScalar, { nullable: true })
  aangevraagdOp: string | null;

  @Field(() => DatumScalar, { nullable: true })
  gereedOp: string | null;
}

@ObjectType({ description: 'Onderdak: what kind, from when. Both empty while unknown.' })
export class OnderdakStatus {
  @Field(() => OnderdakType, { nullable: true })
  type: OnderdakType | null;

  @Field(() => DatumScalar, { nullable: true })
  per: string | null;
}

@ObjectType({ description: 'Werk & inkomen: the uitkering, work, and a bank account.' })
export class InkomenStatus {
  @Field(() => DatumScalar, { nullable: true })
  uitkeringAangevraagdOp: string | null;

  @Field(() => DatumScalar, { nullable: true })
  uitkeringToegekendOp: string | null;

  @Field()
  werk: boolean;

  @Field()
  bankrekening: boolean;
}

@ObjectType({ description: 'Schulden: when schuldhulpverlening started, if it did.' })
export class SchuldenStatus {
  @Field(() => DatumScalar, { nullable: true })
  schuldhulpGestartOp: string | null;
}

@ObjectType({ description: 'Zorg: the zorgverzekering and any indicatie for care.' })
export class ZorgStatus {
  @Field()
  zorgverzekering: boolean;

  @Field(() => String, { nullable: true })
  indicatie: string | null;
}

@ObjectType({ description: 'What the gemeente has arranged per basisvoorwaarde, as it realises it.' })
export class BasisvoorwaardenStatus {
  @Field(() => IdentiteitsbewijsStatus)
  identiteitsbewijs: IdentiteitsbewijsStatus;

  @Field(() => OnderdakStatus)
  onderdak: OnderdakStatus;

  @Field(() => InkomenStatus)
  inkomen: InkomenStatus;

  @Field(() => SchuldenStatus)
  schulden: SchuldenStatus;

  @Field(() => ZorgStatus)
  zorg: ZorgStatus;

  static from(entity: BasisvoorwaardenStatusEntity): BasisvoorwaardenStatus {
    return Object.assign(new BasisvoorwaardenStatus(), {
      identiteitsbewijs: Object.assign(new IdentiteitsbewijsStatus(), entity.identiteitsbewijs),
      onderdak: Object.assign(new OnderdakStatus(), entity.onderdak),
      inkomen: Object.assign(new InkomenStatus(), entity.inkomen),
      schulden: Object.assign(new SchuldenStatus(), entity.schulden),
      zorg: Object.assign(new ZorgStatus(), entity.zorg),
    });
  }
}
