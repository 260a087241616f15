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

/** Brings a node into the middle of the view, so it can be clicked. */
export async function centreOn(page: Page, id: string): Promise<void> {
  await page.evaluate((nodeId) => {
    const cy = window.__explorer!.cy();
    cy.center(cy.getElementById(nodeId));
  }, id);
  await page.waitForTimeout(100);
}

export async function rightClickNode(page: Page, id: string): Promise<void> {
  await centreOn(page, id);
  const view = await node(page, id);
  if (!view) throw new Error(`${id} is not on the canvas`);
  await page.mouse.click(view.screen.x, view.screen.y, { button: 'right' });
  await page.waitForSelector('.context-menu:not([hidden])');
}

export async function chooseMenuItem(page: Page, label: string): Promise<void> {
  await page.locator('.context-menu .menu-item', { hasText: label }).first().click();
}
