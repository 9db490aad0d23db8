/**
 * Debian's Chromium driven by playwright-core against the real server. Every request to another
 * host is blocked and counted, and console errors are collected, so that each test can assert
 * that the page needed nothing from outside and logged no error.
 *
 * Without Chromium the browser tests skip, saying how to run them; with CI=true they fail instead.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type RunningServer, startServer } from '../server/start-server.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const REQUIRED = process.env.CI === 'true';
export const SCREENSHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));

if (!HAS_CHROMIUM && !REQUIRED) {
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM}. To run them: apt-get install -y chromium ` +
      '(or set CHROMIUM_PATH to a Chromium binary), then npx vitest run tests/browser',
  );
}

/** How long a page may take to show what a test waits for: the machine may be busy. */
const SETTLE_MS = 20_000;

/** `expect.poll` with room for a busy machine (its default gives up after a second). */
export function eventually<T>(read: () => T | Promise<T>, timeout = SETTLE_MS) {
  return expect.poll(read, { timeout, interval: 100 });
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
}

export interface WatchedPage {
  readonly page: Page;
  /** Requests to any host but the server's, blocked. */
  readonly external: string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
}

export async function openPage(browser: Browser, serverUrl: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const host = new URL(serverUrl).host;
  const external: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host !== host) {
      external.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, external, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

/** `#rrggbb` as numbers. */
function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * Where an element's pixels are within `tolerance` of each colour: decoded by the browser from a
 * screenshot, in a blank page of its own (the explorer's page forbids data: URLs, rightly).
 */
export async function pixelsOf(
  page: Page,
  selector: string,
  colors: readonly string[],
  tolerance = 12,
): Promise<{
  width: number;
  height: number;
  total: number;
  matches: { count: number; first: [number, number] | null }[];
}> {
  const element = page.locator(selector);
  const png = await element.screenshot();
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(
      async ({ base64, targets, tolerance }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, image.width, image.height);
        const matches = targets.map(() => ({ count: 0, first: null as [number, number] | null }));
        let total = 0;
        const [br, bg, bb] = [data[0] as number, data[1] as number, data[2] as number];
        for (let index = 0; index < data.length; index += 4) {
          const [r, g, b] = [data[index] as number, data[index + 1] as number, data[index + 2] as number];
          if (Math.abs(r - br) + Math.abs(g - bg) + Math.abs(b - bb) > 30) total += 1;
          targets.forEach(([tr, tg, tb], which) => {
            if (Math.abs(r - tr) <= tolerance && Math.abs(g - tg) <= tolerance && Math.abs(b - tb) <= tolerance) {
              const match = matches[which] as { count: number; first: [number, number] | null };
              match.count += 1;
              match.first ??= [(index / 4) % image.width, Math.floor(index / 4 / image.width)];
            }
          });
        }
        return { width: image.width, height: image.height, total, matches };
      },
      { base64: png.toString('base64'), targets: colors.map(rgb), tolerance },
    );
  } finally {
    await scratch.close();
  }
}

export interface BrowserSession {
  readonly server: RunningServer;
  readonly origin: string;
  /** The page of the test running now (a fresh context each test). */
  readonly watched: WatchedPage;
}

/**
 * For a describe block: one real server and one browser, a fresh page for each test, and after
 * each test the checks every browser test makes (no request to another host, no console error).
 * `onPage` receives each test's page as it opens.
 */
export function useBrowserSession(onPage: (session: BrowserSession) => void): void {
  let server: RunningServer;
  let browser: Browser;
  let watched: WatchedPage;
  beforeAll(async () => {
    if (!HAS_CHROMIUM) throw new Error(`CI=true and no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
    server = await startServer();
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
  });
  beforeEach(async () => {
    watched = await openPage(browser, server.url);
    onPage({ server, origin: new URL(server.url).origin, watched });
  });
  afterEach(async () => {
    const { external, errors } = watched;
    await watched.page.context().close();
    expect(external, 'requests to other hosts').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  });
}
