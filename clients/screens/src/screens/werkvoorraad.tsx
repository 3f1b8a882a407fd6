import { useQuery } from '@apollo/client';

import { graphql } from '../gql';
import type { SignaalVeldenFragment } from '../gql/graphql';
import { NietGedeeld, weigeringVoor } from '../niet-gedeeld';
import type { Sessie } from '../sessie';

graphql(`
  fragment SignaalVelden on Signaal {
    soort
    deadline
    status
  }
`);

const VerblijfWerkvoorraad = graphql(`
  query VerblijfWerkvoorraad {
    verblijfWerkvoorraad(first: 20) {
      edges {
        node {
          urgentie
          justitiabele {
            id
          }
          verblijf {
            instroomdatum
            verwachteUitstroomdatum
          }
          signalen {
            ...SignaalVelden
          }
        }
      }
    }
  }
`);

const ToezichtWerkvoorraad = graphql(`
  query ToezichtWerkvoorraad {
    werkvoorraad(first: 20) {
      edges {
        node {
          id
          begindatum
          einddatum
          justitiabele {
            id
            detentieSignalen {
              ...SignaalVelden
            }
          }
        }
      }
    }
  }
`);

const BijWerkvoorraad = graphql(`
  query BijWerkvoorraad {
    bijWerkvoorraad(first: 20) {
      edges {
        node {
          id
          kenmerk
          terugkeerdatum
          justitiabele {
            id
          }
          signalen {
            ...SignaalVelden
          }
        }
      }
    }
  }
`);

const SIGNAAL_NAMEN: Record<string, string> = {
  SCREENING: 'Screening',
  DR_PLAN: 'D&R-plan',
  MDO: 'MDO',
  BASISVOORWAARDEN_BIJ_UITSTROOM: 'Basisvoorwaarden bij uitstroom',
  BIJ_MELDING: 'BIJ-melding',
  REGIE_NA_UITSTROOM: 'Regie na uitstroom',
  REGIE_CONFLICT: 'Regieconflict',
};
const STATUS_NAMEN: Record<string, string> = {
  OPEN: 'open',
  TE_LAAT: 'te laat',
  AFGEROND: 'afgerond',
  NIET_HAALBAAR: 'niet haalbaar',
};

export function Signalen({ signalen }: { signalen: readonly SignaalVeldenFragment[] | null | undefined }) {
  if (!signalen?.length) {
    return <span>geen</span>;
  }
  return (
    <ul className="signalen">
      {signalen.map((signaal) => (
        <li key={`${signaal.soort}-${signaal.deadline}`} className={`signaal signaal-${signaal.status.toLowerCase()}`}>
          {SIGNAAL_NAMEN[signaal.soort] ?? signaal.soort}: {STATUS_NAMEN[signaal.status] ?? signaal.status}, uiterlijk{' '}
          {signaal.deadline}
        </li>
      ))}
    </ul>
  );
}

function GedeeldeSignalen({
  fout,
  signalen,
}: {
  fout: ReturnType<typeof weigeringVoor>;
  signalen: readonly SignaalVeldenFragment[] | null | undefined;
}) {
  return fout ? <NietGedeeld fout={fout} /> : <Signalen signalen={signalen} />;
}

function PersoonLink({ id }: { id: string | null | undefined }) {
  return id ? <a href={`#/persoon/${encodeURIComponent(id)}`}>Bekijk persoon</a> : <span>onbekend</span>;
}

function Laden({ loading, error }: { loading: boolean; error: Error | undefined }) {
  if (loading) return <p role="status">Werkvoorraad laden…</p>;
  if (error) return <p role="alert">De werkvoorraad kon niet worden geladen: {error.message}</p>;
  return null;
}

function VerblijvenTabel() {
  const { data, loading, error } = useQuery(VerblijfWerkvoorraad);
  const items = data?.verblijfWerkvoorraad.edges.flatMap((edge) => (edge.node ? [edge.node] : [])) ?? [];
  return (
    <>
      <Laden loading={loading} error={data ? undefined : error} />
      {data && (
        <table>
          <caption>Lopende verblijven, meest urgent eerst ({items.length})</caption>
          <thead>
            <tr>
              <th scope="col">Urgent per</th>
              <th scope="col">Instroom</th>
              <th scope="col">Verwachte uitstroom</th>
              <th scope="col">Signalen</th>
              <th scope="col">Persoon</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={item.justitiabele?.id ?? index}>
                <td>{item.urgentie ?? 'niets open'}</td>
                <td>{item.verblijf?.instroomdatum}</td>
                <td>{item.verblijf?.verwachteUitstroomdatum ?? 'onbekend'}</td>
                <td>
                  <Signalen signalen={item.signalen} />
                </td>
                <td>
                  <PersoonLink id={item.justitiabele?.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function ToezichtenTabel() {
  const { data, loading, error } = useQuery(ToezichtWerkvoorraad);
  const items = data?.werkvoorraad.edges.flatMap((edge) => (edge.node ? [edge.node] : [])) ?? [];
  return (
    <>
      <Laden loading={loading} error={data ? undefined : error} />
      {data && (
        <table>
          <caption>Lopende toezichten waarvan u toezichthouder bent ({items.length})</caption>
          <thead>
            <tr>
              <th scope="col">Begin</th>
              <th scope="col">Einde</th>
              <th scope="col">Signalen van DJI</th>
              <th scope="col">Persoon</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={item.id ?? index}>
                <td>{item.begindatum}</td>
                <td>{item.einddatum ?? 'onbepaald'}</td>
                <td>
                  <GedeeldeSignalen
                    fout={weigeringVoor(
                      error?.graphQLErrors,
                      ['werkvoorraad', 'edges', index, 'node', 'justitiabele', 'detentieSignalen'],
                      'dji',
                    )}
                    signalen={item.justitiabele?.detentieSignalen}
                  />
                </td>
                <td>
                  <PersoonLink id={item.justitiabele?.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function BijMeldingenTabel() {
  const { data, loading, error } = useQuery(BijWerkvoorraad);
  const items = data?.bijWerkvoorraad.edges.flatMap((edge) => (edge.node ? [edge.node] : [])) ?? [];
  return (
    <>
      <Laden loading={loading} error={data ? undefined : error} />
      {data && (
        <table>
          <caption>BIJ-meldingen voor uw gemeente, op terugkeerdatum ({items.length})</caption>
          <thead>
            <tr>
              <th scope="col">Kenmerk</th>
              <th scope="col">Terugkeer</th>
              <th scope="col">Signalen</th>
              <th scope="col">Persoon</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={item.id ?? index}>
                <td>{item.kenmerk}</td>
                <td>{item.terugkeerdatum}</td>
                <td>
                  <Signalen signalen={item.signalen} />
                </td>
                <td>
                  <PersoonLink id={item.justitiabele?.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** The werkvoorraad of the session's role: the query that role's party answers it with. */
export function Werkvoorraad({ sessie }: { sessie: Sessie }) {
  switch (sessie.rol) {
    case 'casemanager':
    case 'nazorgcoordinator':
      return <VerblijvenTabel />;
    case 'toezichthouder':
      return <ToezichtenTabel />;
    case 'oov-adviseur':
      return <BijMeldingenTabel />;
    default:
      return <p>Uw rol ({sessie.rol}) heeft geen werkvoorraad in deze schermen.</p>;
  }
}
