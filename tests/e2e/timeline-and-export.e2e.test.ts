/**
 * The timeline and report-ready exports, in headless Chromium at 1440×900 against the real
 * server and the seeded Neo4j: the timeline counts the undated nodes and hides or shows them,
 * labels its marks without overlaps and brings the whole graph's dated operations onto the
 * canvas; the PNG and SVG exports carry a title, the highest marking as a banner, the legend
 * and the sources. The seed holds only PUBLIC data, so the test adds one CONFIDENTIAL dated
 * operation of its own (deleted afterwards) and checks that the banner says CONFIDENTIAL.
 * The steps share one page and run in order; screenshots go to test-results/e2e/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKING_BANNER } from '../../client/graph/report-items.ts';
import { KINDS, RELATIONSHIPS } from '../../server/domain/model.ts';
import { screenshot } from './support/browser.ts';
import { SCREENSHOTS } from './support/client-build.ts';
import { eventually } from './support/eventually.ts';
import { openAsNewViewer, useExplorerSession } from './support/explorer-session.ts';
import { searchAndChoose, settled } from './support/explorer-page.ts';

const RUN = `${Date.now()}`;
const MARKED_ID = `op-e2e-timeline-marked-${RUN}`;
const MARKED_NAME = `E2E marked operation ${RUN}`;
const TITLE = `Timeline and export check ${RUN}`;

let page: Page;
const session = useExplorerSession({ width: 1440, height: 900 });
beforeAll(async () => {
  page = session.page;
  // A dated CONFIDENTIAL operation of this run only: the seed has no marked data.
  await session.db.writeText(
    `CREATE (:Entity:Operation {id: $id, kind: 'Operation', name: $name, aliases: [], marking: 'CONFIDENTIAL', startDate: '2016-03'})`,
    { id: MARKED_ID, name: MARKED_NAME },
  );
});
afterAll(async () => {
  await session.db?.writeText('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: MARKED_ID });
});

/** Nodes on the canvas of a kind the API dates, without a date (hidden ones too). */
const undatedOnCanvas = (p: Page) =>
  p.evaluate((datedKinds) => window.__explorer!.cy().nodes().filter((n) => datedKinds.includes(n.data('kind')) && !n.data('date')).map((n) => n.id()), DATED_KINDS);
const DATED_KINDS = Object.entries(KINDS).filter(([, s]) => 'startDate' in s.properties || 'date' in s.properties).map(([k]) => k);

const visibleOnCanvas = (p: Page, ids: string[]) =>
  p.evaluate((list) => list.map((id) => window.__explorer!.cy().getElementById(id).visible()), ids);

async function exportAs(format: 'png' | 'svg', title: string): Promise<{ download: Download; file: string }> {
  await page.click('#export-menu');
  await page.click(`#export-${format}`);
  const input = page.locator('#export-title');
  await input.waitFor();
  expect((await input.inputValue()).length, 'a default title is offered').toBeGreaterThan(5);
  await input.fill(title);
  await screenshot(page, `timeline-export-${format}-dialog`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-confirm')]);
  const file = path.join(SCREENSHOTS, `timeline-export-report.${format}`);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await download.saveAs(file);
  return { download, file };
}

/** Size of a PNG and the colours of its top, bottom and middle rows, decoded in the page. */
const decodePng = (p: Page, file: string) =>
  p.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const hex = (x: number, y: number) => {
      const [r, g, b] = context.getImageData(x, y, 1, 1).data;
      return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
    };
    // Rows 4 px inside each edge, sampled away from the centred marking caption.
    const row = (y: number) => [0.02, 0.1, 0.2, 0.8, 0.9, 0.98].map((f) => hex(Math.floor(image.width * f), y));
    return { width: image.width, height: image.height, top: row(4), bottom: row(image.height - 5) };
  }, fs.readFileSync(file).toString('base64'));

/** The drawing alone, as cy.png draws it for the export (twice the screen resolution, at most 8000 px a side). */
const drawingSize = (p: Page) =>
  p.evaluate(async () => {
    const cy = window.__explorer!.cy();
    const box = cy.elements().boundingBox();
    const scale = Math.min(2, 8000 / Math.max(box.w, 1), 8000 / Math.max(box.h, 1));
    const blob = cy.png({ output: 'blob', full: true, scale, maxWidth: 8000, maxHeight: 8000 }) as unknown as Blob;
    const image = await createImageBitmap(blob);
    return { width: image.width, height: image.height };
  });

describe('the timeline', () => {
  it('shows the whole graph\'s dated operations, labelled, and adds them all to the canvas', async () => {
    await openAsNewViewer(session, 'e2e-timeline');
    await screenshot(page, 'timeline-01-overview');
    const graphDated = (await session.db.readText(
      `MATCH (o:Entity:Operation) WHERE o.startDate IS NOT NULL AND o.marking IN ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'] RETURN o.id AS id`,
      {},
    )).map((r) => String(r.id));
    expect(graphDated).toContain(MARKED_ID);
    const drawn = new Set(await page.evaluate(() => window.__explorer!.cy().nodes().map((n) => n.id())));
    const absent = graphDated.filter((id) => !drawn.has(id));
    expect(absent.length, 'dated operations not on the canvas yet').toBeGreaterThan(1);

    await page.click('#timeline-all');
    await expect.poll(() => page.locator('#timeline .mark.absent').count()).toBe(absent.length);
    await expect.poll(() => page.locator('#timeline-add-all').textContent()).toBe(`Add ${absent.length} to canvas`);
    await assertLabelsReadable();
    await screenshot(page, 'timeline-02-all-dated-operations');

    // A mark whose label gave way to others shows its name on hover.
    const unlabelled = await page.evaluate(() => {
      const labelled = new Set([...document.querySelectorAll('#timeline .mark-label')].map((t) => t.getAttribute('data-id')));
      return [...document.querySelectorAll('#timeline .mark')].map((m) => m.getAttribute('data-id')!).filter((id) => !labelled.has(id));
    });
    expect(unlabelled.length, 'some labels are left out rather than overlapping').toBeGreaterThan(0);
    const name = String((await session.db.readText('MATCH (o:Entity {id: $id}) RETURN o.name AS name', { id: unlabelled[0] }))[0]!.name);
    await page.locator(`#timeline .mark[data-id="${unlabelled[0]}"]`).hover({ force: true });
    await expect.poll(() => page.locator('#timeline .hover-label text').textContent()).toContain(name);
    await screenshot(page, 'timeline-02b-hover-label');
    await page.mouse.move(700, 300);

    await page.click('#timeline-add-all');
    await eventually(async () => {
      const now = new Set(await page.evaluate(() => window.__explorer!.cy().nodes().map((n) => n.id())));
      expect(graphDated.filter((id) => !now.has(id))).toEqual([]);
    }, 20_000);
    await settled(page);
    expect(await visibleOnCanvas(page, [MARKED_ID])).toEqual([true]);
    await expect.poll(() => page.locator('#timeline .mark.absent').count()).toBe(0);
    await expect(page.locator('#timeline-add-all').isHidden()).resolves.toBe(true);
    await assertLabelsReadable();
    await screenshot(page, 'timeline-03-all-added');
  });

  it('counts the undated nodes on the canvas and hides and shows them, undoably', async () => {
    // Two operations the documents give no date for, added from search.
    await searchAndChoose(page, 'Hydra', 'op-hydra');
    await searchAndChoose(page, 'Spartacus', 'op-spartacus');
    const undated = await undatedOnCanvas(page);
    expect(undated).toEqual(expect.arrayContaining(['op-hydra', 'op-spartacus']));
    await expect.poll(() => page.locator('#timeline-undated-count').textContent()).toBe(`${undated.length} undated`);
    expect(await visibleOnCanvas(page, undated)).toEqual(undated.map(() => true));
    await screenshot(page, 'timeline-06-undated-counted');

    await page.click('#timeline-undated');
    await settled(page);
    expect(await visibleOnCanvas(page, undated), 'undated nodes hidden').toEqual(undated.map(() => false));
    await expect.poll(() => page.locator('#timeline-undated').textContent()).toBe('Show undated');
    expect(await page.locator('#undo').getAttribute('title')).toContain(`Hide ${undated.length} node`);
    await screenshot(page, 'timeline-07-undated-hidden');

    await page.click('#timeline-undated');
    await settled(page);
    expect(await visibleOnCanvas(page, undated), 'undated nodes shown again').toEqual(undated.map(() => true));
    // Undo brings back the hidden state: the toggle is an ordinary canvas edit.
    await page.click('#undo');
    await settled(page);
    expect(await visibleOnCanvas(page, undated)).toEqual(undated.map(() => false));
    await page.click('#undo');
    await settled(page);
    expect(await visibleOnCanvas(page, undated)).toEqual(undated.map(() => true));
    await expect.poll(() => page.locator('#timeline-undated').textContent()).toBe('Hide undated');
  });
});

/** Every shown label is at least 10 px high on screen and no two of them overlap. */
async function assertLabelsReadable(): Promise<void> {
  const boxes = await page.locator('#timeline .mark-label').evaluateAll((texts) =>
    texts.map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, x1: r.left, x2: r.right, y1: r.top, y2: r.bottom, size: parseFloat(getComputedStyle(t).fontSize) };
    }));
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.size, `font size of "${box.text}"`).toBeGreaterThanOrEqual(10);
    expect(box.x2 - box.x1, `width of "${box.text}"`).toBeGreaterThan(5);
  }
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;
      expect(overlap, `"${a.text}" overlaps "${b.text}"`).toBe(false);
    }
  }
}

describe('report-ready exports', () => {
  it('exports a PNG framed around the drawing, with the CONFIDENTIAL banner at top and bottom', async () => {
    const drawing = await drawingSize(page);
    const { download, file } = await exportAs('png', TITLE);
    expect(download.suggestedFilename()).toMatch(/^smuggling-graph-.*\.png$/);
    const png = await decodePng(page, file);
    expect(png.width).toBeGreaterThanOrEqual(drawing.width);
    // Two banners (30 px at twice the resolution each), the title and the legend and sources.
    expect(png.height - drawing.height, 'height the frame adds, px').toBeGreaterThan(2 * 60 + 200);
    const red = MARKING_BANNER.CONFIDENTIAL.background;
    expect(png.top).toEqual(png.top.map(() => red));
    expect(png.bottom).toEqual(png.bottom.map(() => red));
  });

  it('exports an SVG whose title, marking, legend and sources are text', async () => {
    const { download, file } = await exportAs('svg', TITLE);
    expect(download.suggestedFilename()).toMatch(/^smuggling-graph-.*\.svg$/);
    const svg = fs.readFileSync(file, 'utf8');
    const texts = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const of = (role: string) => [...doc.querySelectorAll(`svg > text.${role}`)].map((t) => t.textContent ?? '');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, title: of('title'), marking: of('marking'), legend: of('legend'), sources: of('source'), drawing: doc.querySelectorAll('svg > svg.drawing').length };
    }, svg);
    expect(texts.error).toBeNull();
    expect(texts.drawing, 'the drawing nested in the frame').toBe(1);
    expect(texts.title).toEqual([TITLE]);
    expect(texts.marking).toEqual(['CONFIDENTIAL', 'CONFIDENTIAL']);

    // Legend: one caption per kind and relationship type drawn, with the model's captions.
    const drawn = await page.evaluate(() => {
      const cy = window.__explorer!.cy();
      const visible = cy.elements(':visible');
      return {
        kinds: [...new Set(visible.nodes().map((n) => String(n.data('kind'))))],
        types: [...new Set(visible.edges('[^synthetic]').map((e) => String(e.data('type'))))],
        sourceIds: [...new Set(visible.edges('[^synthetic]').map((e) => ((e.data('evidence') ?? []) as { sourceId: string }[]).map((q) => q.sourceId)).flat())],
      };
    });
    const captions = [
      ...drawn.kinds.map((k) => KINDS[k as keyof typeof KINDS].caption),
      ...drawn.types.map((t) => RELATIONSHIPS[t as keyof typeof RELATIONSHIPS].caption),
    ];
    expect(texts.legend.map((t) => t.replace(/ \(\d+\)$/, '')).sort()).toEqual(captions.sort());
    expect(texts.legend.find((t) => t.startsWith(`${KINDS.Operation.caption} (`))).toBeDefined();

    // Sources: the title of every document the drawn relationships cite.
    expect(drawn.sourceIds.length).toBeGreaterThan(0);
    const titles = (await session.db.readText('MATCH (s:Entity:Source) WHERE s.id IN $ids RETURN coalesce(s.title, s.name) AS title', { ids: drawn.sourceIds }))
      .map((r) => String(r.title));
    const sourceText = texts.sources.join(' ').replace(/\s+/g, ' ');
    for (const title of titles) expect(sourceText, `source "${title}" listed`).toContain(title.replace(/\s+/g, ' '));

    // The SVG drawn by the browser, for the record, in a page of its own.
    const viewer = await session.context.newPage();
    await viewer.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
    await viewer.screenshot({ path: path.join(SCREENSHOTS, 'timeline-export-06-svg.png'), fullPage: true });
    await viewer.close();
  });

  it('takes the banner from what is drawn: with the marked nodes hidden it is PUBLIC', async () => {
    // Every node above PUBLIC is hidden: this run's operation, and any other test's marked data
    // that "All dated operations" brought along from the shared database.
    const marked = await page.evaluate(() => {
      const cy = window.__explorer!.cy();
      cy.elements(':selected').unselect();
      return cy.nodes('[marking != "PUBLIC"]').select().map((n) => n.id());
    });
    expect(marked).toContain(MARKED_ID);
    await page.focus('#cy');
    await page.keyboard.press('h');
    await settled(page);
    expect(await visibleOnCanvas(page, marked)).toEqual(marked.map(() => false));
    const markings = await page.evaluate(() => [...new Set(window.__explorer!.cy().elements(':visible').map((e) => String(e.data('marking') ?? 'PUBLIC')))]);
    expect(markings, 'markings of what is still drawn').toEqual(['PUBLIC']);
    const { file } = await exportAs('png', TITLE);
    const png = await decodePng(page, file);
    const green = MARKING_BANNER.PUBLIC.background;
    expect(png.top).toEqual(png.top.map(() => green));
    expect(png.bottom).toEqual(png.bottom.map(() => green));
    await screenshot(page, 'timeline-export-07-public-after-hiding');
  });
});
