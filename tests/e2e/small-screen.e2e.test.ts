/**
 * The explorer on a 1280×720 screen: the panels fold away so the canvas gets the window, the
 * choice survives a reload, details unfold the side panel when asked for; relationship colours
 * come in a few families that the legend shows and filters together; and a sign-in link that
 * was used already answers with a page that says what to do next. Screenshots go to
 * test-results/e2e/.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSignInLink, createUser } from '../../server/auth/auth-service.ts';
import { relationshipLook } from '../../server/domain/derive.ts';
import { RELATIONSHIP_FAMILIES, RELATIONSHIPS, type RelationshipType } from '../../server/domain/model.ts';
import { screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { settled, waitForExplorer } from './support/explorer-page.ts';
import { openAsNewViewer, useExplorerSession } from './support/explorer-session.ts';

const VIEWPORT = { width: 1280, height: 720 };
let page: Page;

const session = useExplorerSession(VIEWPORT);
beforeAll(async () => {
  page = session.page;
  await openAsNewViewer(session, 'e2e-small');
});

const box = (selector: string) =>
  page.evaluate((s) => {
    const element = document.querySelector(s) as HTMLElement | null;
    if (!element || element.offsetParent === null && getComputedStyle(element).position !== 'fixed') return null;
    const r = element.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { width: r.width, height: r.height, left: r.left, right: r.right } : null;
  }, selector);

/** Cytoscape's own idea of its size: it must follow the container, or clicks land off target. */
const cySize = () => page.evaluate(() => ({ width: window.__explorer!.cy().width(), height: window.__explorer!.cy().height() }));

describe('at 1280×720', () => {
  it('fits the toolbar in the window and folds the legend, side panel and timeline from the keyboard', async () => {
    // Every control of the toolbar, the side panel's tabs and the timeline inside its own box.
    const cut = await page.evaluate(() =>
      ['.toolbar', '#side-panel .tablist', '#timeline'].flatMap((selector) => {
        const bar = document.querySelector(selector) as HTMLElement;
        const edge = bar.getBoundingClientRect();
        const controls = [...bar.querySelectorAll('button, select, input, [role=tab]')].filter((e) => (e as HTMLElement).offsetParent !== null);
        return controls.filter((e) => e.getBoundingClientRect().right > Math.min(edge.right, window.innerWidth) + 0.5).map((e) => `${selector}: ${e.textContent || e.id}`);
      }),
    );
    await screenshot(page, 'small-01-panels-open');
    expect(cut).toEqual([]);
    const open = (await box('#cy'))!;

    await page.focus('#cy');
    await page.keyboard.press('[');
    await page.keyboard.press(']');
    await page.keyboard.press('t');
    await eventually(async () => expect(await box('#legend')).toBeNull());
    expect(await box('#side-panel')).toBeNull();
    expect(await box('#timeline')).toBeNull();
    const folded = (await box('#cy'))!;
    expect(folded.width).toBeGreaterThanOrEqual(VIEWPORT.width - 2);
    expect(folded.width - open.width).toBeGreaterThan(400);
    await eventually(async () => expect(await cySize()).toEqual({ width: Math.round(folded.width), height: Math.round(folded.height) }));
    await screenshot(page, 'small-02-panels-folded');
  });

  it('keeps the folded panels after a reload and brings one back with its handle', async () => {
    await page.reload();
    await waitForExplorer(page);
    await settled(page);
    expect(await box('#legend')).toBeNull();
    expect(await box('#side-panel')).toBeNull();
    const handle = page.locator('.panel-toggle-legend');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    expect(await handle.getAttribute('title')).toContain('Show the legend');
    await handle.click();
    expect((await box('#legend'))!.width).toBeGreaterThan(150);
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await page.locator('.panel-toggle-timeline').click();
    expect(await box('#timeline')).not.toBeNull();
  });

  it('unfolds the side panel when details are asked for', async () => {
    // Still folded from the reload above.
    expect(await box('#side-panel')).toBeNull();
    const name = await page.evaluate(() => {
      const cy = window.__explorer!.cy();
      cy.elements().unselect();
      const node = cy.nodes('[kind = "Route"]').first();
      node.select();
      return node.data('label') as string;
    });
    await page.focus('#cy');
    await page.keyboard.press('Enter');
    await eventually(async () => expect((await box('#side-panel'))?.width ?? 0).toBeGreaterThan(250));
    await eventually(async () => expect(await page.locator('#panel-details').textContent()).toContain(name));
    await screenshot(page, 'small-03-details-unfolded');
  });
});

describe('relationship colours', () => {
  it('draws each family in one colour, far from the others, and tells types apart by dash', async () => {
    const drawn = await page.evaluate(() =>
      window.__explorer!.cy().edges('[type]').map((e) => ({ type: e.data('type') as string, colour: e.style('line-color') as string, dash: e.style('line-style') as string })),
    );
    expect(drawn.length).toBeGreaterThan(20);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    for (const edge of drawn) {
      const look = relationshipLook(edge.type as RelationshipType);
      expect(edge.colour, edge.type).toBe(rgb(look.colour));
      expect(edge.dash, edge.type).toBe(look.lineStyle);
    }
    const families = await page.locator('.legend-family').allTextContents();
    expect(families).toEqual(Object.values(RELATIONSHIP_FAMILIES).map((f) => f.caption));
  });

  it('hides and shows a whole family from its legend box, as one undoable step', async () => {
    const routeTypes = (Object.keys(RELATIONSHIPS) as RelationshipType[]).filter((t) => RELATIONSHIPS[t].family === 'ROUTES');
    const visibleOfFamily = () =>
      page.evaluate((types) => window.__explorer!.cy().edges('[type]').filter((e) => types.includes(e.data('type')) && e.visible()).length, routeTypes);
    expect(await visibleOfFamily()).toBeGreaterThan(0);
    await page.locator('#legend-family-ROUTES').click();
    await eventually(async () => expect(await visibleOfFamily()).toBe(0));
    for (const type of routeTypes) expect(await page.locator(`#legend-type-${type}`).isChecked()).toBe(false);
    await screenshot(page, 'small-04-routes-family-hidden');
    await page.focus('#cy');
    await page.keyboard.press('Control+z');
    await eventually(async () => expect(await visibleOfFamily()).toBeGreaterThan(0));
    expect(await page.locator('#legend-family-ROUTES').isChecked()).toBe(true);
  });
});

describe('a used sign-in link', () => {
  it('answers with a page that explains and leads back to the explorer', async () => {
    const name = `e2e-used-link-${Date.now()}`;
    await createUser(session.db, 'e2e-setup', name, 'viewer', 'PUBLIC');
    const link = `${session.base}/auth/signin?token=${await createSignInLink(session.db, 'e2e-setup', name)}`;
    const context = await session.browser.newContext({ viewport: VIEWPORT });
    try {
      const tab = await context.newPage();
      await tab.goto(link);
      await waitForExplorer(tab);
      const response = await tab.goto(link);
      expect(response!.status()).toBe(401);
      expect(await tab.locator('h1').textContent()).toBe('This sign-in link cannot be used');
      expect(await tab.locator('main').textContent()).toContain('npm run users -- signin-link <your name>');
      await screenshot(tab, 'small-05-used-sign-in-link');
      await tab.getByRole('link', { name: 'Open the explorer' }).click();
      await waitForExplorer(tab);
      expect(await tab.locator('dialog.sign-in-dialog[open]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
