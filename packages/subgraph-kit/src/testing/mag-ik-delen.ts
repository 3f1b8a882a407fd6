import type { TokenClaims } from '../identity/local-issuer';
import { queryPrefix } from '../processing-log/processing-log.resolver';

import type { TestSubgraph } from './test-subgraph';

/** One answer of the dry run, as `<party>MagIkDelen` gives it. */
export interface Deelbaarheid {
  readonly veld: string;
  readonly gronden: readonly string[];
  readonly besluit: 'PERMIT' | 'DENY';
  readonly grondslag: string | null;
  readonly beleid: string;
  readonly bronhouder: string | null;
}

/** Asks a party's subgraph "mag ik dit delen?" for one person, as `caller`; fails on any error. */
export async function askMagIkDelen(
  subgraph: Pick<TestSubgraph<unknown>, 'ask'>,
  party: string,
  caller: TokenClaims,
  betrokkene: { readonly soort: 'BSN' | 'SKN'; readonly nummer: string },
): Promise<Deelbaarheid[]> {
  const name = `${queryPrefix(party)}MagIkDelen`;
  const response = await subgraph.ask(
    `query ($betrokkene: BetrokkeneInput!) { ${name}(betrokkene: $betrokkene) { veld gronden besluit grondslag beleid bronhouder } }`,
    { betrokkene },
    caller,
  );
  if (response.errors) {
    throw new Error(`${name} failed: ${JSON.stringify(response.errors)}`);
  }
  return response.data?.[name] as Deelbaarheid[];
}

/**
 * The ground the dry run names for `veld`: for the records of `bronhouder` where it is given, or
 * else as the guard decides a read of the person as such, the first of the field's declared grounds
 * that any owner's records grant. Null when the dry run says DENY.
 */
export function dryRunGround(answer: readonly Deelbaarheid[], veld: string, bronhouder?: string): string | null {
  const rows = answer.filter((row) => row.veld === veld);
  if (rows.length === 0) {
    throw new Error(`The dry run does not name ${veld}.`);
  }
  const granted = rows.filter(
    (row) => row.besluit === 'PERMIT' && (bronhouder === undefined || row.bronhouder === bronhouder),
  );
  const gronden = rows[0]?.gronden ?? [];
  return gronden.find((grond) => granted.some((row) => row.grondslag === grond)) ?? null;
}
