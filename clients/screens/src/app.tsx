import { ApolloProvider } from '@apollo/client';
import { useEffect, useMemo, useState } from 'react';

import { apolloVoor } from './apollo';
import { BasisvoorwaardenScherm } from './screens/basisvoorwaarden';
import { Kies } from './screens/kies';
import { MeldingenScherm } from './screens/meldingen';
import { PersoonScherm } from './screens/persoon';
import { Werkvoorraad } from './screens/werkvoorraad';
import { bewaardeSessie, bewaarSessie } from './sessie';
import type { Sessie } from './sessie';

/** The screen the address names: `#/werkvoorraad`, `#/persoon/<id>`, `#/basisvoorwaarden/<dossier>`, `#/meldingen`. */
function useAdres(): string[] {
  const lees = () => window.location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const [adres, setAdres] = useState(lees);
  useEffect(() => {
    const luister = () => {
      setAdres(lees());
    };
    window.addEventListener('hashchange', luister);
    return () => {
      window.removeEventListener('hashchange', luister);
    };
  }, []);
  return adres;
}

function Scherm({ sessie, adres }: { sessie: Sessie; adres: string[] }) {
  const [naam, id] = adres;
  switch (naam ?? '') {
    case 'persoon':
      return id ? <PersoonScherm id={id} /> : null;
    case 'basisvoorwaarden':
      return id ? <BasisvoorwaardenScherm id={id} /> : null;
    case 'meldingen':
      return <MeldingenScherm sessie={sessie} />;
    default:
      return <Werkvoorraad sessie={sessie} />;
  }
}

const TITELS: Record<string, string> = {
  persoon: 'Persoon',
  basisvoorwaarden: 'Basisvoorwaarden',
  meldingen: 'Ontvangen meldingen',
};

export function App() {
  const [sessie, setSessie] = useState<Sessie | null>(bewaardeSessie);
  const adres = useAdres();
  const client = useMemo(() => (sessie ? apolloVoor(sessie.token) : null), [sessie]);
  const kies = (nieuw: Sessie | null) => {
    bewaarSessie(nieuw);
    setSessie(nieuw);
  };
  const titel = TITELS[adres[0] ?? ''] ?? 'Werkvoorraad';
  useEffect(() => {
    document.title = `${sessie ? titel : 'Kies een rol'} – Ketengraaf`;
  }, [sessie, titel]);
  return (
    <>
      <header>
        <p className="merk">Ketengraaf · referentieschermen (alleen voor ontwikkeling)</p>
        {sessie && (
          <nav aria-label="Schermen">
            <a href="#/werkvoorraad">Werkvoorraad</a>
            <a href="#/meldingen">Meldingen</a>
            <span>
              {sessie.rol} bij {sessie.organisatie} ({sessie.gebruiker})
            </span>
            <button
              type="button"
              onClick={() => {
                kies(null);
              }}
            >
              Andere rol kiezen
            </button>
          </nav>
        )}
      </header>
      <main>
        {sessie && client ? (
          <ApolloProvider client={client}>
            <h1>{titel}</h1>
            <Scherm sessie={sessie} adres={adres} />
          </ApolloProvider>
        ) : (
          <Kies onGekozen={kies} />
        )}
      </main>
    </>
  );
}
