import type { CodegenConfig } from '@graphql-codegen/cli';

// The operations' types, from the API schema of the committed supergraph (`npm run codegen`).
const config: CodegenConfig = {
  schema: { 'api-schema': { loader: './codegen/api-schema.cjs' } },
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { LocalDate: 'string', BSN: 'string', Gemeentecode: 'string', DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
