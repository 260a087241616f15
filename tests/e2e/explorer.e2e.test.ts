/**
 * The explorer in headless Chromium against the real API server and the seeded Neo4j: what an
 * analyst does, step by step, with a screenshot of each step in test-results/e2e/.
 * The steps share one page and run in order; any console error fails the step it happens in.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { BASEMAP_STYLE } from '../../client/graph/basemap-countries.ts';
import { GRATICULE_STYLE } from '../../client/graph/graticule.ts';
import { createSignInLink, createUser } from '../../server/auth/auth-service.ts';
import { Db } from '../../server/db/driver.ts';
import { startServer } from '../../server/index.ts';
import { collectProblems, freePort, launchChromium, screenshot, type PageProblem } from './support/browser.ts';
import { ensureClientBuilt, SCREENSHOTS } from './support/client-build.ts';
import { eventually } from './support/eventually.ts';
import { centreOn, chooseMenuItem, edgeIds, hasNode, node, nodeIds, openMenuFromKeyboard, searchAndChoose, settled, waitForExplorer } from './support/explorer-page.ts';

let db: Db;
let server: http.Server;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblem[];
/** Console errors a step expects (refused requests in the outage step). */
let expected: ((problem: PageProblem) => boolean)[] = [];
/** The link the analyst shares, and the nodes it shows. */
let shared: { link: string; ids: string[] } | undefined;

beforeAll(async () => {
  ensureClientBuilt();
  db = new Db({ ...inject('neo4j'), local: false });
  const port = await freePort();
  server = await startServer({ db, host: '127.0.0.1', port });
  base = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  problems = collectProblems(page);
});

afterEach(() => {
  const unexpected = problems.filter((p) => !expected.some((allow) => allow(p)));
  problems.length = 0;
  expected = [];
  expect(unexpected, 'console errors in the browser').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
});

describe('the explorer, as an analyst uses it', () => {
  it('asks to sign in, accepts a one-time sign-in link, and opens on the overview with a hint', async () => {
    const name = `e2e-analyst-${Date.now()}`;
    await createUser(db, 'e2e-setup', name, 'viewer', 'CONFIDENTIAL');
    const link = `${base}/auth/signin?token=${await createSignInLink(db, 'e2e-setup', name)}`;
    // Before signing in the explorer asks the API who is signed in: "nobody" is not an error.
    expected = [];

    await page.goto(`${base}/`);
    const dialog = page.locator('dialog.sign-in-dialog');
    await dialog.waitFor({ state: 'visible' });
    await screenshot(page, '01-sign-in');
    await page.fill('#sign-in-token', link);
    await page.click('#sign-in-submit');
    await dialog.waitFor({ state: 'hidden' });
    await waitForExplorer(page);
    await settled(page);

    const ids = await nodeIds(page);
    expect(ids).toContain('crime-migrant-smuggling');
    expect(ids).toContain('route-central-mediterranean');
    expect(ids.filter((id) => id.startsWith('crime-')).length).toBeGreaterThan(3);
    await eventually(async () => expect(await page.locator('#hint').textContent()).toContain('Start here'));
    await eventually(async () => expect((await page.locator('.user-name').textContent())?.trim()).toBe(name));
    await screenshot(page, '02-overview');
    await page.click('#hint .notice-close');
  });

  it('searches "Europol", moves through the results with the keyboard and adds it, focused', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('Europol');
    const europol = page.locator('.search-hit[data-id="org-europol"]');
    await europol.waitFor();
    await eventually(async () => expect((await europol.locator('.kind-badge').textContent())?.trim()).toBe('Organisation'));
    const order = await page.locator('.search-hit').evaluateAll((hits) => hits.map((h) => (h as HTMLElement).dataset.id));
    for (let i = 0; i < order.indexOf('org-europol'); i++) await page.keyboard.press('ArrowDown');
    await eventually(async () => expect(await europol.getAttribute('aria-selected')).toBe('true'));
    await screenshot(page, '03-search');
    await page.keyboard.press('Enter');

    await page.waitForFunction(() => window.__explorer!.cy().getElementById('org-europol').selected());
    await settled(page);
    const added = await node(page, 'org-europol');
    expect(added?.visible).toBe(true);
    await screenshot(page, '04-europol-added');
  });

  it('expands Europol from the keyboard, a page of neighbours at a time', async () => {
    const before = await nodeIds(page);
    await page.focus('#cy');
    await page.keyboard.press('e');
    await page.locator('.notice', { hasText: 'of Europol added' }).waitFor();
    await settled(page);
    const after = await nodeIds(page);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.length - before.length).toBeLessThanOrEqual(25);
    const neighbours = await page.evaluate(() => window.__explorer!.cy().getElementById('org-europol').neighborhood('node').length);
    expect(neighbours).toBeGreaterThan(3);
    await screenshot(page, '05-europol-expanded');
  });

  it('shows Europol\'s details with evidence quotes and the documents they come from', async () => {
    await page.focus('#cy');
    await page.keyboard.press('Enter');
    const panel = page.locator('#panel-details');
    await eventually(async () => expect((await panel.locator('h2').textContent())?.trim()).toBe('Europol'));
    const evidence = panel.locator('.evidence').first();
    await evidence.waitFor();
    expect((await evidence.locator('blockquote').textContent())!.length).toBeGreaterThan(10);
    expect((await evidence.locator('cite').textContent())!.trim().length).toBeGreaterThan(3);
    await panel.locator('.link-group').first().waitFor({ state: 'visible' });
    await screenshot(page, '06-europol-details');
  });

  it('finds the path from Operation Hydra to Europol and shows each edge with its evidence', async () => {
    // Keyboard only: search selects the node (adding it if needed), Shift+F10 opens its menu.
    await searchAndChoose(page, 'Hydra', 'op-hydra');
    await openMenuFromKeyboard(page);
    await chooseMenuItem(page, 'Path from here');
    await searchAndChoose(page, 'Europol', 'org-europol');
    await openMenuFromKeyboard(page);
    await chooseMenuItem(page, 'Path to here');
    await eventually(async () => expect(await page.locator('#path-from').inputValue()).toBe('op-hydra'));
    await eventually(async () => expect(await page.locator('#path-to').inputValue()).toBe('org-europol'));
    await page.fill('#path-max-hops', '4');
    await page.click('#find-paths');

    const firstPath = page.locator('.path').first();
    await firstPath.waitFor();
    await settled(page);
    await eventually(async () => expect(await firstPath.locator('.path-node').first().textContent()).toContain('Hydra'));
    await eventually(async () => expect((await firstPath.locator('.path-node').last().textContent())?.trim()).toBe('Europol'));
    await firstPath.locator('.path-edge summary').first().click();
    await firstPath.locator('.path-edge .evidence blockquote').first().waitFor({ state: 'visible' });
    await eventually(async () => {
      const cite = await firstPath.locator('.path-edge .evidence cite').first().textContent();
      expect(cite, 'the quote names its source document').not.toMatch(/^Document |not visible/);
    });
    expect((await node(page, 'op-hydra'))!.classes).toContain('on-path');
    expect((await node(page, 'org-europol'))!.classes).toContain('on-path');
    await screenshot(page, '07-path-hydra-europol');
    await page.getByRole('button', { name: 'Clear highlight' }).click();
    expect((await node(page, 'op-hydra'))!.classes).not.toContain('dimmed');
  });

  it('lays the canvas out on a map: the Central Mediterranean route runs from Libya north to Italy', async () => {
    for (const id of ['route-central-mediterranean', 'loc-libya', 'loc-italy']) expect(await hasNode(page, id), id).toBe(true);
    await page.selectOption('#layout-select', 'geographic');
    await page.waitForFunction(() => window.__explorer!.layout() === 'geographic');
    await settled(page);
    await page.evaluate(() => {
      const cy = window.__explorer!.cy();
      cy.fit(cy.$('#loc-libya, #loc-italy, #route-central-mediterranean, #loc-greece, #loc-turkey, #loc-egypt'), 60);
    });
    await page.waitForTimeout(200);

    const libya = (await node(page, 'loc-libya'))!;
    const italy = (await node(page, 'loc-italy'))!;
    const route = (await node(page, 'route-central-mediterranean'))!;
    expect(libya.y, 'Libya is south of Italy').toBeGreaterThan(italy.y);
    expect(Math.abs(libya.x - italy.x), 'Libya and Italy are on nearly the same meridian').toBeLessThan(40);
    if (await hasNode(page, 'loc-greece')) expect((await node(page, 'loc-greece'))!.x, 'Greece is east of Italy').toBeGreaterThan(italy.x);
    // The route node is not a place: it stands in the side strip, east of every place.
    const placesEast = await page.evaluate(() => Math.max(...window.__explorer!.cy().nodes().map((n) => (typeof n.data('latitude') === 'number' ? n.position('x') : -Infinity))));
    expect(route.x).toBeGreaterThan(placesEast);
    const legs = await page.evaluate(() => window.__explorer!.cy().edges('[synthetic][id ^= "leg|route-central-mediterranean|"]').map((e) => [e.source().id(), e.target().id()]));
    expect(legs.some(([source]) => source === 'loc-libya'), 'a leg leaves Libya').toBe(true);
    expect(legs.some(([, target]) => target === 'loc-italy'), 'a leg arrives in Italy').toBe(true);
    await page.locator('#graticule').waitFor({ state: 'visible' });
    await screenshot(page, '08-geographic-central-mediterranean');
  });

  it('exports the drawing as a PNG download, on the map in the geographic layout', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-menu').then(() => page.click('#export-png')).then(() => page.click('#export-confirm'))]);
    expect(download.suggestedFilename()).toMatch(/^smuggling-graph-.*\.png$/);
    const file = path.join(SCREENSHOTS, '09-export.png');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(10_000);
    // In the geographic layout the drawing sits on the map paper with its graticule, as on screen.
    const colours = await page.evaluate(async ({ base64, style, land }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      const count = (hex: string) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) n++;
        return n;
      };
      return { paper: (count(style.background) + count(land)) / (data.length / 4), gridPixels: count(style.line) + count(style.major) };
    }, { base64: bytes.toString('base64'), style: GRATICULE_STYLE, land: BASEMAP_STYLE.land });
    // Sea and land together (client/ui/basemap-drawing.ts).
    expect(colours.paper).toBeGreaterThan(0.3);
    expect(colours.gridPixels).toBeGreaterThan(500);
  });

  it('keeps the canvas when the API cannot be reached, and says so', async () => {
    expected = [(p) => p.text.includes('net::ERR_FAILED') || p.text.includes('Failed to load resource')];
    const before = await nodeIds(page);
    await page.route('**/graphql', (route) => route.abort('failed'));
    await centreOn(page, 'op-hydra');
    await page.evaluate(() => {
      const cy = window.__explorer!.cy();
      cy.elements(':selected').unselect();
      cy.getElementById('op-hydra').select();
    });
    await page.focus('#cy');
    await page.keyboard.press('e');
    const error = page.locator('.notice-error').last();
    await error.waitFor();
    await eventually(async () => expect(await error.textContent()).toContain('Expanding Operation Infra Hydra failed'));
    await eventually(async () => expect(await error.textContent()).toContain('cannot be reached'));
    await eventually(async () => expect(await error.textContent()).toContain('canvas is unchanged'));
    expect(await nodeIds(page)).toEqual(before);
    await screenshot(page, '10-api-unreachable');
    await page.unroute('**/graphql');
    await error.locator('.notice-close').click();
  });

  it('reopens the same canvas from the shared link', async () => {
    await page.waitForFunction(() => window.location.hash.includes('org-europol') && window.location.hash.includes('layout=geographic'));
    await page.waitForTimeout(400);
    const link = page.url();
    const ids = await nodeIds(page);
    const edges = await edgeIds(page);
    const libya = (await node(page, 'loc-libya'))!;

    const reopened = await context.newPage();
    const reopenedProblems = collectProblems(reopened);
    await reopened.goto(link);
    await waitForExplorer(reopened);
    await settled(reopened);
    expect(await nodeIds(reopened)).toEqual(ids);
    expect(await edgeIds(reopened)).toEqual(edges);
    expect(await reopened.evaluate(() => window.__explorer!.layout())).toBe('geographic');
    await eventually(async () => expect(await reopened.locator('#layout-select').inputValue()).toBe('geographic'));
    // The link keeps positions in whole pixels: Libya is back where it was, on the map.
    const again = (await node(reopened, 'loc-libya'))!;
    expect(Math.abs(again.x - libya.x)).toBeLessThan(1);
    expect(Math.abs(again.y - libya.y)).toBeLessThan(1);
    await screenshot(reopened, '11-shared-link-reopened');
    await reopened.close();
    expect(reopenedProblems).toEqual([]);
    shared = { link, ids };
  });

  it('keeps a shared view for a colleague who signs in through a one-time sign-in link', async () => {
    const name = `e2e-colleague-${Date.now()}`;
    await createUser(db, 'e2e-setup', name, 'viewer', 'CONFIDENTIAL');
    const signInLink = `${base}/auth/signin?token=${await createSignInLink(db, 'e2e-setup', name)}`;
    const colleague = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await colleague.newPage();
    const tabProblems = collectProblems(tab);

    await tab.goto(shared!.link);
    await tab.locator('dialog.sign-in-dialog').waitFor({ state: 'visible' });
    // The sign-in link is another address; the server answers it with a redirect to "/".
    await tab.goto(signInLink);
    expect(new URL(tab.url()).pathname).toBe('/');
    await waitForExplorer(tab);
    await settled(tab);
    expect(await nodeIds(tab)).toEqual(shared!.ids);
    expect(await tab.evaluate(() => window.__explorer!.layout())).toBe('geographic');
    await screenshot(tab, '12-shared-view-after-sign-in-link');
    await colleague.close();
    expect(tabProblems).toEqual([]);
  });
});
