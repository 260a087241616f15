/**
 * A stable mental map, in headless Chromium against the real server and the seeded Neo4j:
 * adding from search and expanding leave every drawn node where it was, a shared link and a
 * saved view reopen with the nodes where they were left, and only "Re-layout" moves them all.
 * The steps share one page and run in order; screenshots go to test-results/e2e/.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { openAsNewViewer, useExplorerSession } from './support/explorer-session.ts';
import { nodeIds, searchAndChoose, settled, waitForExplorer } from './support/explorer-page.ts';

type Positions = Record<string, { x: number; y: number }>;

let context: BrowserContext;
let page: Page;
/** The canvas as saved under a name, and as re-laid out after that. */
let saved: Positions = {};
let relaidOut: Positions = {};

/** Where every node is drawn (model coordinates: what the analyst sees, whatever the zoom). */
const positionsOf = (p: Page): Promise<Positions> =>
  p.evaluate(() => Object.fromEntries(window.__explorer!.cy().nodes().map((n) => [n.id(), { ...n.position() }])));

/** How far each node of `before` is from where it was, for the nodes both hold. */
function shifts(before: Positions, after: Positions): number[] {
  return Object.entries(before)
    .filter(([id]) => after[id])
    .map(([id, p]) => Math.hypot(after[id]!.x - p.x, after[id]!.y - p.y));
}

/** The label of the next undo, as the toolbar shows it. */
const nextUndo = (p: Page) => p.locator('#undo').getAttribute('title');

const session = useExplorerSession({ width: 1280, height: 800 });
beforeAll(() => {
  page = session.page;
  context = session.context;
});
// Saved views are stored on the server: remove this run's, by their owner (the viewer signed in here).
let owner: string | null = null;
afterAll(async () => {
  if (owner) await session.db.writeText('MATCH (v:SavedView {owner: $owner}) DELETE v', { owner });
});

describe('a stable mental map', () => {
  it('adds Europol from search without moving any node already drawn', async () => {
    await openAsNewViewer(session, 'e2e-mental-map');
    const before = await positionsOf(page);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before['org-europol'], 'Europol is not in the overview').toBeUndefined();

    await searchAndChoose(page, 'Europol', 'org-europol');
    const after = await positionsOf(page);
    expect(after['org-europol']).toBeDefined();
    const moved = shifts(before, after);
    expect(moved).toHaveLength(Object.keys(before).length);
    expect(Math.max(...moved), 'largest move of a drawn node, px').toBeLessThan(2);
    await screenshot(page, 'mental-map-01-europol-added');
  });

  it('expands Europol: its neighbours gather around it and nothing else moves', async () => {
    const before = await positionsOf(page);
    await page.focus('#cy');
    await page.keyboard.press('e');
    await page.locator('.notice', { hasText: 'of Europol added' }).waitFor();
    await settled(page);
    const after = await positionsOf(page);
    const added = Object.keys(after).filter((id) => !before[id]);
    expect(added.length).toBeGreaterThan(3);
    expect(Math.max(...shifts(before, after)), 'largest move of a drawn node, px').toBeLessThan(2);
    const europol = after['org-europol']!;
    const distances = added.map((id) => Math.hypot(after[id]!.x - europol.x, after[id]!.y - europol.y));
    expect(Math.max(...distances), 'farthest new neighbour from Europol, px').toBeLessThan(700);
    // No two nodes on top of each other among the new ones and what was there.
    for (const id of added) {
      for (const [other, p] of Object.entries(after)) {
        if (other !== id) expect(Math.hypot(after[id]!.x - p.x, after[id]!.y - p.y), `${id} and ${other}`).toBeGreaterThan(30);
      }
    }
    await screenshot(page, 'mental-map-02-europol-expanded');
  });

  it('reopens the shared link with every node where it was', async () => {
    const count = (await nodeIds(page)).length;
    await page.waitForFunction(
      (n) => {
        const fields = new URLSearchParams(window.location.hash.slice(1));
        return fields.get('ids')?.split(',').length === n && fields.get('pos')?.split(',').length === n;
      },
      count,
    );
    await page.waitForTimeout(400);
    const link = page.url();
    const here = await positionsOf(page);

    const reopened = await context.newPage();
    const reopenedProblems = collectProblems(reopened);
    await reopened.goto(link);
    await waitForExplorer(reopened);
    await settled(reopened);
    const there = await positionsOf(reopened);
    expect(Object.keys(there).sort()).toEqual(Object.keys(here).sort());
    expect(Math.max(...shifts(here, there)), 'largest difference, px').toBeLessThan(2);
    await screenshot(reopened, 'mental-map-03-shared-link-reopened');
    await reopened.close();
    expect(reopenedProblems).toEqual([]);
  });

  it('saves the view, then "Re-layout" (L, or the toolbar button) lays every node out again', async () => {
    await page.click('#views');
    await page.fill('#view-name', 'Europol network');
    await page.keyboard.press('Enter');
    await page.locator('.saved-views li', { hasText: 'Europol network' }).waitFor();
    owner = (await page.evaluate(() => fetch('/auth/me').then((r) => r.json()))).user.name;
    await page.locator('dialog.views-dialog').getByRole('button', { name: 'Close' }).click();
    saved = await positionsOf(page);

    await page.click('#help');
    await eventually(async () => expect(await page.locator('dialog.help-dialog').textContent()).toContain('Lay out all nodes again'));
    await page.locator('dialog.help-dialog').getByRole('button', { name: 'Close' }).click();

    await page.focus('#cy');
    await page.keyboard.press('l');
    await eventually(async () => expect(await nextUndo(page)).toContain('Re-layout (Force)'));
    await settled(page);
    const once = await positionsOf(page);
    const moved = shifts(saved, once);
    expect(moved.filter((d) => d > 5).length, 'nodes that moved').toBeGreaterThan(moved.length / 2);
    expect(moved.reduce((s, d) => s + d, 0) / moved.length, 'mean move, px').toBeGreaterThan(20);

    await page.click('#relayout');
    await eventually(async () => expect(shifts(once, await positionsOf(page)).some((d) => d > 5)).toBe(true));
    await settled(page);
    relaidOut = await positionsOf(page);
    expect(shifts(once, relaidOut).filter((d) => d > 5).length).toBeGreaterThan(moved.length / 2);
    await screenshot(page, 'mental-map-04-relaid-out');
  });

  it('reopens the saved view with every node where it was, and undo and redo keep positions', async () => {
    await page.click('#views');
    await page.locator('.saved-views li', { hasText: 'Europol network' }).getByRole('button', { name: 'Open' }).click();
    await eventually(async () => expect(await nextUndo(page)).toContain('Open view “Europol network”'));
    await settled(page);
    const reopened = await positionsOf(page);
    expect(Object.keys(reopened).sort()).toEqual(Object.keys(saved).sort());
    expect(Math.max(...shifts(saved, reopened)), 'largest difference, px').toBeLessThan(2);
    await screenshot(page, 'mental-map-05-saved-view-reopened');

    await page.focus('#cy');
    await page.keyboard.press('Control+z');
    await eventually(async () => expect(Math.max(...shifts(relaidOut, await positionsOf(page)))).toBeLessThan(2));
    await page.keyboard.press('Control+Shift+z');
    await eventually(async () => expect(Math.max(...shifts(saved, await positionsOf(page)))).toBeLessThan(2));
  });
});
