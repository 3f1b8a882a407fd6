// The schema a client sees: the committed supergraph without its federation machinery (join__*,
// link__*, @inaccessible fields), as the gateway serves it.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { Supergraph } = require('@apollo/federation-internals');

module.exports = () =>
  Supergraph.build(readFileSync(join(__dirname, '../../../schema/supergraph.graphql'), 'utf8'))
    .apiSchema()
    .toGraphQLJSSchema();
