import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum InrichtingSoort {
  HUIS_VAN_BEWARING = 'HUIS_VAN_BEWARING',
  GEVANGENIS = 'GEVANGENIS',
  FORENSISCH_PSYCHIATRISCH_CENTRUM = 'FORENSISCH_PSYCHIATRISCH_CENTRUM',
  INRICHTING_STELSELMATIGE_DADERS = 'INRICHTING_STELSELMATIGE_DADERS',
}

/** A DJI location, as named in a casemanager's organisation (`dji:PI-ALMELO`). */
@Entity('inrichting')
export class InrichtingEntity {
  @PrimaryColumn()
  code: string;

  @Column()
  naam: string;

  @Column({ type: 'text' })
  soort: InrichtingSoort;

  @Column()
  plaats: string;
}
