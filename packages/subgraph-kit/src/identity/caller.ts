import type { OrganisatieSoort } from '../domain/organisatie';

/** The roles a token may carry, and which kind of organisation holds each. */
export const rollenPerOrganisatie = {
  dji: ['casemanager', 'privacy-officer', 'beheerder'],
  gemeente: ['nazorgcoordinator', 'privacy-officer', 'beheerder', 'sociaal-domein-systeem'],
  reclassering: ['adviseur', 'toezichthouder', 'privacy-officer', 'beheerder'],
  om: ['officier', 'privacy-officer', 'beheerder'],
  burgemeester: ['oov-adviseur', 'privacy-officer', 'beheerder'],
  justid: ['bij-medewerker'],
  zvh: ['procesregisseur'],
  // The landelijke regiegroep and the Inspectie JenV read only the chain's figures, no person.
  regiegroep: ['analist'],
  inspectie: ['analist'],
  // The data subject, who reads only their own trail in each party's processing log.
  burger: ['betrokkene'],
} as const satisfies Record<OrganisatieSoort, readonly string[]>;

export type Rol = (typeof rollenPerOrganisatie)[OrganisatieSoort][number];

/**
 * The roles only a machine client holds: a token with one of them is a client-credentials token
 * (`client_id` equal to `sub`), and no person's token carries one. A gemeente's social-domain
 * system reads its own dossiers' basisvoorwaarden (the gemeente's policy, ground SOCIAAL_DOMEIN).
 */
export const machineRollen: readonly Rol[] = ['sociaal-domein-systeem'];

/** Who asks, as the verified token says: organisation, role and user. */
export interface Caller {
  /** Organisation identifier, e.g. `gemeente:0363`. */
  readonly organisatie: string;
  readonly soort: OrganisatieSoort;
  /** The part after the colon: a gemeentecode, a DJI location, a reclassering organisation. */
  readonly code: string | null;
  readonly rol: Rol;
  /** The user id (`sub`); it goes only into the audit record, never into the processing log. */
  readonly gebruiker: string;
  /**
   * The BSN a betrokkene's token carries, as a DigiD-backed issuer vouches for it; absent for
   * everyone else. It names whose trail the caller may read and goes into no log.
   */
  readonly bsn?: string;
  /**
   * The strafrechtsketennummer the chain's login service adds to a betrokkene's token, as Justid's
   * strafrechtsketendatabank links it to the BSN: OM and the reclassering know a person by it alone,
   * and no party is asked for it. Absent for a person the chain has no number for.
   */
  readonly skn?: string;
}
