/**
 * Analytics for analysts, in headless Chromium at 1440×900 against the real server and the
 * seeded Neo4j: a centrality ranking over chosen kinds, in a table with normalised scores and
 * the measure named; a concept hub excluded in one click, gone from the ranking and avoided by
 * a path; sized nodes that do not overlap; named communities with their own legend that select
 * their members when clicked, drawn as rings so the kind colours stay true.
 * The steps share one page and run in order; screenshots go to test-results/e2e/.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../server/domain/model.ts';
import { screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { openAsNewViewer, useExplorerSession } from './support/explorer-session.ts';
import { searchAndChoose, settled } from './support/explorer-page.ts';

const HUB = 'Migrant smuggling';
let page: Page;

const session = useExplorerSession({ width: 1440, height: 900 });
beforeAll(() => {
  page = session.page;
});

/** The ranking table as the analyst reads it. */
async function ranking(p: Page) {
  const table = p.locator('#ranking-table');
  await table.waitFor({ state: 'visible' });
  return {
    header: (await table.locator('thead th').allTextContents()).map((t) => t.trim()),
    rows: await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))),
  };
}

/** Ranks with the measure chosen, and waits for the table of this run. */
async function rank(p: Page): Promise<Awaited<ReturnType<typeof ranking>>> {
  await p.evaluate(() => document.querySelector('#ranking-table')?.remove());
  await p.click('#size-by-centrality');
  await settled(p);
  return ranking(p);
}

async function chooseKinds(p: Page, kinds: string[]): Promise<void> {
  await p.locator('.analysis-scope .checklist-buttons button', { hasText: 'None' }).click();
  for (const kind of kinds) await p.check(`#analysis-kind-${kind}`);
}

/** On-screen boxes of the drawn nodes' bodies (no labels), in page pixels. */
const nodeBoxes = (p: Page) =>
  p.evaluate(() => window.__explorer!.cy().nodes(':visible').map((n) => {
    const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
    return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
  }));

/** Pairs of boxes overlapping by more than 3 px both ways. */
function overlapsOf(boxes: Awaited<ReturnType<typeof nodeBoxes>>): string[] {
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (ox > 3 && oy > 3) overlaps.push(`${a.id}/${b.id} ${ox.toFixed(0)}×${oy.toFixed(0)}px`);
    }
  }
  return overlaps;
}

describe('analytics for analysts', () => {
  it('ranks only the chosen kinds, in a table with normalised scores and the measure named', async () => {
    await openAsNewViewer(session, 'e2e-analytics');
    await page.click('#tab-analytics');
    // The defaults are actors and places, not concepts.
    expect(await page.isChecked('#analysis-kind-Organisation')).toBe(true);
    expect(await page.isChecked('#analysis-kind-CrimeType')).toBe(false);
    await screenshot(page, 'analytics-01-panel');

    await chooseKinds(page, ['Organisation', 'Route']);
    await page.selectOption('#centrality-measure', 'PAGERANK');
    const { header, rows } = await rank(page);
    expect(header).toEqual(['Rank', 'Name', 'Kind', 'PageRank (0–100)']);
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set([KINDS.Organisation.caption, KINDS.Route.caption]));
    const scores = rows.map((r) => Number(r[3]));
    expect(scores[0]).toBe(100);
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(rows.map((r) => Number(r[0]))).toEqual(rows.map((_, i) => i + 1));
    await screenshot(page, 'analytics-02-ranking-organisations-routes');
  });

  it('leaves an excluded concept hub out of the ranking', async () => {
    await page.locator('.analysis-scope .checklist-buttons button', { hasText: 'All' }).click();
    await page.selectOption('#centrality-measure', 'DEGREE');
    const all = await rank(page);
    expect(all.header.at(-1)).toBe('Degree (0–100)');
    expect(all.rows.map((r) => r[1])).toContain(HUB);

    await page.click('#analytics-suggest-hubs');
    await eventually(async () => expect(await page.locator('#analytics-hubs .hub').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(HUB)])));
    const without = await rank(page);
    expect(without.rows.map((r) => r[1])).not.toContain(HUB);
    expect(without.rows.length).toBeGreaterThan(5);
    expect(await page.locator('#centrality-info .engine').textContent()).toContain(`Excluded: ${HUB}`);
    await screenshot(page, 'analytics-03-hub-excluded');
  });

  it('sizes nodes by score and moves them apart so none overlap', async () => {
    await page.locator('.analysis-scope .checklist-buttons button', { hasText: 'All' }).click();
    await page.selectOption('#centrality-measure', 'DEGREE');
    // With the hub back in, it grows to the largest size; two of its neighbours, put close to
    // it beforehand (as a drag would), grow too and would cover it without the layout pass.
    await page.locator('#analytics-hubs .hub', { hasText: HUB }).locator('button').click();
    await page.locator('button', { hasText: 'Reset size' }).click();
    await page.evaluate(() => {
      const cy = window.__explorer!.cy();
      const hub = cy.getElementById('crime-migrant-smuggling').position();
      cy.getElementById('crime-human-trafficking').position({ x: hub.x + 40, y: hub.y });
      cy.getElementById('crime-document-fraud').position({ x: hub.x, y: hub.y + 40 });
    });
    expect(overlapsOf(await nodeBoxes(page)), 'no overlaps before sizing').toEqual([]);
    await rank(page);
    const sizes = await page.evaluate(() => window.__explorer!.cy().nodes('.sized').map((n) => n.width()));
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.max(...sizes) - Math.min(...sizes), 'sizes differ by score').toBeGreaterThan(20);
    // The pass after sizing is one undoable move; undoing it shows the overlaps it removed.
    expect(await page.locator('#undo').getAttribute('title')).toMatch(/Undo: Move \d+ nodes/);
    await page.click('#undo');
    await settled(page);
    const before = overlapsOf(await nodeBoxes(page));
    expect(before.length, 'sized nodes overlapping before the layout pass').toBeGreaterThan(0);
    await screenshot(page, 'analytics-04a-sized-before-layout-pass');
    await page.click('#redo');
    await settled(page);
    expect(overlapsOf(await nodeBoxes(page)), 'node boxes overlapping by more than 3 px').toEqual([]);
    await screenshot(page, 'analytics-04b-sized-no-overlap');
    await page.click('#analytics-suggest-hubs');
    await eventually(async () => expect(await page.locator('#analytics-hubs .hub').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(HUB)])));
  });

  it('adds, selects and focuses a node from the ranking', async () => {
    const first = page.locator('#ranking-table tbody tr').first();
    const id = (await first.getAttribute('data-id'))!;
    await first.locator('button').click();
    await page.waitForFunction((nodeId) => window.__explorer!.cy().getElementById(nodeId).selected(), id);
    await settled(page);
    const onScreen = await page.evaluate((nodeId) => {
      const cy = window.__explorer!.cy();
      const p = cy.getElementById(nodeId).renderedPosition();
      return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
    }, id);
    expect(onScreen).toBe(true);
    expect(await page.locator('#ranking-table').isVisible(), 'the ranking stays in view').toBe(true);
    await screenshot(page, 'analytics-05-ranking-focus');
  });

  it('names communities in their own legend; clicking one selects its members; kinds keep their fill', async () => {
    await page.click('#tab-analytics');
    await page.click('#colour-by-community');
    const entries = page.locator('#community-legend .community-entry');
    await entries.first().waitFor({ state: 'visible' });
    const names = await entries.allTextContents();
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(name).toMatch(/^Community around .+ \(\d+\)$/);
    expect(new Set(names).size).toBe(names.length);

    const drawnText = await page.locator('#community-legend .community-list li').first().locator('.muted').textContent();
    const drawn = Number(/(\d+) drawn/.exec(drawnText!)![1]);
    const ring = await entries.first().locator('.community-swatch').evaluate((el) => getComputedStyle(el).borderTopColor);
    await entries.first().click();
    await settled(page);
    // The legend stays in view: selecting from it does not switch to the details panel.
    expect(await page.locator('#community-legend').isVisible()).toBe(true);
    const selected = await page.evaluate(() => window.__explorer!.cy().nodes(':selected').map((n) => ({
      ring: n.style('outline-color') as string,
      fill: n.style('background-color') as string,
      kind: n.data('kind') as string,
    })));
    expect(selected).toHaveLength(drawn);
    for (const node of selected) expect(node.ring.replace(/\s/g, '')).toBe(ring.replace(/\s/g, ''));
    // The fill is still the kind's colour from the model, so the kind legend stays right.
    const kindColours = await page.evaluate((colours) => Object.fromEntries(Object.entries(colours).map(([kind, hex]) => {
      const probe = document.createElement('span');
      probe.style.color = hex;
      document.body.append(probe);
      const rgb = getComputedStyle(probe).color;
      probe.remove();
      return [kind, rgb];
    })), Object.fromEntries(Object.entries(KINDS).map(([kind, spec]) => [kind, spec.colour])));
    for (const node of selected) expect(node.fill.replace(/\s/g, '')).toBe(kindColours[node.kind]!.replace(/\s/g, ''));
    await screenshot(page, 'analytics-06-community-selected');
  });

  it('finds Portugal → Frontex around the excluded hub', async () => {
    await searchAndChoose(page, 'Portugal', 'loc-portugal');
    await searchAndChoose(page, 'Frontex', 'org-frontex');
    await page.click('#tab-paths');
    await page.selectOption('#path-from', 'loc-portugal');
    await page.selectOption('#path-to', 'org-frontex');
    await page.selectOption('#path-mode', 'ALL_SHORTEST');
    // The same hub list as in the analytics panel.
    expect(await page.locator('#path-hubs .hub').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(HUB)]));

    // Without the exclusion, some shortest path runs through the hub.
    await page.locator('#path-hubs .hub', { hasText: HUB }).locator('button').click();
    const stepsOf = async () => {
      await page.evaluate(() => document.querySelector('.path-results')?.replaceChildren());
      await page.click('#find-paths');
      await page.locator('.path-list .path').first().waitFor({ state: 'visible' });
      await settled(page);
      return page.locator('.path-list .path').evaluateAll((paths) => paths.map((p) => [...p.querySelectorAll('.path-node')].map((n) => n.textContent!.trim())));
    };
    const through = await stepsOf();
    expect(through.some((steps) => steps.includes(HUB))).toBe(true);
    await screenshot(page, 'analytics-07-path-through-hub');

    await page.click('#path-suggest-hubs');
    await eventually(async () => expect(await page.locator('#path-hubs .hub').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(HUB)])));
    const around = await stepsOf();
    expect(around.length).toBeGreaterThan(0);
    for (const steps of around) {
      expect(steps).not.toContain(HUB);
      expect(steps[0]).toBe('Portugal');
      expect(steps.at(-1)).toBe('Frontex');
    }
    await screenshot(page, 'analytics-08-path-around-hub');
  });
});
