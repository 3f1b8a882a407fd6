import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { GemeenteRegistratie } from './gemeente-registratie';

/**
 * Why DJI changed a stay's gemeente of return. "In principe wordt teruggekeerd naar de gemeente van
 * herkomst behalve als er zwaarwegende redenen zijn dit niet te doen" (seed 000 l. 254–256); "Dit kan
 * de wens van de herkomstgemeente zijn, maar de gedetineerde kan zelf ook aangeven elders te willen
 * wonen" (seed 002 l. 127–130), "bijvoorbeeld na zedendelicten" (l. 127), for the victims' sake.
 */
export enum TerugkeerwijzigingReden {
  WENS_JUSTITIABELE = 'WENS_JUSTITIABELE',
  BELANGEN_SLACHTOFFERS = 'BELANGEN_SLACHTOFFERS',
  ZWAARWEGENDE_REDENEN = 'ZWAARWEGENDE_REDENEN',
}

/** One change of a stay's gemeente of return: from what, to what, why and from when. */
@Entity('terugkeerwijziging')
export class TerugkeerwijzigingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  verblijfId: string;

  @Column({ type: 'date' })
  datum: string;

  @Column(() => GemeenteRegistratie, { prefix: 'vorige' })
  vorige: GemeenteRegistratie;

  @Column(() => GemeenteRegistratie, { prefix: 'nieuwe' })
  nieuwe: GemeenteRegistratie;

  @Column({ type: 'text' })
  reden: TerugkeerwijzigingReden;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}
