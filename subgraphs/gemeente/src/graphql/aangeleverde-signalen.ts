import { Basisvoorwaarde, Signaal, SignaalSoort, SignaalStatus } from '@ketengraaf/subgraph-kit';

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

const isOneOf =
  <TValue extends string>(values: Record<string, TValue>) =>
  (value: unknown): value is TValue =>
    typeof value === 'string' && (Object.values(values) as string[]).includes(value);

const isSoort = isOneOf(SignaalSoort);
const isStatus = isOneOf(SignaalStatus);
const isBasisvoorwaarde = isOneOf(Basisvoorwaarde);

/**
 * Another party's signals as the gateway handed them over for `@requires`: only well-formed
 * signals, as their owner showed them to this caller; anything else, or null where the owner
 * refused them, is no signal. They decide nothing here, and nothing of them is stored.
 */
export function aangeleverdeSignalen(value: unknown): Signaal[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) {
      return [];
    }
    const { soort, deadline, status, afgerondOp, eigenaar, grondslag, procesversie, basisvoorwaarden } = item as Record<
      string,
      unknown
    >;
    if (
      !isSoort(soort) ||
      !isStatus(status) ||
      typeof deadline !== 'string' ||
      !DATUM.test(deadline) ||
      !(afgerondOp === null || (typeof afgerondOp === 'string' && DATUM.test(afgerondOp))) ||
      typeof eigenaar !== 'string' ||
      typeof grondslag !== 'string' ||
      typeof procesversie !== 'string' ||
      !Array.isArray(basisvoorwaarden) ||
      !basisvoorwaarden.every(isBasisvoorwaarde)
    ) {
      return [];
    }
    return [Signaal.of({ soort, deadline, status, afgerondOp, eigenaar, grondslag, procesversie, basisvoorwaarden })];
  });
}
