import { ContactpersoonColumns } from '@ketengraaf/subgraph-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum PeriodeReden {
  INSTROOM = 'INSTROOM',
  OVERPLAATSING = 'OVERPLAATSING',
}

/** Where a verblijf was, from when to when, and which casemanager had the person then. */
@Entity('verblijfsperiode')
export class VerblijfsperiodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  verblijfId: string;

  @Column({ type: 'int' })
  volgnummer: number;

  @Column()
  inrichting: string;

  @Column({ type: 'date' })
  begindatum: string;

  @Column({ type: 'date', nullable: true })
  einddatum: string | null;

  @Column({ type: 'text' })
  reden: PeriodeReden;

  @Column(() => ContactpersoonColumns, { prefix: 'casemanager' })
  casemanager: ContactpersoonColumns;
}
