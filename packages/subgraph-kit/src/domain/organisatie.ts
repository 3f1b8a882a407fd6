import { clientError } from '../errors/client-error';

import { djiLocaties } from './dji-locaties';
import { parseGemeentecode } from './gemeenten';
import { zorgEnVeiligheidshuizen } from './zorg-en-veiligheidshuizen';

/** The kinds of organisation in the chain, as identity tokens and records name them. */
export const organisatieSoorten = [
  'dji',
  'gemeente',
  'reclassering',
  'om',
  'burgemeester',
  'justid',
  'zvh',
  'regiegroep',
  'inspectie',
  // A person asking about themself (AVG art. 15), as a DigiD-backed issuer vouches for them: not
  // an organisation of the chain, so no record names it and it holds no ground for anyone's data.
  'burger',
] as const;
export type OrganisatieSoort = (typeof organisatieSoorten)[number];

const RECLASSERINGSORGANISATIES = ['RN', 'SVG', 'LJ&R'] as const;

/**
 * Validates an organisation identifier (`dji:PI-ALMELO`, `gemeente:0363`, `reclassering:RN`,
 * `om`, `burgemeester:0363`, `justid`, `regiegroep`, `inspectie`, `burger`): the form every party uses to name another. Codes are
 * checked against the lists of DJI's locations, the CBS gemeenten, the reclassering organisations
 * and the Zorg- en Veiligheidshuizen.
 */
export function parseOrganisatie(value: string): string {
  const [soort, code, ...rest] = value.split(':');
  const invalid = (reason: string): never => {
    throw clientError('INVALID_INPUT', `Organisation "${value}" is not valid: ${reason}.`);
  };
  if (rest.length > 0 || !organisatieSoorten.includes(soort as OrganisatieSoort)) {
    invalid(`it starts with one of ${organisatieSoorten.join(', ')}, optionally followed by ":" and a code`);
  }
  switch (soort as OrganisatieSoort) {
    case 'gemeente':
    case 'burgemeester':
      parseGemeentecode(code ?? invalid('a gemeente is named by its gemeentecode'));
      break;
    case 'reclassering':
      if (!RECLASSERINGSORGANISATIES.includes(code as (typeof RECLASSERINGSORGANISATIES)[number])) {
        invalid(`the reclassering organisations are ${RECLASSERINGSORGANISATIES.join(', ')}`);
      }
      break;
    case 'dji':
      if (!code || !djiLocaties.includes(code)) {
        invalid(`dji is followed by the code of one of DJI's locations (${djiLocaties.slice(0, 3).join(', ')}, …)`);
      }
      break;
    case 'zvh':
      if (!code || !zorgEnVeiligheidshuizen.some((zvh) => zvh.code === code)) {
        invalid(
          `zvh is followed by the code of a Zorg- en Veiligheidshuis's region (${zorgEnVeiligheidshuizen
            .slice(0, 3)
            .map((zvh) => zvh.code)
            .join(', ')}, …)`,
        );
      }
      break;
    case 'om':
    case 'justid':
    case 'regiegroep':
    case 'inspectie':
    case 'burger':
      if (code !== undefined) {
        invalid(`${soort} has no code`);
      }
      break;
  }
  return value;
}
