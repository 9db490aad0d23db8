/** Builds the GraphQL HTTP app over a loaded graph. It never listens: src/server.ts does. */
import { createYoga, type Plugin } from 'graphql-yoga';
import { type Context, createContext } from './context.js';
import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import { schema } from './schema/index.js';

export const EXAMPLE_QUERY = `# Who has presided over the AMPTP, who did in 2009, and on what source?
query Presidents {
  entity(slug: "amptp") {
    name
    ... on Association {
      presidents { name }
      in2009: presidents(asOf: "2009") { name }
      now: presidents(current: true) { name }
    }
    relations(types: [PRESIDED_BY], first: 10) {
      totalCount
      edges {
        other { name }
        node { since until ended qualifiers citations { section source { title url } } }
      }
    }
  }
}
`;

/** Adds what resolvers noted in `context.warnings` (e.g. a cap that cut a traversal) to the response's extensions. */
function useWarnings(): Plugin<Context> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        const { warnings } = args.contextValue;
        if (warnings.length === 0 || !('data' in result)) return;
        setResult({ ...result, extensions: { ...result.extensions, warnings } });
      },
    }),
  };
}

export interface YogaAppOptions {
  readonly graph: KnowledgeGraph;
  /** Serve GraphiQL on GET /graphql from a browser (default true). */
  readonly graphiql?: boolean;
}

export function createYogaApp({ graph, graphiql = true }: YogaAppOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(graph),
    graphiql: graphiql && { title: 'AMPTP knowledge graph', defaultQuery: EXAMPLE_QUERY },
    landingPage: false,
    maskedErrors: true,
    plugins: [useWarnings()],
  });
}

export type YogaApp = ReturnType<typeof createYogaApp>;
