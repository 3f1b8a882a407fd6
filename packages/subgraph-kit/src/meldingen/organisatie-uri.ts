import { parseOrganisatie } from '../domain/organisatie';

const BASE = 'https://ketengraaf.nl/organisaties/';

/**
 * The URI of an organisation as a CloudEvent's `source` (NL GOV profile: a URI of the sending
 * organisation): `https://ketengraaf.nl/organisaties/dji/PI-VUGHT`, `…/gemeente/0363`, `…/om`.
 * Ketengraaf's organisations have no OIN of their own in this project, so `urn:nld:oin:` is not used.
 */
export function organisatieUri(organisatie: string): string {
  return BASE + parseOrganisatie(organisatie).split(':').map(encodeURIComponent).join('/');
}

/** The organisation a `source` URI names, or null when it names none. */
export function organisatieVanUri(uri: string): string | null {
  if (!uri.startsWith(BASE)) {
    return null;
  }
  const organisatie = uri.slice(BASE.length).split('/').map(decodeURIComponent).join(':');
  try {
    return parseOrganisatie(organisatie);
  } catch {
    return null;
  }
}
