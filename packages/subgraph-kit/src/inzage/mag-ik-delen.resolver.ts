import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';

import { parseBsn } from '../domain/bsn';
import type { OrganisatieSoort } from '../domain/organisatie';
import { clientError } from '../errors/client-error';
import type { Betrokkene } from '../policy/access-policy';
import { verwerkingsactiviteit } from '../policy/grondslag';
import { declaredReads } from '../policy/guard-schema';
import type { DeclaredRead } from '../policy/guard-schema';
import type { RequestAccess, WouldGrant } from '../policy/request-access';
import { knownAs, queryPrefix } from '../processing-log/processing-log.resolver';
import type { ProcessingLogDependencies } from '../processing-log/processing-log.resolver';
import { BetrokkeneInput, BetrokkeneSoort } from '../processing-log/processing-log.types';

import { Deelbaarheid } from './inzage.types';

type DryRunAccess = Pick<RequestAccess<unknown>, 'caller' | 'refuse' | 'permitUnderAvg' | 'wouldGrant'>;

/** Who shares no person's data, and so has nothing to ask: the person, and the chain's analists. */
const DELEN_NIETS: readonly OrganisatieSoort[] = ['burger', 'regiegroep', 'inspectie'];

/**
 * "Mag ik dit delen?": `<party>MagIkDelen(betrokkene)` tells the caller, for every field of the
 * person's data the party's schema declares with `@doelbinding`, whether the caller may read it,
 * on which ground, and what the read would log, decided by the party's policy exactly as the guard
 * decides a read, but reading none of the fields and recording none of those decisions. The
 * question itself is logged, as a processing of the person under art. 5 lid 2 AVG. Where the
 * party keeps several owners' records, the answer is per owner (`bronhouder`), as the guard decides
 * each owner's record; a ground that holds per record of one owner (art. 51c WJSG per stay) is
 * reported when it holds for one of the person's records at least. An unknown person gets the
 * answer of one the caller has no ground for.
 */
export function magIkDelenResolver({
  party,
  perOwner,
}: {
  readonly party: string;
  /** Whether the subgraph keeps several owners' records: the question is then logged as the asking organisation's. */
  readonly perOwner: boolean;
}): new (dependencies: Pick<ProcessingLogDependencies, 'alsoKnownAs'>) => object {
  const name = `${queryPrefix(party)}MagIkDelen`;
  @Resolver()
  class MagIkDelenResolver {
    constructor(private readonly dependencies: Pick<ProcessingLogDependencies, 'alsoKnownAs'>) {}

    @Query(() => [Deelbaarheid], {
      name,
      description: `Mag ik dit delen? For one person, every field of theirs the ${party} subgraph keeps: whether you may read it, on which legal ground, and what would be logged, without reading it. The question is logged.`,
    })
    async magIkDelen(
      @Arg('betrokkene', () => BetrokkeneInput) input: BetrokkeneInput,
      @Ctx() { access }: { access: DryRunAccess },
      @Info() info: GraphQLResolveInfo,
    ): Promise<Deelbaarheid[]> {
      const resource = `Query.${name}`;
      if (DELEN_NIETS.includes(access.caller.soort)) {
        throw access.refuse(resource, ['ART_5_LID_2_AVG']);
      }
      const betrokkene: Betrokkene = { soort: input.soort, nummer: parseNummer(input) };
      // Where each owner's privacy officer reads only its own part of the log, the question belongs
      // to the asking organisation's, which answers for its staff's questions as for their refusals.
      access.permitUnderAvg(
        resource,
        perOwner ? { ...betrokkene, bronhouder: access.caller.organisatie } : betrokkene,
        'ART_5_LID_2_AVG',
      );
      const identities = await knownAs(this.dependencies, betrokkene);
      const perField = await Promise.all(
        declaredReads(info.schema).map((read) => deelbaarheden(party, access, read, identities)),
      );
      return perField.flat();
    }
  }
  return MagIkDelenResolver;
}

/**
 * The grants under the first of the person's numbers the party decides by (DJI: the
 * strafrechtsketennummer), one per owner; one DENY where none holds.
 */
async function deelbaarheden(
  party: string,
  access: DryRunAccess,
  read: DeclaredRead,
  identities: readonly Betrokkene[],
): Promise<Deelbaarheid[]> {
  for (const identity of identities) {
    const grants = await access.wouldGrant(read.gronden, identity);
    if (grants.length > 0) {
      return grants.map((grant) => toDeelbaarheid(party, read, grant));
    }
  }
  return [toDeelbaarheid(party, read, null)];
}

/** The person's number: a BSN passing the elfproef, or a strafrechtsketennummer of digits. */
function parseNummer(input: BetrokkeneInput): string {
  const nummer = input.nummer.trim();
  if (input.soort === BetrokkeneSoort.BSN) {
    return parseBsn(nummer);
  }
  if (!/^\d{1,12}$/.test(nummer)) {
    throw clientError('INVALID_INPUT', 'A strafrechtsketennummer is digits only, at most 12.');
  }
  return nummer;
}

function toDeelbaarheid(party: string, read: DeclaredRead, grant: WouldGrant | null): Deelbaarheid {
  return Object.assign(new Deelbaarheid(), {
    veld: read.resource,
    gronden: [...read.gronden],
    besluit: grant ? 'PERMIT' : 'DENY',
    grondslag: grant?.grondslag ?? null,
    beleid: grant ? verwerkingsactiviteit(party, grant.grondslag) : 'no-legal-ground',
    bronhouder: grant?.bronhouder ?? null,
  });
}
