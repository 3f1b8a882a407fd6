const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Every workspace package by name, from the root package.json's workspaces (a trailing `/*` names
 * each folder under it): a new party's folder is picked up without touching this file.
 */
function workspaces() {
  const { workspaces: patterns } = JSON.parse(readFileSync(join(__dirname, 'package.json'), 'utf8'));
  const folders = patterns.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(join(__dirname, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
      : [pattern],
  );
  return folders.map((folder) => [
    JSON.parse(readFileSync(join(__dirname, folder, 'package.json'), 'utf8')).name,
    folder,
  ]);
}

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
  // Tests run against the sources of the workspace packages, not their build.
  moduleNameMapper: Object.fromEntries(
    workspaces().flatMap(([name, dir]) => [
      [`^${name}$`, `<rootDir>/${dir}/src/index.ts`],
      [`^${name}/(.*)$`, `<rootDir>/${dir}/src/$1`],
    ]),
  ),
  // type-graphql and TypeORM read decorator metadata; entry points import this polyfill first.
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/packages/stack/src/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/packages/stack/src/testing/jest-global-teardown.ts',
  testTimeout: 60000,
  // Two test files at a time: each file's databases, ports and temporary folders are its own.
  maxWorkers: 2,
};
