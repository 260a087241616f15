/**
 * Exports of the canvas: a PNG of the whole drawing (on the map in the geographic layout),
 * framed for a report with its title, marking banner, legend and sources (report-frame.ts), and a
 * JSON document of what is on it (view state, nodes with positions, edges with their evidence),
 * each as a file download. The SVG export is in svg-export.ts.
 */
import type { Core } from 'cytoscape';
import { DATA_EDGES, type ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import type { MapProjection } from './basemap-drawing.ts';
import { canvasMeasure, drawFrame, frameLayout, type FrameContent } from './report-frame.ts';

export const JSON_FORMAT = 'smuggling-explorer/canvas@1';

export function download(blob: Blob, filename: string): void {
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

export const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');

/** Twice the screen resolution, within what browsers can rasterise in one canvas. */
const PNG_SCALE = 2;
const PNG_MAX_SIDE = 8000;

/** Draws a map under the drawing (client/ui/basemap-drawing.ts), given where the model lies in the image. */
export type MapUnderlay = (context: CanvasRenderingContext2D, projection: MapProjection, width: number, height: number) => void;

/**
 * The whole drawing (not just the visible part) at twice the screen resolution; on white, or in
 * the geographic layout on the map (countries, names, the side strip), as on screen.
 */
async function pngDrawing(cy: Core, map?: MapUnderlay): Promise<HTMLCanvasElement | ImageBitmap> {
  // The box cy.png({ full: true }) draws; the scale is given so the map below lines up with it.
  const box = cy.elements().boundingBox();
  const scale = Math.min(PNG_SCALE, PNG_MAX_SIDE / Math.max(box.w, 1), PNG_MAX_SIDE / Math.max(box.h, 1));
  // maxWidth alongside scale keeps Cytoscape from multiplying by the device pixel ratio.
  const options = { output: 'blob', full: true, scale, maxWidth: PNG_MAX_SIDE, maxHeight: PNG_MAX_SIDE } as const;
  if (!map) return createImageBitmap(cy.png({ ...options, bg: '#ffffff' }) as unknown as Blob);
  const drawing = await createImageBitmap(cy.png(options) as unknown as Blob);
  const canvas = document.createElement('canvas');
  canvas.width = drawing.width;
  canvas.height = drawing.height;
  const context = canvas.getContext('2d')!;
  map(context, { toImage: (p) => ({ x: (p.x - box.x1) * scale, y: (p.y - box.y1) * scale }), scale }, canvas.width, canvas.height);
  context.drawImage(drawing, 0, 0);
  drawing.close();
  return canvas;
}

/** The drawing framed for a report: banner, title, legend and sources around it. */
export async function exportPng(cy: Core, map: MapUnderlay | undefined, frame: FrameContent): Promise<void> {
  const drawing = await pngDrawing(cy, map);
  const layout = frameLayout(frame, { width: drawing.width, height: drawing.height }, canvasMeasure(), PNG_SCALE);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  drawFrame(canvas.getContext('2d')!, layout, drawing);
  if ('close' in drawing) drawing.close();
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'));
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
