import { useQuery } from '@apollo/client';

import { graphql } from '../gql';
import type { InkomendeMeldingVeldenFragment } from '../gql/graphql';
import type { Sessie } from '../sessie';

graphql(`
  fragment InkomendeMeldingVelden on InkomendeMeldingConnection {
    edges {
      node {
        id
        type
        afzender
        grondslag
        status
        keerOntvangen
        ontvangenOp
      }
    }
  }
`);

// One document for the four inboxes: the beheerder's organisation decides which one is asked.
const Inbox = graphql(`
  query InkomendeMeldingen($dji: Boolean!, $gemeente: Boolean!, $reclassering: Boolean!, $omBurgemeester: Boolean!) {
    djiInkomendeMeldingen(first: 25) @include(if: $dji) {
      ...InkomendeMeldingVelden
    }
    gemeenteInkomendeMeldingen(first: 25) @include(if: $gemeente) {
      ...InkomendeMeldingVelden
    }
    reclasseringInkomendeMeldingen(first: 25) @include(if: $reclassering) {
      ...InkomendeMeldingVelden
    }
    omBurgemeesterInkomendeMeldingen(first: 25) @include(if: $omBurgemeester) {
      ...InkomendeMeldingVelden
    }
  }
`);

/** The inbox of the beheerder's own party: the meldingen other parties delivered to its organisation. */
export function MeldingenScherm({ sessie }: { sessie: Sessie }) {
  const soort = sessie.organisatie.split(':')[0];
  const { data, loading, error } = useQuery(Inbox, {
    variables: {
      dji: soort === 'dji',
      gemeente: soort === 'gemeente',
      reclassering: soort === 'reclassering',
      omBurgemeester: soort === 'om' || soort === 'burgemeester',
    },
  });
  if (loading) return <p role="status">Meldingen laden…</p>;
  const inbox: InkomendeMeldingVeldenFragment | null | undefined =
    data?.djiInkomendeMeldingen ??
    data?.gemeenteInkomendeMeldingen ??
    data?.reclasseringInkomendeMeldingen ??
    data?.omBurgemeesterInkomendeMeldingen;
  if (!inbox) {
    return <p role="alert">De meldingen zijn niet met u gedeeld. {error?.message}</p>;
  }
  const meldingen = inbox.edges.flatMap((edge) => (edge.node ? [edge.node] : []));
  return (
    <table>
      <caption>Ontvangen meldingen ({meldingen.length})</caption>
      <thead>
        <tr>
          <th scope="col">Ontvangen</th>
          <th scope="col">Soort</th>
          <th scope="col">Afzender</th>
          <th scope="col">Grondslag</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {meldingen.map((node) => (
          <tr key={node.id}>
            <td>{node.ontvangenOp}</td>
            <td>{node.type}</td>
            <td>{node.afzender}</td>
            <td>{node.grondslag}</td>
            <td>
              {node.status.toLowerCase()}
              {node.keerOntvangen > 1 ? ` (${node.keerOntvangen} keer ontvangen)` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
