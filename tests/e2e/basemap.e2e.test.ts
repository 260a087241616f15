/**
 * A real map in the geographic layout, in headless Chromium at 1440×900 against the real server
 * and the seeded Neo4j: country outlines and names under the canvas, what has no coordinates in
 * a labelled side strip beside the map, "Routes only" in one click, names that keep clear of each
 * other and of the node labels, and the PNG of the map with its countries.
 * The steps share one page and run in order; screenshots go to test-results/e2e/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_STYLE } from '../../client/graph/basemap-countries.ts';
import { GRATICULE_STYLE } from '../../client/graph/graticule.ts';
import { PIXELS_PER_DEGREE } from '../../client/graph/geographic-positions.ts';
import { collectProblems, screenshot } from './support/browser.ts';
import { SCREENSHOTS } from './support/client-build.ts';
import { eventually } from './support/eventually.ts';
import { openAsNewViewer, useExplorerSession } from './support/explorer-session.ts';
import { searchAndChoose, settled, waitForExplorer } from './support/explorer-page.ts';

let page: Page;
const session = useExplorerSession({ width: 1440, height: 900 });
beforeAll(() => {
  page = session.page;
});

/** The country names the map shows, as the page's SVG holds them. */
const countryNames = (p: Page) => p.locator('#graticule .country-name').allTextContents();

/** Screen boxes (page px) of the drawn nodes, split by whether they have coordinates. */
function drawnNodes(p: Page) {
  return p.evaluate(() => {
    const cy = window.__explorer!.cy();
    const area = cy.container()!.getBoundingClientRect();
    return cy.nodes(':visible').map((n) => {
      const r = n.renderedPosition();
      return { id: n.id(), kind: String(n.data('kind')), located: typeof n.data('latitude') === 'number', x: area.left + r.x, y: area.top + r.y };
    });
  });
}

/** Zooms the view onto a box of longitude and latitude. */
async function viewRegion(p: Page, region: { west: number; east: number; south: number; north: number }): Promise<void> {
  await p.evaluate(({ west, east, south, north, ppd }) => {
    const cy = window.__explorer!.cy();
    const [x1, x2, y1, y2] = [west * ppd, east * ppd, -north * ppd, -south * ppd];
    const zoom = Math.min(cy.width() / (x2 - x1), cy.height() / (y2 - y1));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - ((x1 + x2) / 2) * zoom, y: cy.height() / 2 - ((y1 + y2) / 2) * zoom } });
  }, { ...region, ppd: PIXELS_PER_DEGREE });
  // The map redraws on the next frame, the labels a little after.
  await p.waitForTimeout(400);
}

describe('a real map in the geographic layout', () => {
  it('draws country outlines and names under the canvas', async () => {
    await openAsNewViewer(session, 'e2e-basemap');
    await page.selectOption('#layout-select', 'geographic');
    await page.waitForFunction(() => window.__explorer!.layout() === 'geographic');
    await settled(page);
    await page.locator('#graticule').waitFor({ state: 'visible' });
    await eventually(async () => expect(await page.locator('#graticule path.country').count()).toBeGreaterThan(150));
    // Outlines really drawn: Italy's path has a size on screen.
    const italy = await page.locator('#graticule path.country[data-name="Italy"]').boundingBox();
    expect(italy!.width).toBeGreaterThan(5);
    await screenshot(page, 'basemap-01-geographic-layout');

    await viewRegion(page, { west: 5, east: 42, south: 24, north: 46 });
    await screenshot(page, 'basemap-02-mediterranean-with-names');
    await eventually(async () => {
      const names = await countryNames(page);
      for (const name of ['Italy', 'Libya', 'Greece']) expect(names, name).toContain(name);
      expect(names.some((n) => n === 'Turkey' || n === 'Türkiye'), 'Turkey').toBe(true);
    });
    await screenshot(page, 'basemap-02-mediterranean-with-names');
  });

  it('keeps country names clear of each other and of the node labels shown', async () => {
    const overlaps = await page.evaluate(() => {
      const cy = window.__explorer!.cy();
      const area = cy.container()!.getBoundingClientRect();
      const names = [...document.querySelectorAll('#graticule .country-name')].map((t) => ({ name: t.textContent, box: t.getBoundingClientRect() }));
      const labels = cy
        .nodes(':visible')
        .filter((n) => n.scratch('labelLayer') !== 'hidden' && Number(n.style('text-opacity')) > 0)
        .map((n) => {
          const b = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
          return { name: n.id(), box: { left: area.left + b.x1, right: area.left + b.x2, top: area.top + b.y1, bottom: area.top + b.y2 } };
        });
      const hit = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const found: string[] = [];
      names.forEach((a, i) => {
        names.slice(i + 1).forEach((b) => hit(a.box, b.box) && found.push(`${a.name} × ${b.name}`));
        labels.forEach((b) => hit(a.box, b.box) && found.push(`${a.name} × ${b.name}`));
      });
      return { found, names: names.length, labels: labels.length };
    });
    expect(overlaps.names).toBeGreaterThan(4);
    expect(overlaps.labels).toBeGreaterThan(0);
    expect(overlaps.found).toEqual([]);
  });

  it('stands what has no coordinates in a labelled side strip beside the map, grouped by kind', async () => {
    await page.click('#fit');
    await settled(page);
    await page.waitForTimeout(300);
    const nodes = await drawnNodes(page);
    const places = nodes.filter((n) => n.located);
    const others = nodes.filter((n) => !n.located);
    expect(places.length).toBeGreaterThan(3);
    expect(others.length).toBeGreaterThan(3);
    const mapEast = Math.max(...places.map((n) => n.x));
    for (const n of others) expect(n.x, `${n.id} is east of every place`).toBeGreaterThan(mapEast);
    const band = (await page.locator('#graticule .side-strip-band').boundingBox())!;
    for (const n of others) {
      expect(n.x > band.x && n.x < band.x + band.width && n.y > band.y && n.y < band.y + band.height, `${n.id} in the strip`).toBe(true);
    }
    // Each kind in the strip has its heading, and its nodes stand under it in one group of columns.
    const headings = await page.locator('#graticule .strip-heading').evaluateAll((ts) => ts.map((t) => ({ kind: (t as SVGElement).dataset.kind!, text: t.textContent!, x: t.getBoundingClientRect().left })));
    const kinds = [...new Set(others.map((n) => n.kind))];
    for (const kind of kinds) expect(headings.map((h) => h.kind), kind).toContain(kind);
    expect(headings.map((h) => h.text)).toContain('Crime types');
    const sorted = [...headings].sort((a, b) => a.x - b.x);
    for (const n of others) {
      const own = sorted.filter((h) => h.kind === n.kind).map((h) => h.x);
      const next = sorted.find((h) => h.x > Math.max(...own))?.x ?? Infinity;
      expect(n.x > Math.min(...own) - 5 && n.x < next, `${n.id} under its heading`).toBe(true);
    }
    await screenshot(page, 'basemap-03-side-strip');
  });

  it('shows routes alone in one click, as lines between their places, and everything again in a second', async () => {
    const before = (await drawnNodes(page)).length;
    await page.click('#routes-only');
    await eventually(async () => expect(await page.locator('#routes-only').getAttribute('aria-pressed')).toBe('true'));
    await page.waitForTimeout(300);
    const shown = await drawnNodes(page);
    expect(new Set(shown.map((n) => n.kind))).toEqual(new Set(['Route', 'Location']));
    const legs = await page.evaluate(() => window.__explorer!.cy().edges('[synthetic]:visible').map((e) => [e.source().data('kind'), e.target().data('kind')]));
    expect(legs.length).toBeGreaterThan(3);
    for (const [source, target] of legs) expect([source, target]).toEqual(['Location', 'Location']);
    await viewRegion(page, { west: -12, east: 45, south: 22, north: 55 });
    await screenshot(page, 'basemap-04-routes-only');

    await page.click('#routes-only');
    await eventually(async () => expect(await page.locator('#routes-only').getAttribute('aria-pressed')).toBe('false'));
    await eventually(async () => expect((await drawnNodes(page)).length).toBe(before));
  });

  it('reopens a shared link of the map with the strip and its headings', async () => {
    await page.waitForFunction(() => window.location.hash.includes('layout=geographic') && new URLSearchParams(window.location.hash.slice(1)).has('pos'));
    await page.waitForTimeout(400);
    const reopened = await session.context.newPage();
    const problems = collectProblems(reopened);
    await reopened.goto(page.url());
    await waitForExplorer(reopened);
    await settled(reopened);
    await eventually(async () => expect(await reopened.locator('#graticule .strip-heading').allTextContents()).toContain('Crime types'));
    expect(await reopened.locator('#graticule path.country').count()).toBeGreaterThan(150);
    await screenshot(reopened, 'basemap-05-shared-link-reopened');
    await reopened.close();
    expect(problems).toEqual([]);
  });

  it('adds Europol from search into the strip, under its kind, without moving anything drawn', async () => {
    const positions = () => page.evaluate(() => Object.fromEntries(window.__explorer!.cy().nodes().map((n) => [n.id(), { ...n.position() }])));
    const before = await positions();
    expect(before['org-europol'], 'Europol is not in the overview').toBeUndefined();
    await searchAndChoose(page, 'Europol', 'org-europol');
    const after = await positions();
    for (const [id, p] of Object.entries(before)) expect(Math.hypot(after[id]!.x - p.x, after[id]!.y - p.y), id).toBeLessThan(2);
    const places = await page.evaluate(() => Math.max(...window.__explorer!.cy().nodes().map((n) => (typeof n.data('latitude') === 'number' ? n.position('x') : -Infinity))));
    expect(after['org-europol']!.x, 'Europol stands east of every place').toBeGreaterThan(places);
    await page.click('#fit');
    await settled(page);
    await page.waitForTimeout(300);
    const europol = (await drawnNodes(page)).find((n) => n.id === 'org-europol')!;
    const heading = (await page.locator('#graticule .strip-heading[data-kind="Organisation"]').boundingBox())!;
    expect(await page.locator('#graticule .strip-heading[data-kind="Organisation"]').textContent()).toBe('Organisations');
    expect(Math.abs(europol.x - (heading.x + heading.width / 2)), 'Europol under the Organisations heading').toBeLessThan(heading.width);
    expect(europol.y).toBeGreaterThan(heading.y);
    await screenshot(page, 'basemap-06-europol-in-strip');
  });

  it('exports the PNG of the map with its countries', async () => {
    await page.click('#fit');
    await settled(page);
    const box = await page.evaluate(() => window.__explorer!.cy().elements().boundingBox());
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-menu').then(() => page.click('#export-png')).then(() => page.click('#export-confirm'))]);
    const file = path.join(SCREENSHOTS, 'basemap-07-export.png');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
    // Points of the image inside each country's outline (the live map's SVG paths, in model
    // coordinates) should be land-coloured, points in no country sea-coloured; nodes, edges and
    // labels drawn over the map cover some of them.
    const pixels = await page.evaluate(
      async ({ base64, land, sea, box }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([data], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const all = context.getImageData(0, 0, image.width, image.height).data;
        const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        const is = (i: number, [r, g, b]: number[]) => all[i] === r && all[i + 1] === g && all[i + 2] === b;
        // The report frame sits around the drawing: the drawing starts where the sea-coloured map
        // paper does, and maps the drawing's bounding box at the export's scale (twice the screen,
        // within 8000 px a side, as client/ui/exports.ts draws it).
        const seaColour = rgb(sea);
        let [minX, minY] = [image.width, image.height];
        for (let y = 0; y < image.height; y += 1) {
          for (let x = 0; x < image.width; x += 1) {
            if (!is((y * image.width + x) * 4, seaColour)) continue;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
          }
        }
        const scale = Math.min(2, 8000 / Math.max(box.w, 1), 8000 / Math.max(box.h, 1));
        const paths = [...document.querySelectorAll<SVGPathElement>('#graticule path.country')];
        const share = (inside: (p: DOMPoint) => boolean, colour: string, step = 9) => {
          let [hits, samples] = [0, 0];
          for (let x = box.x1 + 5; x < box.x2; x += step) {
            for (let y = box.y1 + 5; y < box.y2; y += step) {
              if (!inside(new DOMPoint(x, y))) continue;
              samples++;
              const [px, py] = [minX + Math.floor((x - box.x1) * scale), minY + Math.floor((y - box.y1) * scale)];
              if (px < image.width && py < image.height && is((py * image.width + px) * 4, rgb(colour))) hits++;
            }
          }
          return { samples, share: samples ? hits / samples : 0 };
        };
        const outlines = paths.map((path) => ({ path, b: path.getBBox() }));
        const country = (name: string) => {
          const path = paths.find((p) => p.dataset.name === name)!;
          return share((p) => path.isPointInFill(p), land);
        };
        let landPixels = 0;
        for (let i = 0; i < all.length; i += 4) if (is(i, rgb(land))) landPixels++;
        return {
          land: landPixels / (all.length / 4),
          Libya: country('Libya'),
          Turkey: country('Turkey'),
          Spain: country('Spain'),
          sea: share((p) => outlines.every(({ path, b }) => p.x < b.x || p.x > b.x + b.width || p.y < b.y || p.y > b.y + b.height || !path.isPointInFill(p)), sea, 27),
        };
      },
      { base64: bytes.toString('base64'), land: BASEMAP_STYLE.land, sea: GRATICULE_STYLE.background, box },
    );
    expect(pixels.land, 'share of land-coloured pixels').toBeGreaterThan(0.1);
    for (const name of ['Libya', 'Turkey', 'Spain'] as const) {
      expect(pixels[name].samples, `${name} is in the image`).toBeGreaterThan(20);
      expect(pixels[name].share, `${name} is drawn as land`).toBeGreaterThan(0.6);
    }
    expect(pixels.sea.samples).toBeGreaterThan(100);
    expect(pixels.sea.share, 'the sea is drawn as sea').toBeGreaterThan(0.5);
  });
});
