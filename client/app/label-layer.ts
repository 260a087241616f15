/**
 * Keeps the canvas labels readable at any zoom (see client/graph/label-placement.ts): after the
 * view or the graph changes it places the node labels by priority, grows those it draws to a
 * readable size when zoomed out and hides the rest; the hovered node's label is drawn on top,
 * enlarged. Edge labels are drawn only once zoomed in, or for the element the pointer is on and
 * the selected edges.
 *
 * Everything is set as per-element style bypasses, not classes: they never enter the element
 * snapshots of the history, the URL or a saved view. Hidden node labels are transparent rather
 * than removed, so layouts that make room for labels measure every node as the stylesheet draws it.
 */
import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { EDGE_LABEL_MIN_PX, EMPHASIS_PX, labelScale, placeLabels, READABLE_PX, type LabelCandidate, type PlacedLabel } from '../graph/label-placement.ts';
import { EDGE_FONT_SIZE, NODE_FONT_SIZE, NODE_LABEL_MARGIN_Y, NODE_LABEL_MAX_WIDTH, NODE_LABEL_OUTLINE } from '../graph/style.ts';
import { labelTextSize } from './label-text-size.ts';

const NODE_PROPS = 'font-size text-max-width text-margin-y text-outline-width text-opacity text-background-color text-background-opacity text-background-padding z-index';
const EDGE_PROPS = 'label text-opacity font-size text-background-color text-background-opacity text-background-padding z-index';
const STATE = 'labelLayer';

function setState(element: SingularElementArgument, key: string, apply: () => void): void {
  if ((element.scratch(STATE) ?? 'natural') === key) return;
  element.scratch(STATE, key);
  apply();
}

function nodeStyle(node: NodeSingular, placed: PlacedLabel | undefined, hovered: boolean, zoom: number): void {
  const scale = hovered ? labelScale(zoom, NODE_FONT_SIZE, EMPHASIS_PX) : placed?.scale;
  const key = scale === undefined ? 'hidden' : hovered ? `hover|${scale}` : scale === 1 ? 'natural' : `scaled|${scale}`;
  setState(node, key, () => {
    node.removeStyle(NODE_PROPS);
    if (scale === undefined) {
      node.style('text-opacity', 0);
      return;
    }
    if (scale !== 1)
      node.style({
        'font-size': NODE_FONT_SIZE * scale,
        'text-max-width': `${NODE_LABEL_MAX_WIDTH * scale}px`,
        'text-margin-y': NODE_LABEL_MARGIN_Y * scale,
        'text-outline-width': NODE_LABEL_OUTLINE * scale,
      });
    if (hovered)
      node.style({
        'text-opacity': 1,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': `${2 * scale}px`,
        'z-index': 1000,
      });
  });
}

function edgeStyle(edge: EdgeSingular, emphasised: boolean, zoomedIn: boolean, zoom: number): void {
  const scale = emphasised ? labelScale(zoom, EDGE_FONT_SIZE, READABLE_PX) : 0;
  const key = emphasised ? `hover|${scale}` : zoomedIn ? 'natural' : 'hidden';
  setState(edge, key, () => {
    edge.removeStyle(EDGE_PROPS);
    // (A bypass of '' would only remove the bypass: the label is made transparent instead.)
    if (key === 'hidden') edge.style('text-opacity', 0);
    else if (emphasised)
      edge.style({
        label: String(edge.data('caption') ?? ''),
        'font-size': EDGE_FONT_SIZE * scale,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': `${2 * scale}px`,
        'z-index': 999,
      });
  });
}

class LabelLayer {
  private placed = new Map<string, PlacedLabel>();
  private hovered: SingularElementArgument | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = Infinity;
  private readonly cy: Core;

  constructor(cy: Core) {
    this.cy = cy;
    cy.on('viewport', () => this.schedule(120));
    cy.on('add remove data', () => this.schedule(60));
    cy.on('class', () => this.schedule(60));
    cy.on('position', () => this.schedule(200));
    cy.on('layoutstop', () => this.schedule(0));
    cy.on('select unselect', () => this.schedule(0));
    cy.on('mouseover', 'node, edge', (event) => {
      this.hovered = event.target as SingularElementArgument;
      this.applyStyles();
    });
    cy.on('mouseout', 'node, edge', () => {
      this.hovered = null;
      this.applyStyles();
    });
    this.schedule(0);
  }

  /** Runs the placement after `delay` ms, or sooner when already due sooner. */
  schedule(delay: number): void {
    const at = performance.now() + delay;
    if (this.timer !== undefined && at >= this.due) return;
    clearTimeout(this.timer);
    this.due = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.due = Infinity;
      if (!this.cy.destroyed()) this.place();
    }, delay);
  }

  private place(): void {
    const cy = this.cy;
    const zoom = cy.zoom();
    const candidates: LabelCandidate[] = [];
    cy.nodes().forEach((node) => {
      if (!node.visible()) return;
      const caption = String(node.data('caption') ?? '');
      if (!caption) return;
      const bold = Number(node.data('more')) > 0;
      const at = node.renderedPosition();
      candidates.push({
        id: node.id(),
        x: at.x,
        y: at.y,
        nodeHeight: node.renderedOuterHeight(),
        size: (fontSize) => labelTextSize(caption, bold, fontSize),
        degree: Number(node.data('degree') ?? 0),
        selected: node.selected(),
      });
    });
    this.placed = placeLabels(candidates, { zoom, fontSize: NODE_FONT_SIZE, marginY: NODE_LABEL_MARGIN_Y, width: cy.width(), height: cy.height() });
    this.applyStyles();
  }

  private applyStyles(): void {
    const cy = this.cy;
    if (cy.destroyed()) return;
    const zoom = cy.zoom();
    const hovered = this.hovered && !this.hovered.removed() ? this.hovered : null;
    const hoveredNode = hovered?.isNode() ? hovered : null;
    const emphasisedEdges = cy.edges(':selected').union(hovered?.isEdge() ? hovered : cy.collection()).union(hoveredNode ? (hoveredNode as NodeSingular).connectedEdges() : cy.collection());
    const zoomedIn = EDGE_FONT_SIZE * zoom >= EDGE_LABEL_MIN_PX;
    cy.batch(() => {
      cy.nodes().forEach((node) => nodeStyle(node, this.placed.get(node.id()), hoveredNode?.same(node) ?? false, zoom));
      cy.edges('[^synthetic]').forEach((edge) => edgeStyle(edge, emphasisedEdges.has(edge), zoomedIn, zoom));
    });
  }
}

/** Starts the label layer on the canvas, and again on every new Cytoscape instance. */
export function installLabelLayer(canvas: ExplorerCanvas): void {
  canvas.onInstance((cy) => {
    const layer = new LabelLayer(cy);
    const off = canvas.onChange(() => layer.schedule(60));
    cy.one('destroy', () => off());
  });
}
