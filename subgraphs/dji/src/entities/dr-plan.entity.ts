import { Basisvoorwaarde } from '@ketengraaf/subgraph-kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum Regiehouder {
  DJI = 'DJI',
  GEMEENTE = 'GEMEENTE',
  RECLASSERING = 'RECLASSERING',
}

export enum AfspraakStatus {
  OPEN = 'OPEN',
  LOPEND = 'LOPEND',
  GEREED = 'GEREED',
  VERVALLEN = 'VERVALLEN',
}

/** One version of a D&R-plan. Versions are never changed: a new plan is a new row. */
@Entity('dr_plan')
export class DrPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  verblijfId: string;

  @Column({ type: 'int' })
  versie: number;

  @Column({ type: 'text' })
  regie: Regiehouder;

  @Column({ type: 'text', array: true })
  deelnemendeOrganisaties: string[];

  @Column()
  justitiabeleBetrokken: boolean;

  @Column({ type: 'text', nullable: true })
  wensenJustitiabele: string | null;

  @Column({ type: 'date' })
  vastgesteldOp: string;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}

@Entity('dr_afspraak')
export class DrAfspraakEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  planId: string;

  @Column({ type: 'int' })
  volgnummer: number;

  @Column({ type: 'text' })
  basisvoorwaarde: Basisvoorwaarde;

  @Column()
  omschrijving: string;

  @Column()
  verantwoordelijkePartij: string;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'text' })
  status: AfspraakStatus;
}
