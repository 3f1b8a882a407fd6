/** @type {import('jest').Config} */
const workspaces = {
  '@ketengraaf/subgraph-kit': 'packages/subgraph-kit',
  '@ketengraaf/stack': 'packages/stack',
  '@ketengraaf/dji': 'subgraphs/dji',
  '@ketengraaf/gemeente': 'subgraphs/gemeente',
  '@ketengraaf/reclassering': 'subgraphs/reclassering',
  '@ketengraaf/om-burgemeester': 'subgraphs/om-burgemeester',
  '@ketengraaf/gateway': 'gateway',
  '@ketengraaf/schema': 'schema',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
  // Tests run against the sources of the workspace packages, not their build.
  moduleNameMapper: Object.fromEntries(
    Object.entries(workspaces).flatMap(([name, dir]) => [
      [`^${name}$`, `<rootDir>/${dir}/src/index.ts`],
      [`^${name}/(.*)$`, `<rootDir>/${dir}/src/$1`],
    ]),
  ),
  // type-graphql and TypeORM read decorator metadata; entry points import this polyfill first.
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/packages/stack/src/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/packages/stack/src/testing/jest-global-teardown.ts',
  testTimeout: 60000,
};
