// `npm run token`, in one Node process: builds first only when the workspaces the token CLI runs
// from (the kit and the stack) changed since their build, then runs it.
const { buildIfStale } = require('./build-if-stale.cjs');

buildIfStale(['packages/subgraph-kit', 'packages/stack']);
require('../packages/stack/dist/token-cli.js');
