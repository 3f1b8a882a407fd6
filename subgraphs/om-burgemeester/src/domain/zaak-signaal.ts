import type { SignaalSoort, SignaalStatus } from '@ketengraaf/subgraph-kit';

/** One of OM's deadlines on a case, as its domain computes it; the resolver adds owner and ground. */
export interface ZaakSignaal {
  readonly soort: SignaalSoort;
  readonly deadline: string;
  readonly status: SignaalStatus;
  readonly afgerondOp: string | null;
  readonly procesversie: string;
}
