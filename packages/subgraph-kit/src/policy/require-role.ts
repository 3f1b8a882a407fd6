import { GraphQLError } from 'graphql';

import type { OrganisatieSoort } from '../domain/organisatie';
import type { Caller, Rol } from '../identity/caller';

/**
 * Refuses a change unless the caller works at an organisation of `soort` in one of `rollen`:
 * a party's records are written only by that party's own staff.
 */
export function requireRole(caller: Caller, soort: OrganisatieSoort, ...rollen: [Rol, ...Rol[]]): void {
  if (caller.soort !== soort || !rollen.includes(caller.rol)) {
    throw new GraphQLError(
      `Only ${rollen.join(' or ')} staff of a ${soort} organisation may do this; ${caller.organisatie} (${caller.rol}) may not.`,
      { extensions: { code: 'ACCESS_DENIED' } },
    );
  }
}
