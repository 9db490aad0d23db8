/**
 * GraphiQL in a real browser against the real server: it loads with no other host (its assets
 * come from node_modules through the server), opens on the README's first query, runs it, and its
 * documentation explorer reads the schema.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, HAS_CHROMIUM, REQUIRED, screenshot, useBrowserSession, type WatchedPage } from './browser.js';
import { entities, entity, relations } from './dataset.js';

/** GraphiQL is a 9 MB page on a shared machine: it may take a while. */
const LOADED_MS = 60_000;

/** The query editor's text (the editor draws spaces as no-break spaces). */
async function editorText(page: Page): Promise<string> {
  return ((await page.locator('.graphiql-query-editor .view-lines').textContent()) ?? '').replace(/\s+/g, ' ');
}

async function responseText(page: Page): Promise<string> {
  return ((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\s+/g, ' ');
}

async function openGraphiQL(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.graphiql-execute-button').waitFor({ timeout: LOADED_MS });
}

describe.runIf(HAS_CHROMIUM || REQUIRED)('GraphiQL in Chromium', () => {
  let origin: string;
  let watched: WatchedPage;
  let page: Page;
  useBrowserSession((session) => {
    ({ origin, watched } = session);
    page = watched.page;
  });

  it('opens on the README query and runs it', { timeout: 120_000 }, async () => {
    await openGraphiQL(page, `${origin}/graphql`);
    await eventually(() => editorText(page)).toContain('query Presidents');
    await page.locator('.graphiql-execute-button').click();
    // Nick Counter presided over the AMPTP (the data files say so): the answer names him.
    const counter = relations.find((relation) => relation.from === 'amptp' && relation.to === 'nick-counter');
    expect(counter?.type).toBe('PRESIDED_BY');
    await eventually(() => responseText(page), 30_000).toContain(entity('nick-counter').name);
    expect(await responseText(page)).not.toContain('"errors"');
    await screenshot(page, 'graphiql');
  });

  it('shows the schema in its documentation explorer', { timeout: 120_000 }, async () => {
    await openGraphiQL(page, `${origin}/graphql`);
    await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await eventually(() => docs.textContent(), 30_000).toContain('Query');
    await docs.getByText('Query', { exact: true }).first().click();
    await eventually(() => docs.textContent()).toContain('shortestPath');
    expect(await docs.textContent()).toContain('neighborhood');
  });

  it('opens an example question of the home page, ready to run', { timeout: 120_000 }, async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: /strikes against the AMPTP/ }).click();
    await page.locator('.graphiql-execute-button').waitFor({ timeout: LOADED_MS });
    await eventually(() => editorText(page)).toContain('query Strikes');
    await page.locator('.graphiql-execute-button').click();
    // Some strike of the data files is among the first ten by name.
    const strikes = entities.filter((candidate) => candidate.kind === 'STRIKE').map((strike) => strike.name);
    const firstStrike = [...strikes].sort((a, b) => a.localeCompare(b))[0] as string;
    await eventually(() => responseText(page), 30_000).toContain(firstStrike);
  });
});
