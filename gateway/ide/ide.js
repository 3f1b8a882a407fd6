// The gateway's GraphQL IDE in development: GraphiQL (React's and GraphiQL's prebuilt bundles,
// loaded before this script), with a token for a chosen organisation and role from the demo
// issuer, or one pasted from another issuer. Plain browser JavaScript: nothing is built.
'use strict';

(function startIde() {
  const settings = JSON.parse(document.getElementById('ide-settings').textContent);
  const h = React.createElement;
  const graphqlUrl = new URL('/graphql', window.location.href).href;

  /** Every request carries the chosen token; a header typed in GraphiQL's header editor wins. */
  function fetcherFor(token) {
    return async (params, options) => {
      const headers = { 'content-type': 'application/json', accept: 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      Object.assign(headers, options && options.headers);
      const response = await fetch(graphqlUrl, { method: 'POST', headers, body: JSON.stringify(params) });
      return response.json();
    };
  }

  async function demoToken(organisatie, rol) {
    const response = await fetch('/ide/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organisatie, rol }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.errors[0].message);
    return body.token;
  }

  function rollenVoor(organisatie) {
    return settings.rollenPerOrganisatie[organisatie.split(':')[0]] || [];
  }

  function TokenBar(props) {
    const [organisatie, setOrganisatie] = React.useState(settings.organisaties[0]);
    const [rol, setRol] = React.useState(rollenVoor(settings.organisaties[0])[0]);
    const [pasted, setPasted] = React.useState('');
    const rollen = rollenVoor(organisatie);
    const ask = (event) => {
      if (event) event.preventDefault();
      props.onStatus('Token wordt opgehaald …');
      demoToken(organisatie, rol).then(
        (token) => props.onToken(token, `Token voor ${organisatie} als ${rol} (8 uur geldig)`),
        (error) => props.onStatus(`Geen token: ${error.message}`),
      );
    };
    React.useEffect(() => {
      if (settings.demoTokens) ask();
    }, []);
    const paste = (event) => {
      event.preventDefault();
      props.onToken(pasted.trim(), 'Geplakt token');
    };
    const demoForm = settings.demoTokens
      ? h(
          'form',
          { className: 'ide-form', onSubmit: ask },
          h('label', { htmlFor: 'ide-organisatie' }, 'Organisatie'),
          h('input', {
            id: 'ide-organisatie',
            list: 'ide-organisaties',
            value: organisatie,
            onChange: (event) => {
              setOrganisatie(event.target.value);
              const nieuw = rollenVoor(event.target.value);
              if (!nieuw.includes(rol)) setRol(nieuw[0]);
            },
          }),
          h(
            'datalist',
            { id: 'ide-organisaties' },
            settings.organisaties.map((value) => h('option', { key: value, value })),
          ),
          h('label', { htmlFor: 'ide-rol' }, 'Rol'),
          h(
            'select',
            { id: 'ide-rol', value: rol, onChange: (event) => setRol(event.target.value) },
            rollen.map((value) => h('option', { key: value, value }, value)),
          ),
          h('button', { type: 'submit' }, 'Demotoken ophalen'),
        )
      : null;
    return h(
      'div',
      { className: 'ide-bar' },
      demoForm,
      h(
        'form',
        { className: 'ide-form', onSubmit: paste },
        h('label', { htmlFor: 'ide-token' }, settings.demoTokens ? 'of plak een token' : 'Token'),
        h('input', {
          id: 'ide-token',
          type: 'password',
          autoComplete: 'off',
          value: pasted,
          onChange: (event) => setPasted(event.target.value),
        }),
        h('button', { type: 'submit' }, 'Gebruiken'),
      ),
      h('p', { className: 'ide-status', role: 'status' }, props.status),
    );
  }

  function Ide() {
    const [token, setToken] = React.useState(null);
    const [status, setStatus] = React.useState(
      settings.demoTokens ? '' : 'Plak een token van de token issuer: zonder token weigert de gateway elke vraag.',
    );
    // A new fetcher makes GraphiQL ask for the schema again, now with the new token.
    const fetcher = React.useMemo(() => fetcherFor(token), [token]);
    return h(
      'div',
      { className: 'ide-page' },
      h(TokenBar, {
        status,
        onStatus: setStatus,
        onToken: (value, label) => {
          setToken(value);
          setStatus(label);
        },
      }),
      h('div', { className: 'ide-graphiql' }, h(GraphiQL, { fetcher, defaultQuery: settings.exampleQuery })),
    );
  }

  ReactDOM.createRoot(document.getElementById('ide')).render(h(Ide));
})();
