import { inPackage, PROFILER } from './cpu-profile';
import type { Matcher } from './cpu-profile';

const inKit = (name: string, folder: string): Matcher => [
  name,
  (_, url) => url.includes(`/packages/subgraph-kit/dist/${folder}/`),
];

/**
 * Where a subgraph's time goes: each sample counts for the innermost of these on its stack, so a
 * resolver's own work is the kit's or the party's, and what it calls (TypeORM, pg) is theirs.
 */
export const SUBGRAPH_PHASES: readonly Matcher[] = [
  [PROFILER, (_, url) => url === 'node:inspector' || url.endsWith('/cpu-profile-on-signal.js')],
  ['garbage collection', (name) => name === '(garbage collector)'],
  ['JSON (parse, stringify)', (name, url) => url === '' && (name === 'parse' || name === 'stringify')],
  ['pseudonyms and hashes (node:crypto)', (_, url) => /^node:(internal\/)?crypto/.test(url)],
  inKit('kit: doelbinding (guard, decisions, denied fields)', 'policy'),
  inKit('kit: processing log (records, pseudonyms)', 'processing-log'),
  inKit('kit: server plugins and context', 'server'),
  inKit('kit: loaders', 'loaders'),
  inKit('kit: graphql helpers (references, limits)', 'graphql'),
  ['kit: other', (_, url) => url.includes('/packages/subgraph-kit/dist/')],
  ["party's own code (resolvers, loaders, policy)", (_, url) => url.includes('/subgraphs/')],
  inPackage('type-graphql (resolver wrapping)', 'type-graphql'),
  inPackage('@apollo/subgraph (_entities)', '@apollo/subgraph'),
  inPackage('Apollo Server (request pipeline, plugins)', '@apollo/server'),
  inPackage('GraphQL Armor (validation rules)', '@escape.tech'),
  inPackage('graphql-js (parse, validate, execute)', 'graphql'),
  inPackage('DataLoader', 'dataloader'),
  inPackage('TypeORM (query building, hydration)', 'typeorm'),
  ['pg (protocol, rows)', (_, url) => /\/node_modules\/pg(-protocol|-types|-pool)?\//.test(url)],
  ['token verification (jose)', (_, url) => url.includes('/node_modules/jose/')],
  ['logging (pino)', (_, url) => url.includes('/node_modules/pino')],
  inPackage('metrics (prom-client)', 'prom-client'),
  [
    'express, body parsing, helmet',
    (_, url) => /\/node_modules\/(express|body-parser|helmet|router|raw-body)\//.test(url),
  ],
  [
    "sockets and streams (node: HTTP, and pg's writes)",
    (_, url) => /^node:(internal\/)?(http|net|stream|_http|webstreams|dns)/.test(url),
  ],
  ['idle', (name) => name === '(idle)'],
  ['native (program)', (name) => name === '(program)'],
];
