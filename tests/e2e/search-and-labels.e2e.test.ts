/**
 * The explorer at 1280×720 in headless Chromium, as an analyst reads and searches it: labels
 * readable at the zoom the overview opens with, search handing the keyboard to the canvas,
 * typo-tolerant search, and a details panel that follows the selection. Screenshots go to
 * test-results/e2e/.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { openAsNewViewer, useExplorerSession } from './support/explorer-session.ts';
import { settled } from './support/explorer-page.ts';

let page: Page;

const VIEWPORT = { width: 1280, height: 720 };

interface LabelView {
  id: string;
  /** On-screen font size (px): the style's font size times the zoom. */
  px: number;
  shown: boolean;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** What each visible node's label looks like on screen, read from Cytoscape's style and bounds. */
async function labels(): Promise<{ zoom: number; labels: LabelView[] }> {
  return page.evaluate(() => {
    const cy = window.__explorer!.cy();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const labels = cy
      .nodes()
      .filter((n) => n.visible())
      .map((n) => {
        const b = n.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false } as never);
        // Cytoscape's label bounds take in the text outline and 2 units of margin: the text is inside.
        const pad = Number.parseFloat(n.style('text-outline-width')) + 2;
        return {
          id: n.id(),
          px: Number.parseFloat(n.style('font-size')) * zoom,
          shown: Number(n.style('text-opacity')) > 0 && String(n.style('label')) !== '',
          box: { x1: (b.x1 + pad) * zoom + pan.x, y1: (b.y1 + pad) * zoom + pan.y, x2: (b.x2 - pad) * zoom + pan.x, y2: (b.y2 - pad) * zoom + pan.y },
        };
      });
    return { zoom, labels };
  });
}

const overlap = (a: LabelView['box'], b: LabelView['box']) => Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1;

async function label(id: string): Promise<LabelView> {
  const view = (await labels()).labels.find((l) => l.id === id);
  expect(view, `node ${id} on the canvas`).toBeDefined();
  return view!;
}

const session = useExplorerSession(VIEWPORT);
beforeAll(() => {
  page = session.page;
});

describe('the explorer at 1280×720: readable labels, search that hands over to the canvas', () => {
  it('opens on the overview with the hubs labelled at a readable size and no label over another', async () => {
    await openAsNewViewer(session, 'e2e-reader');

    const hub = await page.evaluate(() =>
      window.__explorer!.cy().nodes().filter((n) => n.visible()).max((n) => Number(n.data('degree'))).ele.id(),
    );
    await eventually(async () => {
      const { zoom } = await labels();
      // The default zoom is well below 1: the stylesheet's 12 px would be about 5 px on screen.
      expect(zoom).toBeLessThan(0.9);
      const view = await label(hub);
      expect(view.shown).toBe(true);
      expect(view.px).toBeGreaterThanOrEqual(11);
    });
    const { labels: all } = await labels();
    const shown = all.filter((l) => l.shown);
    // Every label drawn is readable; where names would collide, some are left out instead.
    expect(shown.length).toBeGreaterThan(5);
    for (const l of shown) expect(l.px, l.id).toBeGreaterThanOrEqual(11);
    const collisions = shown.flatMap((a, i) => shown.slice(i + 1).filter((b) => overlap(a.box, b.box)).map((b) => `${a.id} × ${b.id}`));
    expect(collisions).toEqual([]);
    // Edge labels wait until zoomed in.
    const edgeLabels = await page.evaluate(() => window.__explorer!.cy().edges('[^synthetic]').filter((e) => e.visible() && String(e.style('label')) !== '' && Number(e.style('text-opacity')) > 0).length);
    expect(edgeLabels).toBe(0);
    await screenshot(page, 'labels-01-overview-1280x720');
  });

  it('explains "[n]" in the legend, in view without scrolling', async () => {
    const entry = page.locator('#legend-evidence-count');
    await entry.waitFor({ state: 'visible' });
    expect(await entry.textContent()).toMatch(/evidence quotes/);
    expect(await page.locator('#legend-key dt', { hasText: '[n]' }).count()).toBe(1);
    const box = (await entry.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
  });

  it('finds Europol from the typo "Europl"', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('Europl');
    await page.locator('.search-hit[data-id="org-europol"]').waitFor();
    await screenshot(page, 'labels-02-typo-search');
  });

  it('"/" in the search box selects what is typed instead of typing a slash', async () => {
    const input = page.locator('#search-input');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('/');
    expect(await input.inputValue()).toBe('Europl');
    expect(await input.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, 6]);
    // Typing replaces the selected text.
    await page.keyboard.type('Europol');
    expect(await input.inputValue()).toBe('Europol');
    // Let the search for the new text answer before choosing from its results.
    await page.waitForTimeout(800);
  });

  it('Enter selects the hit, gives the canvas the keyboard and shows the details; E then expands it', async () => {
    const europol = page.locator('.search-hit[data-id="org-europol"]');
    await europol.waitFor();
    const order = await page.locator('.search-hit').evaluateAll((hits) => hits.map((h) => (h as HTMLElement).dataset.id));
    for (let i = 0; i < order.indexOf('org-europol'); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__explorer!.cy().getElementById('org-europol').selected());
    await settled(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
    const panel = page.locator('#panel-details');
    await eventually(async () => expect((await panel.locator('h2').textContent())?.trim()).toBe('Europol'));
    // The selection's label is readable, and larger than the rest.
    await eventually(async () => {
      const view = await label('org-europol');
      expect(view.shown).toBe(true);
      expect(view.px).toBeGreaterThanOrEqual(12);
    });
    await screenshot(page, 'labels-03-europol-chosen');

    const before = await page.evaluate(() => window.__explorer!.cy().nodes().length);
    await page.keyboard.press('e');
    await page.locator('.notice', { hasText: 'of Europol added' }).waitFor();
    await settled(page);
    expect(await page.evaluate(() => window.__explorer!.cy().nodes().length)).toBeGreaterThan(before);
    expect(await page.locator('#search-input').inputValue()).toBe('');
    await eventually(async () => {
      const { labels: all } = await labels();
      const shown = all.filter((l) => l.shown);
      for (const l of shown) expect(l.px, l.id).toBeGreaterThanOrEqual(11);
      const bad = shown.flatMap((a, i) => shown.slice(i + 1).filter((b) => overlap(a.box, b.box)).map((b) => `${a.id} × ${b.id}`));
      expect(bad).toEqual([]);
      expect(shown.some((l) => l.id === 'org-europol')).toBe(true);
    });
    await screenshot(page, 'labels-04-europol-expanded');
  });

  it('pointing at a node shows its label on top and its links\' labels', async () => {
    const at = await page.evaluate(() => {
      const cy = window.__explorer!.cy();
      const n = cy.getElementById('org-europol');
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y };
    });
    await page.mouse.move(at.x, at.y);
    await eventually(async () => {
      const edges = await page.evaluate(() => {
        const cy = window.__explorer!.cy();
        return cy.getElementById('org-europol').connectedEdges('[^synthetic]').filter((e) => e.visible()).map((e) => ({ label: String(e.style('label')), opacity: Number(e.style('text-opacity')), px: Number.parseFloat(e.style('font-size')) * cy.zoom() }));
      });
      expect(edges.length).toBeGreaterThan(0);
      for (const e of edges) {
        expect(e.label).not.toBe('');
        expect(e.opacity).toBeGreaterThan(0);
        expect(e.px).toBeGreaterThanOrEqual(11);
      }
    });
    await screenshot(page, 'labels-05-hover');
    await page.mouse.move(5, VIEWPORT.height - 5);
  });

  it('the details panel follows the selection: arrow keys, Escape, undo', async () => {
    const panel = page.locator('#panel-details');
    await page.focus('#cy');
    const selection = () =>
      page.evaluate(() => {
        const selected = window.__explorer!.cy().nodes(':selected');
        return selected.length === 1 ? { id: selected.first().id(), label: String(selected.first().data('label')) } : null;
      });
    let next = await selection();
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
      await page.keyboard.press(key);
      next = await selection();
      if (next && next.id !== 'org-europol') break;
    }
    expect(next).not.toBeNull();
    expect(next!.id).not.toBe('org-europol');
    await eventually(async () => expect((await panel.locator('h2').textContent())?.trim()).toBe(next!.label));

    await page.keyboard.press('Escape');
    await eventually(async () => expect(await panel.locator('.empty-state').count(), 'after Escape').toBe(1));

    // Undo the expansion with a node it added selected: the panel does not keep showing it.
    const added = await page.evaluate(() => {
      const cy = window.__explorer!.cy();
      const n = cy.getElementById('org-europol').neighborhood('node').filter((x) => x.visible()).first();
      n.select();
      return String(n.data('label'));
    });
    await eventually(async () => expect((await panel.locator('h2').textContent())?.trim()).toBe(added));
    await page.keyboard.press('Control+z');
    await settled(page);
    const stillThere = await page.evaluate(() => window.__explorer!.cy().nodes(':selected').map((n) => String(n.data('label'))));
    await eventually(async () => {
      if (stillThere.length > 0) expect(stillThere).toContain((await panel.locator('h2').textContent())?.trim());
      else expect(await panel.locator('.empty-state').count(), 'after undo').toBe(1);
    });
    await screenshot(page, 'labels-06-after-undo');
  });
});
