import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum OnderdakType {
  EIGEN_WONING = 'EIGEN_WONING',
  HUURWONING_REGULIER = 'HUURWONING_REGULIER',
  BIJ_FAMILIE_OF_VRIENDEN = 'BIJ_FAMILIE_OF_VRIENDEN',
  MAATSCHAPPELIJKE_OPVANG = 'MAATSCHAPPELIJKE_OPVANG',
  BESCHERMD_WONEN = 'BESCHERMD_WONEN',
  KAMERVERHUUR = 'KAMERVERHUUR',
  GEEN = 'GEEN',
}

export class IdentiteitsbewijsColumns {
  @Column({ type: 'date', nullable: true })
  aangevraagdOp: string | null;

  @Column({ type: 'date', nullable: true })
  gereedOp: string | null;
}

export class OnderdakColumns {
  @Column({ type: 'text', nullable: true })
  type: OnderdakType | null;

  @Column({ type: 'date', nullable: true })
  per: string | null;
}

export class InkomenColumns {
  @Column({ type: 'date', nullable: true })
  uitkeringAangevraagdOp: string | null;

  @Column({ type: 'date', nullable: true })
  uitkeringToegekendOp: string | null;

  @Column()
  werk: boolean;

  @Column()
  bankrekening: boolean;
}

export class SchuldenColumns {
  @Column({ type: 'date', nullable: true })
  schuldhulpGestartOp: string | null;
}

export class ZorgColumns {
  @Column()
  zorgverzekering: boolean;

  @Column({ type: 'text', nullable: true })
  indicatie: string | null;
}

/**
 * What the gemeente has arranged per basisvoorwaarde for one dossier. Created empty with the
 * dossier; changed one voorwaarde at a time under the dossier's version.
 */
@Entity('basisvoorwaarden_status')
export class BasisvoorwaardenStatusEntity {
  @PrimaryColumn({ type: 'uuid' })
  dossierId: string;

  @Column(() => IdentiteitsbewijsColumns, { prefix: 'identiteitsbewijs' })
  identiteitsbewijs: IdentiteitsbewijsColumns;

  @Column(() => OnderdakColumns, { prefix: 'onderdak' })
  onderdak: OnderdakColumns;

  @Column(() => InkomenColumns, { prefix: 'inkomen' })
  inkomen: InkomenColumns;

  @Column(() => SchuldenColumns, { prefix: 'schulden' })
  schulden: SchuldenColumns;

  @Column(() => ZorgColumns, { prefix: 'zorg' })
  zorg: ZorgColumns;
}
