import { dirname, join } from 'node:path';

import { demoTokenRoute, rollenPerOrganisatie } from '@ketengraaf/subgraph-kit/service';
import type { DemoTokens, Logger, Route } from '@ketengraaf/subgraph-kit/service';
import type { RequestHandler } from 'express';

/**
 * What the gateway offers in development only: GraphiQL, introspection and field suggestions,
 * and, with the embedded stack's demo issuer, tokens for the IDE's organisation and role form.
 */
export interface DevelopmentTools {
  /** The demo issuer's tokens; absent with an external issuer, where the IDE takes a pasted token. */
  readonly demoTokens?: DemoTokens;
}

/** Where the IDE's files are served: GraphiQL's and React's prebuilt browser bundles, and the page's own. */
const ASSETS_PATH = '/ide';

/** A file of an installed package, by its folder: these bundles are not in the packages' `exports`. */
function packageFile(name: string, file: string): string {
  return join(dirname(require.resolve(`${name}/package.json`)), file);
}

/** Each served file by its name under `/ide`, from node_modules or `gateway/ide`: nothing is fetched from elsewhere. */
const assets: Readonly<Record<string, string>> = {
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'ide.js': join(__dirname, '..', 'ide', 'ide.js'),
  'ide.css': join(__dirname, '..', 'ide', 'ide.css'),
};

/**
 * The page's own Content Security Policy, in place of the JSON API's (which allows nothing):
 * scripts and connections to this origin only; inline styles, which GraphiQL's editor inserts.
 */
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join(';');

/** The query the IDE opens with: a gemeente's own dossiers, which the default token may read. */
const EXAMPLE_QUERY = `# Ketengraaf: one graph over the re-integration chain. Every field names the legal
# ground it needs (doelbinding); a token for another organisation or role sees other fields.
query EigenDossiers {
  nazorgdossiers(gemeentecode: "0363", first: 5) {
    edges {
      node {
        rol
        justitiabele {
          bsn
          huidigVerblijf { instroomdatum verwachteUitstroomdatum }
        }
      }
    }
  }
}
`;

/** Example organisations for the token form, one of each kind the demo data fills. */
const EXAMPLE_ORGANISATIES = [
  'gemeente:0363',
  'dji:PI-VUGHT',
  'reclassering:RN',
  'om',
  'burgemeester:0363',
  'justid',
  'zvh:rotterdam-rijnmond',
  'regiegroep',
  'inspectie',
];

/**
 * The IDE's routes: GraphiQL on `GET /graphql` and `GET /` for a browser (a request that accepts
 * HTML; any other `GET /graphql` still gets 405), its files under `/ide`, and `POST /ide/token`
 * with the demo issuer. Given only to a gateway in development.
 */
export function developmentIdeRoutes(tools: DevelopmentTools, log: Logger): { gets: Route[]; posts: Route[] } {
  const page = idePage(tools.demoTokens !== undefined);
  const servePage: RequestHandler = (req, res, next) => {
    // A browser prefers HTML; curl (`*/*`) and GraphQL clients prefer JSON and get the 405.
    if (req.accepts(['json', 'html']) !== 'html') {
      next();
      return;
    }
    res.setHeader('content-security-policy', PAGE_CSP);
    res.type('html').send(page);
  };
  const serveAsset: RequestHandler = (req, res, next) => {
    const file = assets[String(req.params['file'])];
    if (!file) {
      next();
      return;
    }
    res.sendFile(file, { maxAge: '1h' });
  };
  const posts = tools.demoTokens ? [demoTokenRoute(`${ASSETS_PATH}/token`, tools.demoTokens, log)] : [];
  return {
    gets: [
      { path: '/', handlers: [servePage] },
      { path: '/graphql', handlers: [servePage] },
      { path: `${ASSETS_PATH}/:file`, handlers: [serveAsset] },
    ],
    posts,
  };
}

/** The page: GraphiQL's and React's bundles, the IDE's script, and its settings as a JSON block. */
function idePage(demoTokens: boolean): string {
  const settings = {
    demoTokens,
    exampleQuery: EXAMPLE_QUERY,
    organisaties: EXAMPLE_ORGANISATIES,
    rollenPerOrganisatie,
  };
  // A JSON block is not run as a script; `<` escaped so no text in it can close the element.
  const settingsJson = JSON.stringify(settings).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ketengraaf GraphiQL (ontwikkeling)</title>
<link rel="stylesheet" href="${ASSETS_PATH}/graphiql.min.css">
<link rel="stylesheet" href="${ASSETS_PATH}/ide.css">
</head>
<body>
<div id="ide">GraphiQL laadt …</div>
<script type="application/json" id="ide-settings">${settingsJson}</script>
<script src="${ASSETS_PATH}/react.production.min.js"></script>
<script src="${ASSETS_PATH}/react-dom.production.min.js"></script>
<script src="${ASSETS_PATH}/graphiql.min.js"></script>
<script src="${ASSETS_PATH}/ide.js"></script>
</body>
</html>
`;
}
