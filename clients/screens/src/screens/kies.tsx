import { useState } from 'react';
import type { FormEvent } from 'react';

import { DEMO_ROLLEN, meldAan } from '../sessie';
import type { Sessie } from '../sessie';

/** Choose a demo organisation, role and user; the screens server signs a demo token for them. */
export function Kies({ onGekozen }: { onGekozen: (sessie: Sessie) => void }) {
  const [keuze, setKeuze] = useState<{ organisatie: string; rol: string; gebruiker: string }>(DEMO_ROLLEN[0]);
  const [fout, setFout] = useState<string | null>(null);
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    setFout(null);
    meldAan({ organisatie: keuze.organisatie, rol: keuze.rol, gebruiker: keuze.gebruiker }).then(
      onGekozen,
      (error: unknown) => {
        setFout(error instanceof Error ? error.message : String(error));
      },
    );
  };
  return (
    <>
      <h1>Kies een rol</h1>
      <form onSubmit={verstuur}>
        <fieldset>
          <legend>Demorol</legend>
          {DEMO_ROLLEN.map((rol) => {
            const id = `rol-${rol.organisatie}-${rol.rol}`.replace(/[^a-z0-9-]/gi, '-');
            return (
              <div key={id}>
                <input
                  type="radio"
                  id={id}
                  name="demorol"
                  checked={
                    keuze.organisatie === rol.organisatie && keuze.rol === rol.rol && keuze.gebruiker === rol.gebruiker
                  }
                  onChange={() => {
                    setKeuze(rol);
                  }}
                />
                <label htmlFor={id}>{rol.naam}</label>
              </div>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>Of zelf invullen</legend>
          <label htmlFor="organisatie">Organisatie</label>
          <input
            id="organisatie"
            value={keuze.organisatie}
            onChange={(event) => {
              setKeuze({ ...keuze, organisatie: event.target.value });
            }}
          />
          <label htmlFor="rol">Rol</label>
          <input
            id="rol"
            value={keuze.rol}
            onChange={(event) => {
              setKeuze({ ...keuze, rol: event.target.value });
            }}
          />
          <label htmlFor="gebruiker">Gebruiker</label>
          <input
            id="gebruiker"
            value={keuze.gebruiker}
            onChange={(event) => {
              setKeuze({ ...keuze, gebruiker: event.target.value });
            }}
          />
        </fieldset>
        <button type="submit">Aanmelden</button>
        {fout && <p role="alert">{fout}</p>}
      </form>
    </>
  );
}
