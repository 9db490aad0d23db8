/**
 * The pages a person opens in a browser, other than GraphiQL (yoga's, on GET /graphql):
 * - GET /: links to GraphiQL, the explorer and the README's example questions;
 * - GET /explore: the visual explorer (src/explorer), and its script and style sheet under
 *   /explore/ with content-hashed names, cached for good.
 * A yoga plugin, so that these answer through `yoga.fetch` as through the server.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import type { ExplorerAssets } from './explorer-assets.js';
import { pathOf } from './request-log.js';

export const HOME_PATH = '/';
export const EXPLORER_PATH = '/explore';

/** A question from the README with the query that answers it. */
export interface ExampleQuestion {
  readonly question: string;
  readonly query: string;
}

/**
 * The README's example queries, each with the sentence that introduces it: read from the README
 * itself, so that the page and the README cannot drift apart (tests/http/readme.test.ts runs
 * them). None when the README is not beside the code (a trimmed deployment).
 */
export function readmeExamples(readmeUrl = new URL('../../README.md', import.meta.url)): ExampleQuestion[] {
  let readme: string;
  try {
    readme = readFileSync(readmeUrl, 'utf8');
  } catch {
    return [];
  }
  const section = /^## Example queries\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  return [...section.matchAll(/((?:^[^\n`].*\n)+)\n```graphql\n([\s\S]*?)```/gm)].map((match) => ({
    question: (match[1] as string).replace(/\s+/g, ' ').trim().replace(/:$/, ''),
    query: match[2] as string,
  }));
}

/** Views of the explorer that answer questions the README asks. */
const EXPLORER_EXAMPLES: readonly { readonly text: string; readonly href: string }[] = [
  {
    text: 'How is Netflix connected to the Writers Guild of America West?',
    href: '/explore?from=netflix&to=writers-guild-of-america-west',
  },
  { text: 'Who presided over the AMPTP in 2009?', href: '/explore?focus=amptp&asOf=2009' },
  { text: 'Everything Netflix takes part in, with its sources', href: '/explore?focus=netflix' },
];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

/** Markdown code spans as <code>, everything else escaped. */
function inlineMarkdown(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

export function homePage({
  graphiql,
  explorer,
  examples = readmeExamples(),
}: {
  graphiql: boolean;
  explorer: boolean;
  /** The example queries to link (default: the README's). */
  examples?: readonly ExampleQuestion[];
}): string {
  const graphiqlPart = graphiql
    ? `<li><a href="/graphql">GraphiQL</a>: write and run queries, with the schema's documentation beside them.</li>`
    : `<li>GraphiQL is off on this server (production mode; <code>GRAPHIQL=true</code> turns it on). Send queries to <code>POST /graphql</code>.</li>`;
  const explorerPart = explorer
    ? `<li><a href="${EXPLORER_PATH}">The explorer</a>: search an entity, see its neighbourhood, read the sources, find the path between two entities, move in time.</li>`
    : `<li>The explorer is off on this server (<code>EXPLORER=false</code>).</li>`;
  const explorerExamples = explorer
    ? `<h2>Questions to explore</h2><ul>${EXPLORER_EXAMPLES.map(
        ({ text, href }) => `<li><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></li>`,
      ).join('')}</ul>`
    : '';
  const queryExamples =
    graphiql && examples.length > 0
      ? `<h2>Example queries</h2><p>Each opens in GraphiQL; press Run.</p><ul>${examples
          .map(
            ({ question, query }) =>
              `<li><a href="/graphql?query=${encodeURIComponent(query)}">${inlineMarkdown(question)}</a></li>`,
          )
          .join('')}</ul>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>AMPTP knowledge graph</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1d232b; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.15rem; margin-top: 2rem; }
a { color: #1a5fb4; }
code { font-size: .9em; background: #f0f2f5; padding: 0 .25em; border-radius: 3px; }
li { margin: .35rem 0; }
.lead { color: #4a5563; margin-top: 0; }
</style>
</head>
<body>
<h1>AMPTP knowledge graph</h1>
<p class="lead">Who is connected to whom in the entertainment-industry labour world, since when, and on what source.</p>
<ul>
${graphiqlPart}
${explorerPart}
<li><code>POST /graphql</code>: the GraphQL API; <a href="/health">/health</a> and <a href="/ready">/ready</a> for probes.</li>
</ul>
${explorerExamples}
${queryExamples}
</body>
</html>
`;
}

const HOME_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
};

/** The explorer: its own code only; the layout's worker starts from a blob URL. */
const EXPLORER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; worker-src blob:; base-uri 'none'; form-action 'none'";

export interface PagesOptions {
  readonly graphiql: boolean;
  /** The explorer's bundle (src/http/explorer-assets.ts), or null when it is off. */
  readonly explorer: (() => Promise<ExplorerAssets>) | null;
  readonly logger: Logger;
}

export function usePages({ graphiql, explorer, logger }: PagesOptions): Plugin {
  let home: string | null = null;
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = pathOf(request.url);
      if (path === HOME_PATH) {
        home ??= homePage({ graphiql, explorer: explorer !== null });
        endResponse(new fetchAPI.Response(home, { headers: HOME_HEADERS }));
        return;
      }
      if (path !== EXPLORER_PATH && !path.startsWith(`${EXPLORER_PATH}/`)) return;
      if (!explorer) {
        endResponse(
          new fetchAPI.Response('The explorer is turned off on this server (EXPLORER=false).\n', {
            status: 404,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      // A promise: yoga waits for it, and the request ends with the response.
      return explorer().then(
        (assets) => {
          if (path === EXPLORER_PATH) {
            endResponse(
              new fetchAPI.Response(assets.html, {
                headers: {
                  'content-type': 'text/html; charset=utf-8',
                  'content-security-policy': EXPLORER_CSP,
                  'x-content-type-options': 'nosniff',
                  'cache-control': 'no-cache',
                },
              }),
            );
            return;
          }
          const asset = assets.files.get(path.slice(EXPLORER_PATH.length + 1));
          endResponse(
            asset
              ? new fetchAPI.Response(asset.body, {
                  headers: {
                    'content-type': asset.contentType,
                    'x-content-type-options': 'nosniff',
                    'cache-control': 'public, max-age=31536000, immutable',
                  },
                })
              : new fetchAPI.Response('No such file.\n', {
                  status: 404,
                  headers: { 'content-type': 'text/plain; charset=utf-8' },
                }),
          );
        },
        (error: unknown) => {
          logger.error({ err: error }, 'the explorer could not be bundled');
          endResponse(
            new fetchAPI.Response('The explorer could not be built; the server log says why.\n', {
              status: 500,
              headers: { 'content-type': 'text/plain; charset=utf-8' },
            }),
          );
        },
      );
    },
  };
}
