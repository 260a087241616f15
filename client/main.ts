/**
 * Entry point of the explorer.
 *
 * Test hook: `window.__explorer` exposes the Cytoscape instance and a promise that resolves when
 * the first view is drawn. It exists for the end-to-end tests (tests/e2e) to assert on positions
 * and elements; the explorer itself never reads it.
 */
import type { Core } from 'cytoscape';
import { ExplorerApp } from './app/explorer-app.ts';

declare global {
  interface Window {
    __explorer?: { cy: () => Core; layout: () => string; ready: Promise<void> };
  }
}

const app = new ExplorerApp();
window.__explorer = {
  cy: () => app.canvas.cy,
  layout: () => app.canvas.layoutName,
  ready: app.start(),
};
