import type { CodegenConfig } from '@graphql-codegen/cli';

const shared = { enumsAsTypes: true, scalars: { PartialDate: 'string', DateTime: 'string' }, useTypeImports: true };

/** Typed documents for the operations the tests and the explorer send, generated from the committed SDL. */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  // ESM output: relative imports with their .js extension, as NodeNext requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'tests/gql/': {
      documents: ['tests/**/*.ts', '!tests/gql/**'],
      preset: 'client',
      config: shared,
      presetConfig: { fragmentMasking: false },
    },
    // The browser sends the query text: string documents keep graphql-js out of its bundle.
    'src/explorer/gql/': {
      documents: ['src/explorer/**/*.ts', '!src/explorer/gql/**'],
      preset: 'client',
      config: { ...shared, documentMode: 'string' },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
