/**
 * The canvas stylesheet. Colours, shapes and line styles come from the domain model through
 * cytoscapeStyle(); this file adds only what the model does not say: labels, sizes, edge width
 * by share, and the looks of the explorer's states (selected, pinned, on a path, dimmed, hidden).
 * Rule order matters in Cytoscape: later rules win, so state rules come after the model's.
 */
import type { StylesheetStyle } from 'cytoscape';
import { cytoscapeStyle } from '../../server/domain/derive.ts';

/** Share (percent) at which an edge reaches its widest; larger shares are drawn at the maximum. */
export const FULL_WIDTH_SHARE = 40;

/** Below this on-screen font size labels are skipped: unreadable anyway, and costly on large graphs. */
const MIN_ZOOMED_FONT_SIZE = 6;

export const NODE_SIZE = 28;

/** Label metrics in model units; the label layer (client/app/label-layer.ts) scales them when zoomed out. */
export const NODE_FONT_SIZE = 12;
export const EDGE_FONT_SIZE = 9;
export const NODE_LABEL_MAX_WIDTH = 80;
export const NODE_LABEL_MARGIN_Y = 4;
export const NODE_LABEL_OUTLINE = 2;
export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** From this many drawn elements (nodes and edges) on, the canvas uses the large-graph style. */
export const LARGE_GRAPH_ELEMENTS = 2500;

/** Classes the explorer sets on elements; the stylesheet gives each its look. */
export const CLASSES = {
  /** Not drawn: hidden by the analyst, filtered out by kind, type or time. */
  excluded: 'excluded',
  pinned: 'pinned',
  onPath: 'on-path',
  dimmed: 'dimmed',
  byCommunity: 'by-community',
  sized: 'sized',
  /** Synthetic route legs drawn only in the geographic layout. */
  routeLeg: 'route-leg',
  /** Stage edges (route → place) while legs draw the route: faded, the legs tell the story. */
  underLeg: 'under-leg',
} as const;

type Rule = { selector: string; style: Record<string, string | number> };

const base: Rule[] = [
  {
    selector: 'node',
    style: {
      label: 'data(caption)',
      width: NODE_SIZE,
      height: NODE_SIZE,
      'font-size': NODE_FONT_SIZE,
      'font-family': LABEL_FONT_FAMILY,
      color: '#1f2937',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': NODE_LABEL_MARGIN_Y,
      'text-wrap': 'wrap',
      'text-max-width': `${NODE_LABEL_MAX_WIDTH}px`,
      'text-outline-color': '#ffffff',
      'text-outline-width': NODE_LABEL_OUTLINE,
      'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'edge',
    style: {
      label: 'data(caption)',
      width: `mapData(weight, 0, ${FULL_WIDTH_SHARE}, 1.5, 12)`,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      opacity: 0.85,
      'font-size': EDGE_FONT_SIZE,
      'font-family': LABEL_FONT_FAMILY,
      color: '#4b5563',
      'text-rotation': 'autorotate',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE + 1,
    },
  },
];

const states: Rule[] = [
  // Handling markings above PUBLIC get a red ring, so they stand out on any background colour.
  { selector: 'node[marking != "PUBLIC"]', style: { 'border-width': 3, 'border-color': '#b91c1c' } },
  { selector: `node.${CLASSES.sized}`, style: { width: 'data(size)', height: 'data(size)' } },
  // A community is a ring outside the border: the fill stays the kind's colour, so the kind
  // legend stays true, and the marking ring and selection still show.
  { selector: `node.${CLASSES.byCommunity}`, style: { 'outline-width': 4, 'outline-color': 'data(communityColour)', 'outline-offset': 1, 'outline-opacity': 1 } },
  { selector: `node.${CLASSES.pinned}`, style: { 'border-width': 5, 'border-style': 'double', 'border-color': '#111827' } },
  { selector: 'node[more > 0]', style: { 'font-weight': 'bold' } },
  {
    selector: `.${CLASSES.onPath}`,
    style: { 'underlay-color': '#facc15', 'underlay-opacity': 0.7, 'underlay-padding': 6, 'z-index': 20 },
  },
  { selector: `edge.${CLASSES.onPath}`, style: { opacity: 1, 'underlay-padding': 4 } },
  { selector: `.${CLASSES.dimmed}`, style: { opacity: 0.15, 'text-opacity': 0.3 } },
  {
    selector: `edge.${CLASSES.routeLeg}`,
    style: {
      label: 'data(caption)',
      width: 6,
      'line-color': '#ff7f0e',
      'target-arrow-color': '#ff7f0e',
      'target-arrow-shape': 'triangle',
      'curve-style': 'straight',
      opacity: 0.55,
      'font-size': 10,
      'font-weight': 'bold',
      color: '#9a3412',
      'z-index': 5,
      events: 'no',
    },
  },
  { selector: `edge.${CLASSES.underLeg}`, style: { opacity: 0.25, label: '' } },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#f59e0b', 'underlay-color': '#f59e0b', 'underlay-opacity': 0.25, 'underlay-padding': 5 },
  },
  { selector: 'edge:selected', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', opacity: 1, 'z-index': 30 } },
  { selector: `.${CLASSES.excluded}`, style: { display: 'none' } },
];

/**
 * Large graphs (thousands of elements) trade detail for frames: straight "haystack" edges without
 * arrows or labels, and node labels only once zoomed in. Profiling 2,000 nodes and 4,000 edges
 * showed arrows and curved edge paths taking most of each frame.
 */
const large: Rule[] = [
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', label: '', opacity: 0.6 } },
  { selector: 'node', style: { 'min-zoomed-font-size': 10, 'text-events': 'no' } },
];

export function explorerStyle(size: 'normal' | 'large' = 'normal'): StylesheetStyle[] {
  return [...base, ...cytoscapeStyle(), ...(size === 'large' ? large : []), ...states] as unknown as StylesheetStyle[];
}
