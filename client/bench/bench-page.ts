/**
 * The benchmark page: puts a synthetic graph on the explorer's own canvas (ExplorerCanvas and
 * CanvasEdits, with the explorer's style and layout defaults) and times it until the laid-out
 * graph is on screen, then times frames while zooming and panning.
 */
import { CanvasEdits } from '../canvas/canvas-edits.ts';
import { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import type { LayoutName } from '../graph/layouts.ts';
import { syntheticGraph } from './synthetic-graph.ts';

export interface BenchRun {
  nodes: number;
  edges: number;
  webgl: boolean;
  layout: LayoutName;
}

export interface BenchResult {
  /** Elements added and styled, up to the start of the layout. */
  elementsMs: number;
  layoutMs: number;
  /** From the end of the layout to the first frame drawn. */
  firstFrameMs: number;
  /** Everything: from an empty canvas to the laid-out graph on screen. */
  totalMs: number;
  /** Frames while zooming and panning the full graph. */
  medianFrameMs: number;
  worstFrameMs: number;
  renderer: string;
}

declare global {
  interface Window {
    runBenchmark: (run: BenchRun) => Promise<BenchResult>;
  }
}

const nextRender = (canvas: ExplorerCanvas) =>
  new Promise<void>((resolve) => {
    canvas.cy.one('render', () => requestAnimationFrame(() => resolve()));
  });

window.runBenchmark = async ({ nodes, edges, webgl, layout }) => {
  const graph = syntheticGraph(nodes, edges);
  const start = performance.now();
  const canvas = new ExplorerCanvas(document.getElementById('cy')!, { webgl });
  canvas.layoutName = layout;
  let layoutStart = 0;
  let layoutEnd = 0;
  canvas.cy.on('layoutstart', () => (layoutStart = performance.now()));
  canvas.cy.on('layoutstop', () => (layoutEnd = performance.now()));
  const drawn = nextRender(canvas);
  await new CanvasEdits(canvas).addGraph(graph, { label: 'Benchmark', layout: 'full' });
  await drawn;
  const end = performance.now();

  const frames: number[] = [];
  const centre = { x: canvas.cy.width() / 2, y: canvas.cy.height() / 2 };
  for (let i = 0; i < 30; i++) {
    const before = performance.now();
    const rendered = nextRender(canvas);
    if (i % 2 === 0) canvas.cy.zoom({ level: canvas.cy.zoom() * (i < 15 ? 1.1 : 0.9), renderedPosition: centre });
    else canvas.cy.panBy({ x: 15, y: -10 });
    await rendered;
    frames.push(performance.now() - before);
  }
  frames.sort((a, b) => a - b);
  return {
    elementsMs: Math.round(layoutStart - start),
    layoutMs: Math.round(layoutEnd - layoutStart),
    firstFrameMs: Math.round(end - layoutEnd),
    totalMs: Math.round(end - start),
    medianFrameMs: Math.round(frames[Math.floor(frames.length / 2)]!),
    worstFrameMs: Math.round(frames.at(-1)!),
    renderer: webgl ? 'WebGL' : 'canvas 2D',
  };
};
