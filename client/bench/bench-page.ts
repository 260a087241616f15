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
  /** Elements added and styled, up to the start of the layout (fcose counts its first stage here). */
  elementsMs: number;
  layoutMs: number;
  /** From the end of the layout to the first frame drawn. */
  firstFrameMs: number;
  /** Everything: from an empty canvas to the laid-out graph on screen. */
  totalMs: number;
  renderer: string;
}

declare global {
  interface Window {
    runBenchmark: (run: BenchRun) => Promise<BenchResult>;
    startFrameLog: () => void;
    /** Gaps between frames (ms) since startFrameLog. */
    stopFrameLog: () => number[];
  }
}

/**
 * Resolves once a frame has been drawn. Cytoscape draws in its own requestAnimationFrame loop,
 * registered before ours, so two frames later its drawing is done and on screen. (The WebGL
 * renderer emits no 'render' event, so that cannot be used for both.)
 */
const nextRender = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });

window.runBenchmark = async ({ nodes, edges, webgl, layout }) => {
  // As the explorer does before it offers WebGL (without a GPU, headless Chromium has none).
  if (webgl && !document.createElement('canvas').getContext('webgl2')) throw new Error('this browser has no WebGL 2 context');
  const graph = syntheticGraph(nodes, edges);
  const start = performance.now();
  const canvas = new ExplorerCanvas(document.getElementById('cy')!, { webgl });
  canvas.layoutName = layout;
  let layoutStart = 0;
  let layoutEnd = 0;
  canvas.cy.on('layoutstart', () => (layoutStart = performance.now()));
  canvas.cy.on('layoutstop', () => (layoutEnd = performance.now()));
  await new CanvasEdits(canvas).addGraph(graph, { label: 'Benchmark', layout: 'full' });
  await nextRender();
  const end = performance.now();
  return {
    elementsMs: Math.round(layoutStart - start),
    layoutMs: Math.round(layoutEnd - layoutStart),
    firstFrameMs: Math.round(end - layoutEnd),
    totalMs: Math.round(end - start),
    renderer: webgl ? 'WebGL' : 'canvas 2D',
  };
};

/** Frame gaps while the driver zooms and pans with the mouse, as a person would. */
let frames: number[] = [];
let logging = false;
window.startFrameLog = () => {
  frames = [];
  logging = true;
  let last = performance.now();
  const tick = (now: number) => {
    if (!logging) return;
    frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
window.stopFrameLog = () => {
  logging = false;
  return frames;
};
