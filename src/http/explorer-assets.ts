/**
 * The explorer's browser code (src/explorer), bundled from node_modules with esbuild in this
 * process, kept in memory: the page needs no build step of its own and no CDN. The bundle
 * is built on first use (a server that is never asked for /explore never pays for it) and once.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The browser code's sources, from src/http or from its compiled copy in dist/http alike (esbuild reads TypeScript). */
const EXPLORER_DIR = fileURLToPath(new URL('../../src/explorer/', import.meta.url));

export interface Asset {
  /** A name that changes with the content, so the asset can be cached for good. */
  readonly name: string;
  readonly contentType: string;
  readonly body: Uint8Array<ArrayBuffer>;
}

export interface ExplorerAssets {
  /** The page, its script and its style sheet referenced by their hashed names. */
  readonly html: string;
  readonly files: ReadonlyMap<string, Asset>;
}

function hashed(base: string, extension: string, body: Uint8Array): string {
  return `${base}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${extension}`;
}

async function bundle(): Promise<ExplorerAssets> {
  // Imported here: a server never asked for the explorer does not load esbuild at all.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [`${EXPLORER_DIR}main.ts`, `${EXPLORER_DIR}style.css`],
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const script = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const style = result.outputFiles.find((file) => file.path.endsWith('.css'));
  if (!script || !style) throw new Error('esbuild produced no script or no style sheet for the explorer');
  const js: Asset = {
    name: hashed('explorer', 'js', script.contents),
    contentType: 'text/javascript; charset=utf-8',
    body: new Uint8Array(script.contents),
  };
  const css: Asset = {
    name: hashed('explorer', 'css', style.contents),
    contentType: 'text/css; charset=utf-8',
    body: new Uint8Array(style.contents),
  };
  const template = await readFile(`${EXPLORER_DIR}index.html`, 'utf8');
  const html = template.replace('__SCRIPT__', js.name).replace('__STYLE__', css.name);
  return { html, files: new Map([js, css].map((asset) => [asset.name, asset])) };
}

/** Bundles on the first call; later calls share that result (a failed build is retried). */
export function lazyExplorerAssets(): () => Promise<ExplorerAssets> {
  let pending: Promise<ExplorerAssets> | null = null;
  return () => {
    pending ??= bundle().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
