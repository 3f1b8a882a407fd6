import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Why DJI knows that an organisation takes part in a person's re-integration. */
export enum BetrokkenheidAanleiding {
  /** The casemanager asked the organisation for information for the screening (within 10 days of instroom). */
  INFORMATIEVERZOEK_SCREENING = 'INFORMATIEVERZOEK_SCREENING',
  /** DJI learned of an advies the organisation is writing or wrote. */
  ADVIES = 'ADVIES',
  /** DJI learned of a toezicht the organisation holds. */
  TOEZICHT = 'TOEZICHT',
}

/**
 * A reclassering organisation DJI recorded as taking part in the re-integration of one verblijf,
 * before or beside the D&R-plan: from instroom on the casemanager shares the screening with it.
 */
@Entity('betrokken_organisatie')
export class BetrokkenOrganisatieEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  verblijfId: string;

  @Column()
  organisatie: string;

  @Column({ type: 'text' })
  aanleiding: BetrokkenheidAanleiding;

  @Column({ type: 'date' })
  datum: string;

  @CreateDateColumn({ type: 'timestamptz' })
  geregistreerdOp: Date;
}
