import type { ReferenceResolver } from '@ketengraaf/subgraph-kit';

import type { OmBurgemeesterContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { GemeenteRegistratie, Verblijf } from './verblijf.external';

/**
 * Resolves a Justitiabele the gateway names by `id`. OM and the burgemeesters can speak of any
 * person, with or without records here, so no row is read: the guard decides from the request's
 * loaders whether the caller may see the person at all, and each field reads through them. DJI's
 * stay comes along where a field `@requires` it.
 */
export const resolveJustitiabeleReference: ReferenceResolver<OmBurgemeesterContext> = (representation) => {
  const { id } = representation;
  return typeof id === 'string' && id.trim() !== ''
    ? Justitiabele.from(id, verblijfOf(representation['huidigVerblijf']))
    : null;
};

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const GEMEENTECODE = /^\d{4}$/;

/**
 * DJI's stay as the gateway hands it over for `@requires`: only its dates and gemeente of return,
 * anything else ignored. It decides no access here, only the deadline of a signal the caller may read.
 */
function verblijfOf(value: unknown): Verblijf | null {
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const { instroomdatum, verwachteUitstroomdatum, terugkeer } = value as Record<string, unknown>;
  const matching = (pattern: RegExp, field: unknown): string | null =>
    typeof field === 'string' && pattern.test(field) ? field : null;
  const gemeentecode =
    typeof terugkeer === 'object' && terugkeer !== null
      ? matching(GEMEENTECODE, (terugkeer as Record<string, unknown>)['gemeentecode'])
      : null;
  return Object.assign(new Verblijf(), {
    instroomdatum: matching(DATUM, instroomdatum),
    verwachteUitstroomdatum: matching(DATUM, verwachteUitstroomdatum),
    terugkeer: Object.assign(new GemeenteRegistratie(), { gemeentecode }),
  });
}
