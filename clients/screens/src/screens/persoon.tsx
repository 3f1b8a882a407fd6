import { useQuery } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import type { ReactNode } from 'react';

import { graphql } from '../gql';
import { NietGedeeld, weigeringVoor } from '../niet-gedeeld';
import type { Partij } from '../niet-gedeeld';
import { Signalen } from './werkvoorraad';

const Persoon = graphql(`
  query Persoon($id: ID!) {
    justitiabele(id: $id) {
      id
      personalia {
        voornamen
        achternaam
        geboortedatum
      }
      huidigVerblijf {
        instroomdatum
        verwachteUitstroomdatum
        inrichting {
          naam
        }
      }
      detentieSignalen {
        ...SignaalVelden
      }
      nazorgdossiers {
        id
        gemeentecode
        status
      }
      nazorgSignalen {
        ...SignaalVelden
      }
      toezichten {
        id
        organisatie
        status
        toezichthouder {
          naam
        }
        bijzondereVoorwaarden {
          type
          gebied
        }
      }
      risicotaxatie {
        datum
        gevaarrisico
      }
      strafzaken {
        parketnummer
        delictcategorie
      }
      bijMeldingen {
        kenmerk
        terugkeerdatum
      }
    }
  }
`);

/** One field of the person: its value, "niet met u gedeeld" with the party and grounds, or "geen gegevens". */
function Veld({
  label,
  partij,
  pad,
  fouten,
  children,
}: {
  label: string;
  partij: Partij;
  pad: readonly (string | number)[];
  fouten: readonly GraphQLFormattedError[] | undefined;
  children: ReactNode;
}) {
  const weigering = weigeringVoor(fouten, pad, partij);
  return (
    <>
      <dt>{label}</dt>
      <dd>{weigering ? <NietGedeeld fout={weigering} /> : (children ?? 'geen gegevens')}</dd>
    </>
  );
}

/** A person across the four parties, each field as its owner shares it with the caller. */
export function PersoonScherm({ id }: { id: string }) {
  const { data, loading, error } = useQuery(Persoon, { variables: { id } });
  if (loading) return <p role="status">Persoon laden…</p>;
  const fouten = error?.graphQLErrors;
  const persoon = data?.justitiabele;
  if (!persoon) {
    const weigering = weigeringVoor(fouten, ['justitiabele'], 'dji');
    return weigering ? <NietGedeeld fout={weigering} /> : <p role="alert">Deze persoon is niet gevonden.</p>;
  }
  const pad = (...rest: (string | number)[]) => ['justitiabele', ...rest];
  return (
    <>
      <section aria-labelledby="kop-dji">
        <h2 id="kop-dji">DJI</h2>
        <dl>
          <Veld partij="dji" label="Naam" pad={pad('personalia')} fouten={fouten}>
            {persoon.personalia &&
              `${persoon.personalia.voornamen} ${persoon.personalia.achternaam} (geboren ${persoon.personalia.geboortedatum})`}
          </Veld>
          <Veld partij="dji" label="Huidig verblijf" pad={pad('huidigVerblijf')} fouten={fouten}>
            {persoon.huidigVerblijf &&
              `sinds ${persoon.huidigVerblijf.instroomdatum ?? '?'}, verwachte uitstroom ${persoon.huidigVerblijf.verwachteUitstroomdatum ?? 'onbekend'}`}
          </Veld>
          <Veld partij="dji" label="Inrichting" pad={pad('huidigVerblijf', 'inrichting')} fouten={fouten}>
            {persoon.huidigVerblijf?.inrichting?.naam}
          </Veld>
          <Veld partij="dji" label="Signalen van DJI" pad={pad('detentieSignalen')} fouten={fouten}>
            {persoon.detentieSignalen && <Signalen signalen={persoon.detentieSignalen} />}
          </Veld>
        </dl>
      </section>
      <section aria-labelledby="kop-gemeente">
        <h2 id="kop-gemeente">Gemeente</h2>
        <dl>
          <Veld partij="gemeente" label="Nazorgdossiers" pad={pad('nazorgdossiers')} fouten={fouten}>
            {persoon.nazorgdossiers?.length ? (
              <ul>
                {persoon.nazorgdossiers.map((dossier) => (
                  <li key={dossier.id}>
                    gemeente {dossier.gemeentecode}, {dossier.status?.toLowerCase()}:{' '}
                    <a href={`#/basisvoorwaarden/${encodeURIComponent(dossier.id ?? '')}`}>basisvoorwaarden</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </Veld>
          <Veld partij="gemeente" label="Signalen van de gemeente" pad={pad('nazorgSignalen')} fouten={fouten}>
            {persoon.nazorgSignalen && <Signalen signalen={persoon.nazorgSignalen} />}
          </Veld>
        </dl>
      </section>
      <section aria-labelledby="kop-reclassering">
        <h2 id="kop-reclassering">Reclassering</h2>
        <dl>
          <Veld partij="reclassering" label="Toezichten" pad={pad('toezichten')} fouten={fouten}>
            {persoon.toezichten?.length ? (
              <ul>
                {persoon.toezichten.map((toezicht, index) => (
                  <li key={toezicht.id ?? index}>
                    {toezicht.organisatie}, {toezicht.status?.toLowerCase()}, toezichthouder{' '}
                    {toezicht.toezichthouder?.naam ?? 'onbekend'}
                    <dl>
                      <Veld
                        partij="reclassering"
                        label="Bijzondere voorwaarden"
                        pad={pad('toezichten', index, 'bijzondereVoorwaarden')}
                        fouten={fouten}
                      >
                        {toezicht.bijzondereVoorwaarden?.map((voorwaarde) => voorwaarde.type?.toLowerCase()).join(', ')}
                      </Veld>
                      <Veld
                        partij="reclassering"
                        label="Gebied"
                        pad={pad('toezichten', index, 'bijzondereVoorwaarden', 0, 'gebied')}
                        fouten={fouten}
                      >
                        {toezicht.bijzondereVoorwaarden?.find((voorwaarde) => voorwaarde.gebied)?.gebied}
                      </Veld>
                    </dl>
                  </li>
                ))}
              </ul>
            ) : null}
          </Veld>
          <Veld partij="reclassering" label="Risicotaxatie" pad={pad('risicotaxatie')} fouten={fouten}>
            {persoon.risicotaxatie &&
              `gevaarrisico ${persoon.risicotaxatie.gevaarrisico?.toLowerCase() ?? '?'} (${persoon.risicotaxatie.datum ?? '?'})`}
          </Veld>
        </dl>
      </section>
      <section aria-labelledby="kop-om">
        <h2 id="kop-om">OM en burgemeester</h2>
        <dl>
          <Veld partij="om-burgemeester" label="Strafzaken" pad={pad('strafzaken')} fouten={fouten}>
            {persoon.strafzaken?.length
              ? persoon.strafzaken
                  .map((zaak) => `${zaak.parketnummer ?? '?'} (${zaak.delictcategorie ?? '?'})`)
                  .join(', ')
              : null}
          </Veld>
          <Veld partij="om-burgemeester" label="BIJ-meldingen" pad={pad('bijMeldingen')} fouten={fouten}>
            {persoon.bijMeldingen?.length
              ? persoon.bijMeldingen
                  .map((melding) => `${melding.kenmerk ?? '?'}, terugkeer ${melding.terugkeerdatum ?? '?'}`)
                  .join('; ')
              : null}
          </Veld>
        </dl>
      </section>
    </>
  );
}
