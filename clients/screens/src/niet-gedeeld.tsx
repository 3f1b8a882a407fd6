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

/** A refusal of a field as the screens show it: the party that holds it and the grounds it shares it on. */
export interface Weigering {
  readonly partij: unknown;
  readonly gronden: unknown;
}

type Pad = readonly (string | number)[];

/**
 * The refusal of the field at `pad`, owned by `partij`. An object's ACCESS_DENIED error lists its
 * denied fields with their grounds (`extensions.velden`), so a field is refused when its own entry
 * there, or that of a field it lies in, is; or by the party's refusal of the whole object it belongs
 * to (an `_entities` refusal lands on the object's path, and covers only that party's fields of it),
 * or of the field itself (a root field).
 */
export function weigeringVoor(fouten: readonly GraphQLFormattedError[] | undefined, pad: Pad, partij: Partij) {
  for (const fout of fouten ?? []) {
    const { path, extensions } = fout;
    if (extensions?.['code'] !== 'ACCESS_DENIED' || path === undefined || !isBegin(path, pad)) continue;
    const velden = extensions['velden'];
    if (Array.isArray(velden)) {
      const veld = (velden as { veld?: unknown; gronden?: unknown }[]).find((entry) =>
        isBegin([...path, String(entry.veld)], pad),
      );
      if (veld) return { partij: extensions['serviceName'], gronden: veld.gronden } satisfies Weigering;
    } else if (path.length === pad.length || extensions['serviceName'] === partij) {
      return { partij: extensions['serviceName'], gronden: extensions['gronden'] } satisfies Weigering;
    }
  }
  return undefined;
}

/** Whether `path` is `pad` or the path of an object or field `pad` lies in. */
function isBegin(path: Pad, pad: Pad): boolean {
  return path.length <= pad.length && path.every((deel, index) => deel === pad[index]);
}

/** "Niet met u gedeeld": which party holds it and the legal grounds it shares it on. */
export function NietGedeeld({ fout }: { fout: Weigering }) {
  const { partij, gronden } = fout;
  return (
    <span className="niet-gedeeld">
      Niet met u gedeeld: {typeof partij === 'string' ? (PARTIJEN[partij] ?? partij) : 'de eigenaar'} deelt dit alleen
      op grond van {Array.isArray(gronden) ? gronden.join(' of ') : 'een grondslag die u niet heeft'}.
    </span>
  );
}
