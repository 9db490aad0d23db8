import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the operations the tests send, generated from the committed SDL. */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['tests/**/*.ts', '!tests/gql/**'],
  ignoreNoDocuments: false,
  // ESM output: relative imports with their .js extension, as NodeNext requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'tests/gql/': {
      preset: 'client',
      config: { enumsAsTypes: true, scalars: { PartialDate: 'string', DateTime: 'string' }, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
