/**
 * The explorer and the home page in a real browser against the real server. Expected values come
 * from the data files (tests/browser/dataset.ts), never from the explorer's own code.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  eventually,
  HAS_CHROMIUM,
  pixelsOf,
  REQUIRED,
  screenshot,
  useBrowserSession,
  type WatchedPage,
} from './browser.js';
import { entity, relations, relationsOf, shortestPathLength, sources } from './dataset.js';

/** The legend's colour for a kind, found by its label: what the drawing is checked against. */
async function legendColor(page: Page, label: string): Promise<string> {
  const color = await page.locator('#legend li', { hasText: label }).first().getAttribute('data-color');
  if (!color) throw new Error(`the legend has no colour for ${label}`);
  return color;
}

/** The colour of the legend's sample line for solid or dashed relations. */
async function legendLineColor(page: Page, style: 'solid' | 'dashed'): Promise<string> {
  const rgb = await page
    .locator(`#legend .line.${style}`)
    .evaluate((line) => getComputedStyle(line).borderTopColor.match(/\d+/g)?.map(Number) ?? []);
  if (rgb.length < 3) throw new Error(`the legend has no ${style} line`);
  return `#${rgb
    .slice(0, 3)
    .map((part) => part.toString(16).padStart(2, '0'))
    .join('')}`;
}

function focusOf(page: Page): string | null {
  return new URL(page.url()).searchParams.get('focus');
}

/** Whether a relation from the files holds at some time within a year, by the rule the README states. */
function holdsIn(relation: { since?: string; until?: string }, year: string): boolean {
  const since = relation.since && relation.since !== 'unknown' ? relation.since.slice(0, 4) : null;
  const until = relation.until && relation.until !== 'unknown' ? relation.until.slice(0, 4) : null;
  return (since === null || since <= year) && (until === null || until >= year);
}

describe.runIf(HAS_CHROMIUM || REQUIRED)('the explorer in Chromium', () => {
  let origin: string;
  let watched: WatchedPage;
  let page: Page;
  useBrowserSession((session) => {
    ({ origin, watched } = session);
    page = watched.page;
  });

  it('draws the neighbourhood of Netflix and lists its relations with their citations', {
    timeout: 60_000,
  }, async () => {
    await page.goto(`${origin}/explore?focus=netflix`);
    const expected = relationsOf('netflix');
    await eventually(() => page.locator('#relations-title').textContent()).toBe(`${expected.length} relations`);
    await eventually(() => page.locator('#caption').textContent()).toContain('Netflix and');
    expect(await page.locator('.panel h2').first().textContent()).toBe(entity('netflix').name);

    for (const relation of expected) {
      const item = page.locator(`[data-relation="${relation.id}"]`);
      expect(await item.count(), relation.id).toBe(1);
      const hrefs = await item
        .locator('a.citation')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const citation of relation.citations) {
        expect(hrefs).toContain(sources.find((source) => source.id === citation.source)?.url);
      }
    }

    // The WebGL drawing: Netflix in the studios' colour, its executives in the people's.
    const studio = await legendColor(page, 'Studio');
    const person = await legendColor(page, 'Person');
    const pixels = await pixelsOf(page, '#graph', [studio, person]);
    expect(pixels.total).toBeGreaterThan(2_000);
    expect(pixels.matches[0]?.count).toBeGreaterThan(200);
    expect(pixels.matches[1]?.count).toBeGreaterThan(100);
    // Its relations as solid lines in the legend's colour. A tolerance this tight rules out the grey
    // edges of anti-aliased text, which have no tint.
    const line = await legendLineColor(page, 'solid');
    const lines = await pixelsOf(page, '#graph', [line], 5);
    expect(lines.matches[0]?.count).toBeGreaterThan(15 * expected.length);
    await screenshot(page, 'explore-netflix');
  });

  it('focuses the entity whose node is clicked', { timeout: 60_000 }, async () => {
    await page.goto(`${origin}/explore?focus=netflix`);
    await eventually(() => page.locator('#caption').textContent()).toContain('Netflix and');
    const person = await legendColor(page, 'Person');
    const { matches } = await pixelsOf(page, '#graph', [person]);
    const hit = matches[0]?.first;
    expect(hit).not.toBeNull();
    const box = await page.locator('#graph').boundingBox();
    if (!hit || !box) throw new Error('no person drawn');
    // The first pixel found is the top of a disc: a little lower is inside it.
    await page.mouse.click(box.x + hit[0], box.y + hit[1] + 3);
    await eventually(() => focusOf(page)).not.toBe('netflix');
    const people = relationsOf('netflix')
      .map((relation) => (relation.from === 'netflix' ? relation.to : relation.from))
      .filter((slug) => entity(slug).kind === 'PERSON');
    const focused = focusOf(page) as string;
    expect(people).toContain(focused);
    await eventually(() => page.locator('.panel h2').first().textContent()).toBe(entity(focused).name);
  });

  it('focuses a name clicked in the panel, and goes back with the back button', { timeout: 60_000 }, async () => {
    await page.goto(`${origin}/explore?focus=netflix`);
    await page.locator('.relations a[data-slug="amptp"]').first().click();
    await eventually(() => focusOf(page)).toBe('amptp');
    await eventually(() => page.locator('.panel h2').first().textContent()).toBe(entity('amptp').name);
    await page.goBack();
    await eventually(() => focusOf(page)).toBe('netflix');
    await eventually(() => page.locator('.panel h2').first().textContent()).toBe(entity('netflix').name);
  });

  it('finds an entity by a misspelling in the search combobox, and focuses the hit chosen', {
    timeout: 60_000,
  }, async () => {
    await page.goto(`${origin}/explore`);
    const search = page.locator('#search');
    expect(await search.getAttribute('role')).toBe('combobox');
    await search.pressSequentially('Netflx');
    const option = page.locator('[role="option"][data-slug="netflix"]');
    await option.waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    const options = page.locator(`#${await search.getAttribute('aria-controls')} [role="option"]`);
    const index = (await options.evaluateAll((all) => all.map((item) => item.getAttribute('data-slug')))).indexOf(
      'netflix',
    );
    for (let step = 0; step < index; step += 1) await search.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await search.press('Enter');
    await eventually(() => focusOf(page)).toBe('netflix');
    await eventually(() => page.locator('.panel h2').first().textContent()).toBe(entity('netflix').name);
    expect(await search.getAttribute('aria-expanded')).toBe('false');
  });

  it('lists the shortest path between two entities step by step, and other paths on request', {
    timeout: 60_000,
  }, async () => {
    const [from, to] = ['netflix', 'writers-guild-of-america-west'];
    await page.goto(`${origin}/explore?from=${from}&to=${to}`);
    const steps = page.locator('.steps .step');
    await steps.first().waitFor();
    expect(await steps.count()).toBe(shortestPathLength(from, to));
    const chain = await steps.evaluateAll((items) =>
      items.map((item) => ({
        ends: [...item.querySelectorAll('.step-line a[data-slug]')].map((link) => link.getAttribute('data-slug')),
        forward: item.getAttribute('data-forward') === 'true',
      })),
    );
    expect(chain[0]?.ends[0]).toBe(from);
    expect(chain.at(-1)?.ends[1]).toBe(to);
    chain.forEach(({ ends: [a, b], forward }, index) => {
      if (index > 0) expect(a).toBe(chain[index - 1]?.ends[1]);
      // Each step is a relation of the files, walked with or against its direction as the page says.
      const [subject, object] = forward ? [a, b] : [b, a];
      expect(relations.some((relation) => relation.from === subject && relation.to === object)).toBe(true);
    });
    expect(await steps.first().locator('a.citation').count()).toBeGreaterThan(0);
    await screenshot(page, 'explore-path');

    await page.getByRole('button', { name: 'Show other paths' }).click();
    const choices = page.locator('.path-choice');
    await choices.first().waitFor();
    expect(await choices.count()).toBeGreaterThan(1);
    const second = (await choices.nth(1).textContent()) ?? '';
    await choices.nth(1).click();
    await eventually(() => page.locator('.path-choice.chosen').textContent()).toBe(second);
    expect(await steps.count()).toBe(Number(/^(\d+) step/.exec(second)?.[1]));
  });

  it('lists what holds as of the date chosen', { timeout: 60_000 }, async () => {
    await page.goto(`${origin}/explore?focus=amptp`);
    const presidents = page.locator('[data-type="PRESIDED_BY"]');
    await presidents.waitFor();
    const presidencies = relations.filter((relation) => relation.from === 'amptp' && relation.type === 'PRESIDED_BY');
    const listed = () =>
      presidents
        .locator('.relation')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-relation')).sort());
    expect(await listed()).toEqual(presidencies.map((relation) => relation.id).sort());

    await page.locator('#as-of').fill('2005');
    await page.locator('#as-of').press('Enter');
    await eventually(() => new URL(page.url()).searchParams.get('asOf')).toBe('2005');
    const in2005 = presidencies.filter((relation) => holdsIn(relation, '2005')).map((relation) => relation.id);
    expect(in2005.length).toBeGreaterThan(0);
    expect(in2005.length).toBeLessThan(presidencies.length);
    await eventually(listed).toEqual(in2005.sort());
    expect(await page.locator('#relations-title').textContent()).toContain('as of 2005');

    // Certainty: a relation no source dates may or may not have held in 2005; one whose dates
    // cover 2005 surely did. The panel marks the first kind, and the legend explains the drawing.
    const possible = await page
      .locator('.relation.possible')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-relation')));
    const undated = relationsOf('amptp').filter((relation) => !relation.since && !relation.until);
    const listedUndated = await page
      .locator('.relation')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-relation')));
    const expectedPossible = undated.map((relation) => relation.id).filter((id) => listedUndated.includes(id));
    expect(expectedPossible.length).toBeGreaterThan(0);
    expect(possible).toEqual(expect.arrayContaining(expectedPossible));
    expect(in2005.every((id) => !possible.includes(id))).toBe(true);
    expect(await page.locator('#legend-possible').isVisible()).toBe(true);
    // And the drawing dashes them in the legend's paler colour.
    const dashed = await legendLineColor(page, 'dashed');
    const dashes = await pixelsOf(page, '#graph', [dashed], 5);
    expect(dashes.matches[0]?.count).toBeGreaterThan(500);
    await screenshot(page, 'explore-amptp-2005');

    await page.goBack();
    await eventually(listed).toEqual(presidencies.map((relation) => relation.id).sort());
  });

  it('caps a hub at 40 neighbours with a visible "N more", draws them all on request, and travels from the timeline', {
    timeout: 60_000,
  }, async () => {
    const neighbours = new Set(
      relationsOf('amptp').map((relation) => (relation.from === 'amptp' ? relation.to : relation.from)),
    );
    expect(neighbours.size).toBeGreaterThan(40);
    await page.goto(`${origin}/explore?focus=amptp`);
    const caption = page.locator('#caption');
    await eventually(() => caption.textContent()).toContain(`40 of its ${neighbours.size} neighbours`);
    await page.getByRole('button', { name: `Draw the ${neighbours.size - 40} more` }).click();
    await eventually(() => caption.textContent()).toContain(`its ${neighbours.size} neighbours`);

    const date = page.locator('.timeline-list a[data-as-of]').first();
    const when = (await date.getAttribute('data-as-of')) as string;
    await date.click();
    await eventually(() => new URL(page.url()).searchParams.get('asOf')).toBe(when);
    expect(focusOf(page)).toBe('amptp');
    await eventually(() => page.locator('#relations-title').textContent()).toContain(`as of ${when}`);
  });

  it('says in words when the slug is unknown or the query is refused', { timeout: 60_000 }, async () => {
    await page.goto(`${origin}/explore?focus=no-such-entity`);
    const message = page.getByRole('alert');
    await eventually(() => message.textContent()).toContain('“no-such-entity”');
    expect(await message.isVisible()).toBe(true);
    expect(await page.locator('#panel').textContent()).toBe('');

    await page.goto(`${origin}/explore?focus=amptp&asOf=2009-13`);
    await eventually(() => message.textContent()).toContain('BAD_USER_INPUT');
    expect(await message.isVisible()).toBe(true);
    // The browser logs each refused request (400) itself; nothing else may be logged.
    const refusals = watched.errors.filter((error) => error.includes('status of 400'));
    expect(refusals.length).toBeGreaterThan(0);
    watched.errors.splice(0, watched.errors.length, ...watched.errors.filter((error) => !refusals.includes(error)));
  });

  it('links the home page to the explorer, GraphiQL and the README questions', { timeout: 60_000 }, async () => {
    await page.goto(`${origin}/`);
    const hrefs = await page.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs).toContain(`${origin}/graphql`);
    expect(hrefs).toContain(`${origin}/explore`);
    const readme = hrefs.filter((href) => href.startsWith(`${origin}/graphql?query=`));
    expect(readme.length).toBeGreaterThanOrEqual(4);
    for (const href of hrefs) {
      // A GET of a README query without text/html runs it: each answers without errors.
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      if (href.includes('/graphql?query=')) expect((await response.json()).errors, href).toBeUndefined();
    }
    await page.getByRole('link', { name: 'How is Netflix connected to the Writers Guild of America West?' }).click();
    await page.locator('.steps .step').first().waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe('netflix');
  });
});
