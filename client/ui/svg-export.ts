/**
 * The report-ready SVG export: Cytoscape's drawing as vectors (the cytoscape-svg extension adds
 * cy.svg()), nested in the same frame as the PNG's (report-frame.ts), so the title, the marking,
 * the legend captions and the sources stay text that a report can search and scale.
 */
import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { download, stamp } from './exports.ts';
import { canvasMeasure, frameLayout, frameSvg, type FrameContent } from './report-frame.ts';

cytoscape.use(cytoscapeSvg);

type RoundPolygonDraw = (context: { beginPath?: () => void }, ...rest: unknown[]) => void;

/**
 * Cytoscape's round polygons (round-triangle and the like) continue the current path instead of
 * starting one: on a canvas the previous path was already filled, but canvas2svg (inside
 * cytoscape-svg) would join them into one shape filled with the last colour. For the SVG export
 * each round polygon starts its own path; the renderer is left as it was afterwards.
 */
function withSeparateRoundPolygons<T>(cy: Core, work: () => T): T {
  const renderer = (cy as unknown as { renderer(): { drawRoundPolygonPath: RoundPolygonDraw } }).renderer();
  const original = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function (this: unknown, context, ...rest) {
    context.beginPath?.();
    original.call(this, context, ...rest);
  };
  try {
    return work();
  } finally {
    // The own property shadowed the prototype's; removing it restores the original.
    delete (renderer as Partial<typeof renderer>).drawRoundPolygonPath;
    if (renderer.drawRoundPolygonPath !== original) renderer.drawRoundPolygonPath = original;
  }
}

/** Downloads the whole drawing at screen scale, framed for a report. */
export function exportSvg(cy: Core, frame: FrameContent): void {
  const drawing = withSeparateRoundPolygons(cy, () => (cy as Core & { svg(options: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' }));
  const box = cy.elements().boundingBox();
  const size = /<svg[^>]*\swidth="([\d.]+)[^"]*"[^>]*\sheight="([\d.]+)/.exec(drawing);
  const width = size ? Number(size[1]) : box.w;
  const height = size ? Number(size[2]) : box.h;
  const layout = frameLayout(frame, { width, height }, canvasMeasure(), 1);
  download(new Blob([frameSvg(layout, drawing)], { type: 'image/svg+xml' }), `smuggling-graph-${stamp()}.svg`);
}
