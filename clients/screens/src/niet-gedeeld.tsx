import type { GraphQLFormattedError } from 'graphql';

/** The parties as a reader knows them, by the gateway's service name in an error's `serviceName`. */
const PARTIJEN: Record<string, string> = {
  dji: 'DJI',
  gemeente: 'de gemeente',
  reclassering: 'de reclassering',
  'om-burgemeester': 'OM of de burgemeester',
};

/** The parties by the gateway's service names. */
export type Partij = 'dji' | 'gemeente' | 'reclassering' | 'om-burgemeester';

/**
 * The ACCESS_DENIED error of the field at `pad`, owned by `partij`: the field's own, or the party's
 * refusal of the whole object the field belongs to (an `_entities` refusal lands on the object's
 * path, and covers only that party's fields of it).
 */
export function weigeringVoor(
  fouten: readonly GraphQLFormattedError[] | undefined,
  pad: readonly (string | number)[],
  partij: Partij,
): GraphQLFormattedError | undefined {
  return fouten?.find(
    (fout) =>
      fout.extensions?.['code'] === 'ACCESS_DENIED' &&
      fout.path !== undefined &&
      (fout.path.length === pad.length || fout.extensions['serviceName'] === partij) &&
      fout.path.length <= pad.length &&
      fout.path.every((deel, index) => deel === pad[index]),
  );
}

/** "Niet met u gedeeld": which party holds it and the legal grounds it shares it on, from the error's extensions. */
export function NietGedeeld({ fout }: { fout: GraphQLFormattedError }) {
  const partij = fout.extensions?.['serviceName'];
  const gronden = fout.extensions?.['gronden'];
  return (
    <span className="niet-gedeeld">
      Niet met u gedeeld: {typeof partij === 'string' ? (PARTIJEN[partij] ?? partij) : 'de eigenaar'} deelt dit alleen
      op grond van {Array.isArray(gronden) ? gronden.join(' of ') : 'een grondslag die u niet heeft'}.
    </span>
  );
}
