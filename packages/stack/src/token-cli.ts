import { rollenPerOrganisatie } from '@ketengraaf/subgraph-kit/identity';

import { signDemoToken } from './demo-token';
import { parseIdentityChoice } from './identity-config';

const USAGE = `Usage: npm run -s token -- <organisation> <role> [user] [bsn [skn]]

Prints a token of the local demo issuer of \`npm start\` (valid 8 hours), e.g.

  npm run -s token -- gemeente:0363 nazorgcoordinator u-123
  npm run -s token -- burger betrokkene digid-1 111222333 1000000000   (a person: BSN, strafrechtsketennummer)

Roles per kind of organisation:
${Object.entries(rollenPerOrganisatie)
  .map(([soort, rollen]) => `  ${soort.padEnd(13)} ${rollen.join(', ')}`)
  .join('\n')}`;

/**
 * `npm run token`: signs a token with the demo issuer's kept key and the issuer URL the running
 * stack uses (`http://127.0.0.1:<ISSUER_PORT>`), whether or not `npm start` is running. Only the
 * token goes to stdout, so `$(npm run -s token -- …)` can be used in a header. It loads the kit's
 * identity alone, not the parties or the kit's servers, so it answers at once.
 */
async function main(args: readonly string[]): Promise<void> {
  const [organisatie, rol, gebruiker = 'demo-user', bsn, skn, ...rest] = args;
  if (!organisatie || !rol || rest.length > 0 || organisatie === '--help' || organisatie === '-h') {
    throw new Error(USAGE);
  }
  const identity = parseIdentityChoice(process.env);
  if (identity.kind === 'external') {
    throw new Error(
      `An external token issuer is configured (AUTH_ISSUER=${identity.identity.issuer}): get tokens from it. This command signs only for the local demo issuer.`,
    );
  }
  process.stdout.write(
    `${await signDemoToken(identity, {
      organisatie,
      rol,
      gebruiker,
      ...(bsn === undefined ? {} : { bsn }),
      ...(skn === undefined ? {} : { skn }),
    })}\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
