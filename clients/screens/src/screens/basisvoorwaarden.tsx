import { ApolloError, useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import type { FormEvent } from 'react';

import { graphql } from '../gql';

const Dossier = graphql(`
  query Basisvoorwaarden($id: ID!) {
    nazorgdossier(id: $id) {
      id
      gemeentecode
      status
      versie
      basisvoorwaarden {
        identiteitsbewijs {
          aangevraagdOp
          gereedOp
        }
        zorg {
          zorgverzekering
          indicatie
        }
      }
    }
  }
`);

const WerkBij = graphql(`
  mutation WerkBasisvoorwaardenBij($input: BasisvoorwaardenInput!) {
    werkBasisvoorwaardenBij(input: $input) {
      id
      versie
      basisvoorwaarden {
        identiteitsbewijs {
          aangevraagdOp
          gereedOp
        }
        zorg {
          zorgverzekering
          indicatie
        }
      }
    }
  }
`);

interface Invoer {
  readonly idAangevraagdOp: string;
  readonly idGereedOp: string;
  readonly zorgverzekering: boolean;
  readonly zorgIndicatie: string | null;
}

/** The version the gateway says the dossier is at, when a change was refused for a stale one. */
function versieconflict(fout: unknown): number | null {
  if (!(fout instanceof ApolloError)) return null;
  const conflict = fout.graphQLErrors.find((error) => error.extensions?.['code'] === 'VERSION_CONFLICT');
  const versie = conflict?.extensions?.['currentVersion'];
  return typeof versie === 'number' ? versie : null;
}

/**
 * The gemeente's basisvoorwaarden of one dossier, editable. A change based on a version someone else
 * changed meanwhile is refused (VERSION_CONFLICT): the screen shows the current values beside the
 * user's, and the user applies their change to the current version or drops it.
 */
export function BasisvoorwaardenScherm({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(Dossier, { variables: { id } });
  const [werkBij, { loading: bezig }] = useMutation(WerkBij);
  // Only what the user changed: on a conflict that is applied to the current version, nothing else.
  const [invoer, setInvoer] = useState<Partial<Invoer>>({});
  const [conflict, setConflict] = useState<number | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  if (loading) return <p role="status">Dossier laden…</p>;
  const dossier = data?.nazorgdossier;
  if (!dossier?.basisvoorwaarden || dossier.versie == null) {
    return <p role="alert">Dit dossier is niet met u gedeeld. {error?.message}</p>;
  }
  const huidig: Invoer = {
    idAangevraagdOp: dossier.basisvoorwaarden.identiteitsbewijs.aangevraagdOp ?? '',
    idGereedOp: dossier.basisvoorwaarden.identiteitsbewijs.gereedOp ?? '',
    zorgverzekering: dossier.basisvoorwaarden.zorg.zorgverzekering,
    zorgIndicatie: dossier.basisvoorwaarden.zorg.indicatie ?? null,
  };
  const waarden: Invoer = { ...huidig, ...invoer };
  const zet = (wijziging: Partial<Invoer>) => {
    setInvoer({ ...invoer, ...wijziging });
  };
  const identiteitsbewijsGewijzigd = invoer.idAangevraagdOp !== undefined || invoer.idGereedOp !== undefined;
  const bewaar = async (versie: number) => {
    setMelding(null);
    try {
      await werkBij({
        variables: {
          input: {
            dossierId: id,
            verwachteVersie: versie,
            ...(identiteitsbewijsGewijzigd && {
              identiteitsbewijs: {
                aangevraagdOp: waarden.idAangevraagdOp || null,
                gereedOp: waarden.idGereedOp || null,
              },
            }),
            ...(invoer.zorgverzekering !== undefined && {
              zorg: { zorgverzekering: invoer.zorgverzekering, indicatie: huidig.zorgIndicatie },
            }),
          },
        },
      });
      setConflict(null);
      setInvoer({});
      setMelding('Opgeslagen.');
    } catch (fout) {
      const versieNu = versieconflict(fout);
      if (versieNu === null) {
        setMelding(`Niet opgeslagen: ${fout instanceof Error ? fout.message : String(fout)}`);
      } else {
        setConflict(versieNu);
        await refetch();
      }
    }
  };
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    void bewaar(dossier.versie ?? 0);
  };
  return (
    <form onSubmit={opslaan} aria-describedby="dossier-versie">
      <p id="dossier-versie">
        Nazorgdossier van gemeente {dossier.gemeentecode}, versie {dossier.versie}.
      </p>
      <fieldset>
        <legend>Identiteitsbewijs</legend>
        <label htmlFor="id-aangevraagd">Aangevraagd op</label>
        <input
          id="id-aangevraagd"
          type="date"
          value={waarden.idAangevraagdOp}
          onChange={(event) => {
            zet({ idAangevraagdOp: event.target.value });
          }}
        />
        <label htmlFor="id-gereed">Gereed op</label>
        <input
          id="id-gereed"
          type="date"
          value={waarden.idGereedOp}
          onChange={(event) => {
            zet({ idGereedOp: event.target.value });
          }}
        />
      </fieldset>
      <fieldset>
        <legend>Zorg</legend>
        <input
          id="zorgverzekering"
          type="checkbox"
          checked={waarden.zorgverzekering}
          onChange={(event) => {
            zet({ zorgverzekering: event.target.checked });
          }}
        />
        <label htmlFor="zorgverzekering">Zorgverzekering geregeld</label>
      </fieldset>
      {conflict !== null && (
        <div role="alert" className="conflict">
          <p>
            Iemand anders heeft dit dossier intussen gewijzigd; het is nu versie {conflict}. Uw wijziging is niet
            opgeslagen. Nu vastgelegd: identiteitsbewijs aangevraagd op {huidig.idAangevraagdOp || 'niet ingevuld'},
            gereed op {huidig.idGereedOp || 'niet ingevuld'}, zorgverzekering {huidig.zorgverzekering ? 'ja' : 'nee'}.
          </p>
          <button type="button" disabled={bezig} onClick={() => void bewaar(conflict)}>
            Mijn wijziging toepassen op versie {conflict}
          </button>
          <button
            type="button"
            onClick={() => {
              setConflict(null);
              setInvoer({});
            }}
          >
            Mijn wijziging laten vallen
          </button>
        </div>
      )}
      <button type="submit" disabled={bezig || conflict !== null}>
        Opslaan
      </button>
      {melding && <p role="status">{melding}</p>}
    </form>
  );
}
