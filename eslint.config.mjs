import eslint from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      'coverage/**',
      'test-output/**',
      '*.config.js',
      '*.config.mjs',
      // Written by GraphQL Code Generator (`npm run codegen -w clients/screens`).
      'clients/screens/src/gql/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      // The bench is outside tsconfig.test.json (Hive Gateway's types); the stack's own project holds it.
      parserOptions: {
        project: ['./tsconfig.test.json', './packages/stack/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.js'] } } },
    rules: {
      'import/no-cycle': 'error',
      'import/no-default-export': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-extraneous-class': 'off',
      // TypeORM embeddeds and type-graphql data classes are plain shapes: literals may fill them.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*'], message: 'Import workspace packages by name.' }] },
      ],
    },
  },
  {
    // The reference screens: a browser bundle with a TypeScript project of its own.
    files: ['clients/screens/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { project: ['./clients/screens/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
  },
  {
    // Vite and GraphQL Code Generator read their configuration from a default export.
    files: ['clients/screens/vite.config.ts', 'clients/screens/codegen.ts'],
    rules: { 'import/no-default-export': 'off' },
  },
  {
    // Plain Node scripts that run before anything is built: CommonJS, outside the TypeScript project.
    files: ['scripts/**/*.cjs', 'clients/screens/codegen/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        module: 'writable',
      },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The gateway IDE's page script: plain browser JavaScript over React's and GraphiQL's bundles.
    files: ['gateway/ide/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'script',
      globals: {
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        React: 'readonly',
        ReactDOM: 'readonly',
        GraphiQL: 'readonly',
      },
    },
  },
  {
    // Jest's global setup and teardown must be default exports.
    files: ['packages/stack/src/testing/jest-global-*.ts'],
    rules: { 'import/no-default-export': 'off' },
  },
  {
    files: ['**/__tests__/**', 'test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
);
