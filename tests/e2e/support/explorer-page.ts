/**
 * Reading the explorer's canvas from a test, through the documented test hook
 * `window.__explorer` (client/main.ts): node ids, positions, classes, the layout.
 */
import type { Page } from 'playwright-core';

export interface NodeView {
  id: string;
  x: number;
  y: number;
  /** Position on screen (page coordinates), for clicking. */
  screen: { x: number; y: number };
  classes: string[];
  visible: boolean;
}

export async function waitForExplorer(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__explorer !== undefined);
  await page.evaluate(() => window.__explorer!.ready);
}

export async function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__explorer!.cy().nodes().map((n) => n.id()).sort());
}

export async function edgeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__explorer!.cy().edges('[^synthetic]').map((e) => e.id()).sort());
}

export async function node(page: Page, id: string): Promise<NodeView | null> {
  return page.evaluate((nodeId) => {
    const cy = window.__explorer!.cy();
    const n = cy.getElementById(nodeId);
    if (n.empty()) return null;
    const box = cy.container()!.getBoundingClientRect();
    const rendered = n.renderedPosition();
    return {
      id: nodeId,
      x: n.position('x'),
      y: n.position('y'),
      screen: { x: box.left + rendered.x, y: box.top + rendered.y },
      classes: n.classes(),
      visible: n.visible(),
    };
  }, id);
}

export async function hasNode(page: Page, id: string): Promise<boolean> {
  return (await node(page, id)) !== null;
}

/** Waits until nothing on the canvas is being animated (layouts, focus moves). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = window.__explorer!.cy();
    return !cy.animated() && cy.$(':animated').empty();
  });
  await page.waitForTimeout(150);
}

/**
 * Brings a node into the middle of the view, zoomed in enough that no neighbour covers it, once
 * any running animation (a layout, a focus move) has finished, so it can be clicked.
 */
export async function centreOn(page: Page, id: string): Promise<void> {
  await settled(page);
  await page.evaluate((nodeId) => {
    const cy = window.__explorer!.cy();
    cy.zoom(1.5);
    cy.center(cy.getElementById(nodeId));
  }, id);
  await settled(page);
}

/** Searches, keyboard only, and adds (or, when drawn, focuses and selects) the result with this id. */
export async function searchAndChoose(page: Page, text: string, id: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  const hit = page.locator(`.search-hit[data-id="${id}"]`);
  await hit.waitFor();
  const order = await page.locator('.search-hit').evaluateAll((hits) => hits.map((h) => (h as HTMLElement).dataset.id));
  for (let i = 0; i < order.indexOf(id); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction((nodeId) => window.__explorer!.cy().getElementById(nodeId).selected(), id);
  await settled(page);
}

/** Opens the selected node's menu from the keyboard (Shift+F10 on the canvas). */
export async function openMenuFromKeyboard(page: Page): Promise<void> {
  await page.focus('#cy');
  await page.keyboard.press('Shift+F10');
  await page.waitForSelector('.context-menu:not([hidden])');
}

export async function chooseMenuItem(page: Page, label: string): Promise<void> {
  await page.locator('.context-menu .menu-item', { hasText: label }).first().click();
}
