/**
 * Exports of the canvas: a PNG of the whole drawing and a JSON document of what is on it (view
 * state, nodes with positions, edges with their evidence), each as a file download.
 */
import type { Core } from 'cytoscape';
import { DATA_EDGES, type ExplorerCanvas } from '../canvas/explorer-canvas.ts';

export const JSON_FORMAT = 'smuggling-explorer/canvas@1';

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');

/** The whole drawing (not just the visible part) at twice the screen resolution, on white. */
export function exportPng(cy: Core): void {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }) as unknown as Blob;
  download(blob, `smuggling-graph-${stamp()}.png`);
}

export function canvasDocument(canvas: ExplorerCanvas) {
  const cy = canvas.cy;
  return {
    format: JSON_FORMAT,
    exportedAt: new Date().toISOString(),
    view: canvas.viewState(),
    nodes: cy.nodes().map((n) => ({ data: n.data(), position: { ...n.position() }, hidden: n.hasClass('user-hidden'), pinned: n.hasClass('pinned') })),
    edges: cy.edges(DATA_EDGES).map((e) => ({ data: e.data() })),
  };
}

export function exportJson(canvas: ExplorerCanvas): void {
  const blob = new Blob([JSON.stringify(canvasDocument(canvas), null, 2)], { type: 'application/json' });
  download(blob, `smuggling-graph-${stamp()}.json`);
}
