import type { OrganisatieSoort } from '../domain/organisatie';
import { verwerkingsactiviteit } from '../policy/grondslag';
import type { Grondslag } from '../policy/grondslag';

/**
 * What a party withholds from a betrokkene's trail, and the law that lets it (AVG art. 23 as
 * art. 41 UAVG implements it; for criminal-justice data Richtlijn 2016/680 art. 15 as the Wjsg
 * implements it). A record is withheld when it was read on one of `gronden`, or is about the data
 * of an owner of one of `bronhouders`. The trail does not say that something was withheld: saying
 * so would tell what the restriction protects.
 */
export interface Inzagebeperking {
  readonly gronden?: readonly Grondslag[];
  readonly bronhouders?: readonly OrganisatieSoort[];
  /** The law and the reason, as the party's README states them. */
  readonly wet: string;
}

/** The party's restrictions as the processing log's search leaves them out. */
export function withheldFromTrail(
  party: string,
  beperkingen: readonly Inzagebeperking[],
): { readonly activities: readonly string[]; readonly ownerKinds: readonly string[] } {
  return {
    activities: beperkingen.flatMap(({ gronden = [] }) => gronden.map((grond) => verwerkingsactiviteit(party, grond))),
    ownerKinds: beperkingen.flatMap(({ bronhouders = [] }) => bronhouders),
  };
}
