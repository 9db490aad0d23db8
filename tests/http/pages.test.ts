/** The pages for a browser and the probes, through `yoga.fetch`. (tests/browser opens them in Chromium.) */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { homePage, readmeExamples, usePages } from '../../src/http/pages.js';
import { schema } from '../../src/schema/index.js';
import { createYogaApp } from '../../src/yoga.js';
import { entities, relations } from '../browser/dataset.js';
import { capturingLogger } from '../security/helpers.js';
import { sharedGraph } from '../shared-graph.js';

const graph = sharedGraph();
const yoga = createYogaApp({ graph });
const html = { headers: { accept: 'text/html' } };

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const exampleSection = readme.slice(
  readme.indexOf('## Example queries'),
  readme.indexOf('\n## ', readme.indexOf('## Example queries') + 1),
);
const readmeQueries = [...exampleSection.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

function links(page: string): string[] {
  return [...page.matchAll(/href="([^"]+)"/g)].map((match) => (match[1] as string).replaceAll('&amp;', '&'));
}

describe('GET /', () => {
  it('links GraphiQL, the explorer and every example query of the README', async () => {
    const response = await yoga.fetch('http://yoga/', html);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const hrefs = links(await response.text());
    expect(hrefs).toContain('/graphql');
    expect(hrefs).toContain('/explore');
    const queries = hrefs
      .filter((href) => href.startsWith('/graphql?query='))
      .map((href) => decodeURIComponent(href.slice('/graphql?query='.length)));
    expect(readmeQueries.length).toBeGreaterThanOrEqual(4);
    expect(queries).toEqual(readmeQueries);
    expect(hrefs.filter((href) => href.startsWith('/explore?')).length).toBeGreaterThan(0);
  });

  it('says what is off instead of linking it', async () => {
    const production = createYogaApp({ graph, production: true, explorer: false });
    const page = await (await production.fetch('http://yoga/', html)).text();
    expect(links(page).filter((href) => href.startsWith('/graphql') || href.startsWith('/explore'))).toEqual([]);
    expect(page).toContain('GRAPHIQL=true');
    expect(page).toContain('EXPLORER=false');
  });
});

describe('GET /explore', () => {
  it('serves the page, its script and its style sheet from this server only', async () => {
    const response = await yoga.fetch('http://yoga/explore?focus=netflix', html);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await response.text();
    const references = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] as string);
    expect(references.filter((reference) => !reference.startsWith('/') && !reference.startsWith('data:'))).toEqual([]);
    const assets = references.filter((reference) => reference.startsWith('/explore/'));
    expect(assets.length).toBe(2);
    for (const asset of assets) {
      const file = await yoga.fetch(`http://yoga${asset}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('cache-control')).toContain('immutable');
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(1_000);
    }
    expect((await yoga.fetch('http://yoga/explore/nothing.js')).status).toBe(404);
  });

  it('is on in production, and off with explorer: false', async () => {
    const production = createYogaApp({ graph, production: true });
    expect((await production.fetch('http://yoga/explore', html)).status).toBe(200);
    const off = createYogaApp({ graph, explorer: false });
    const response = await off.fetch('http://yoga/explore', html);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('EXPLORER=false');
  });

  it('is switched by EXPLORER, on by default', () => {
    expect(loadConfig({}, []).explorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }, []).explorer).toBe(true);
    expect(loadConfig({ EXPLORER: 'false' }, []).explorer).toBe(false);
    expect(() => loadConfig({ EXPLORER: 'maybe' }, [])).toThrow(/EXPLORER must be true or false/);
  });
});

describe('GraphiQL', () => {
  it('loads no script or style sheet from another host', async () => {
    const page = await (await yoga.fetch('http://yoga/graphql', html)).text();
    expect(page).toContain('Presidents');
    expect(page).not.toMatch(/<script[^>]+src=/);
    expect(page).not.toMatch(/<link[^>]+href="https?:/);
  });
});

describe('the probes', () => {
  it('answer JSON: /health the status, /ready the size of the graph', async () => {
    const health = await yoga.fetch('http://yoga/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await yoga.fetch('http://yoga/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      graph: { entities: entities.length, relations: relations.length, version: expect.any(Number) },
    });
  });

  it('answer 503 on /ready once the server is no longer ready', async () => {
    const stopping = createYogaApp({ graph, ready: () => false });
    const response = await stopping.fetch('http://yoga/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable' });
  });
});

describe('the pages, more', () => {
  it('HEAD / is answered as GET / is; other methods on / are not the page', async () => {
    const head = await yoga.fetch('http://yoga/', { method: 'HEAD', ...html });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toContain('text/html');
    const posted = await yoga.fetch('http://yoga/', { method: 'POST', ...html, body: '' });
    expect(posted.status).toBe(404);
    expect(posted.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('an example question spread over lines reads as one sentence, without its closing colon', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-readme-')), 'README.md');
    const readme = [
      '# A server',
      '',
      '## Example queries',
      '',
      'Who presided over',
      'the AMPTP in 2009?  Ask:',
      '',
      '```graphql',
      '{ entity(slug: "amptp") { name } }',
      '```',
      '',
      '## Next',
      '',
    ].join('\n');
    writeFileSync(file, readme);
    expect(readmeExamples(pathToFileURL(file))).toEqual([
      { question: 'Who presided over the AMPTP in 2009? Ask', query: '{ entity(slug: "amptp") { name } }\n' },
    ]);
  });

  it('with no example queries (no README beside the code), the home page has no section for them', () => {
    expect(homePage({ graphiql: true, explorer: true, examples: [] })).not.toContain('Example queries');
    const one = homePage({ graphiql: true, explorer: true, examples: [{ question: 'Q', query: '{ a }' }] });
    expect(one).toContain('<h2>Example queries</h2>');
    expect(links(one)).toContain('/graphql?query=%7B%20a%20%7D');
  });

  it('an explorer that cannot be built: a 500 that says to read the log, and the reason in the log', async () => {
    const { logger, lines } = capturingLogger();
    const broken = createYoga({
      schema,
      plugins: [usePages({ graphiql: false, explorer: () => Promise.reject(new Error('no esbuild')), logger })],
    });
    const response = await broken.fetch('http://yoga/explore', html);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('the server log says why');
    expect(lines().map((line) => [line.msg, (line.err as { message?: string } | undefined)?.message])).toEqual([
      ['the explorer could not be bundled', 'no esbuild'],
    ]);
  });
});

describe("the explorer's script and style sheet", () => {
  /**
   * The assets of an app made for the calling test: an app bundles once, on its first request, so
   * with a shared one only the first test to ask would run the bundling code (and mutation testing,
   * which runs only the tests that reached a mutant, would not run these checks against it).
   */
  async function assets(): Promise<{ path: string; text: string; bytes: Buffer }[]> {
    const app = createYogaApp({ graph });
    const page = await (await app.fetch('http://yoga/explore', html)).text();
    const paths = [...page.matchAll(/(?:src|href)="(\/explore\/[^"]+)"/g)].map((match) => match[1] as string);
    return Promise.all(
      paths.map(async (path) => {
        const bytes = Buffer.from(await (await app.fetch(`http://yoga${path}`)).arrayBuffer());
        return { path, text: bytes.toString('utf8'), bytes };
      }),
    );
  }

  it('are named by the first 12 hex digits of the SHA-256 of their content', async () => {
    const found = await assets();
    expect(found.map(({ path }) => path.split('.').at(-1)).sort()).toEqual(['css', 'js']);
    for (const { path, bytes } of found) {
      const digest = createHash('sha256').update(bytes).digest('hex');
      expect(path).toBe(`/explore/explorer.${digest.slice(0, 12)}.${path.split('.').at(-1)}`);
    }
  });

  it('are one bundled, minified script importing no other module, and a minified style sheet', async () => {
    const found = await assets();
    const script = found.find(({ path }) => path.endsWith('.js'))?.text ?? '';
    const style = found.find(({ path }) => path.endsWith('.css'))?.text ?? '';
    expect(script).not.toMatch(/\bimport\s*\{[^}]*\}\s*from\s*["']/);
    // Minified: long lines, and a style sheet without indentation.
    expect(script.length / script.split('\n').length).toBeGreaterThan(100);
    expect(style.length).toBeGreaterThan(1_000);
    expect(style).not.toMatch(/\n[ \t]+\S/);
  });
});
