// The consoles' GraphQL documents, checked against the server's schema.graphql and typed
// from it (GraphQL Code Generator, client preset): every `graphql(`…`)` in src/ must be a
// valid, named operation of the schema, and src/gql/ holds the result and variable types
// the calls are checked with. `npm run check` fails when a document no longer matches the
// schema, or when src/gql/ was not regenerated (`npm run codegen`).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are sent as strings: no GraphQL parser in the bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
