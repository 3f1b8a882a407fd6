/**
 * `@ketengraaf/subgraph-kit/identity`: what signing a demo token takes (the kinds of organisation,
 * their roles, a signer), without the servers, GraphQL schema or database the kit's root loads.
 * For command-line tools that must start at once (`npm run token`).
 */
export { passesElfproef } from '../domain/bsn';
export { organisatieSoorten, parseOrganisatie } from '../domain/organisatie';
export type { OrganisatieSoort } from '../domain/organisatie';
export { rollenPerOrganisatie } from './caller';
export type { Rol } from './caller';
export { createTokenSigner, generateIssuerKey } from './local-issuer';
export type { TokenClaims } from './local-issuer';
