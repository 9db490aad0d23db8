/**
 * A second, small subgraph for the federation tests, run as its own process
 * (`node --import tsx tests/federation/bookmarks-subgraph.ts`): a reader's bookmarks, which
 * extends `Person` (an entity of the knowledge graph, keyed by slug) with a field of its own.
 * The bookmarked slugs come from BOOKMARKS (comma-separated); it listens on PORT (0: a free
 * one) on 127.0.0.1 and prints `listening on URL`.
 */
import { createServer } from 'node:http';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

const bookmarks = (process.env.BOOKMARKS ?? '').split(',').filter(Boolean);

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Person @key(fields: "slug") {
    slug: String!
    "Whether the reader has bookmarked this person."
    bookmarked: Boolean!
  }

  type Query {
    "The people the reader has bookmarked, in the order they were added."
    bookmarks: [Person!]!
  }
`);

const schema = buildSubgraphSchema({
  typeDefs,
  resolvers: {
    Query: { bookmarks: () => bookmarks.map((slug) => ({ slug })) },
    Person: {
      __resolveReference: ({ slug }: { slug: string }) => ({ slug }),
      bookmarked: ({ slug }: { slug: string }) => bookmarks.includes(slug),
    },
  },
});

const server = createServer(createYoga({ schema, graphiql: false, landingPage: false, logging: false }));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`listening on http://127.0.0.1:${port}/graphql`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
