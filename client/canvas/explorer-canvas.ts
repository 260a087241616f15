/**
 * The Cytoscape instance and what the explorer asks of it: which nodes are drawn, which are
 * excluded by filters, the renderer (canvas or WebGL), and a change signal for everything that
 * mirrors the canvas (URL, legend counts, timeline). Edits that must be undoable go through
 * CanvasEdits; this class only reads and applies.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Kind, RelationshipType } from '../api/api-types.ts';
import { overlaps } from '../graph/dates.ts';
import type { Position } from '../graph/geographic-positions.ts';
import { DEFAULT_LAYOUT, type LayoutName } from '../graph/layouts.ts';
import { CLASSES, explorerStyle, LARGE_GRAPH_ELEMENTS } from '../graph/style.ts';
import { History } from '../state/history.ts';
import type { TimeRange, ViewState } from '../state/view-state.ts';

cytoscape.use(fcose);

export interface Filters {
  hiddenKinds: ReadonlySet<Kind>;
  hiddenTypes: ReadonlySet<RelationshipType>;
  timeRange: TimeRange | null;
}

export const noFilters = (): Filters => ({ hiddenKinds: new Set(), hiddenTypes: new Set(), timeRange: null });

/** Nodes the analyst hid carry this class; `excluded` is then derived from it and the filters. */
export const USER_HIDDEN = 'user-hidden';

/** Selector for the edges that are data (not the synthetic route legs of the map). */
export const DATA_EDGES = `edge[^synthetic]`;

export type Positions = Map<string, Position>;

/**
 * Whether the browser offers WebGL 2, and whether a GPU draws it. A software implementation
 * (SwiftShader, llvmpipe: headless or GPU-less machines) makes Cytoscape's WebGL renderer slower
 * than its 2D canvas (see client/bench), so the explorer only recommends WebGL on a real GPU.
 */
export function webglSupport(): 'accelerated' | 'software' | 'none' {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software/i.test(renderer) ? 'software' : 'accelerated';
  } catch {
    return 'none';
  }
}

export class ExplorerCanvas {
  cy: Core;
  readonly history = new History();
  layoutName: LayoutName = DEFAULT_LAYOUT;
  private currentFilters: Filters = noFilters();
  private readonly changeListeners = new Set<() => void>();
  private readonly instanceSetups: ((cy: Core) => void)[] = [];
  private webglOn: boolean;
  private styleSize: 'normal' | 'large' = 'normal';

  /** No container: a headless canvas (unit tests), with the same style and behaviour minus drawing. */
  private readonly container: HTMLElement | undefined;

  constructor(container: HTMLElement | undefined, options: { webgl: boolean }) {
    this.container = container;
    this.webglOn = options.webgl;
    this.cy = this.createInstance([]);
    this.history.onChange(() => this.changed());
  }

  get webgl(): boolean {
    return this.webglOn;
  }

  /** False for a headless canvas (unit tests): nothing is drawn, so nothing is animated. */
  get drawn(): boolean {
    return !!this.container;
  }

  get filters(): Filters {
    return this.currentFilters;
  }

  private createInstance(elements: ElementDefinition[]): Core {
    const cy = cytoscape({
      container: this.container,
      headless: !this.container,
      styleEnabled: true,
      elements,
      style: explorerStyle(this.styleSize),
      layout: { name: 'preset', fit: false },
      minZoom: 0.03,
      maxZoom: 4,
      // Motion blur smears labels while panning; analysts read while they pan.
      motionBlur: false,
      // Cytoscape's typings lack the WebGL switch (3.31+): { name: 'canvas', webgl: true }.
      ...(this.container ? { renderer: { name: 'canvas', webgl: this.webglOn } } : {}),
    } as cytoscape.CytoscapeOptions);
    this.applyViewportShortcuts(cy);
    for (const setup of this.instanceSetups) setup(cy);
    return cy;
  }

  /**
   * Registers event handlers and other per-instance wiring. They run now and again whenever the
   * renderer is switched, which replaces the Cytoscape instance.
   */
  onInstance(setup: (cy: Core) => void): void {
    this.instanceSetups.push(setup);
    setup(this.cy);
  }

  /** Replaces the instance with one on the other renderer, keeping elements, positions and view. */
  setWebgl(on: boolean): void {
    if (on === this.webglOn) return;
    const elements = this.cy.elements().not(`.${CLASSES.routeLeg}`).jsons() as unknown as ElementDefinition[];
    const zoom = this.cy.zoom();
    const pan = { ...this.cy.pan() };
    this.cy.destroy();
    this.webglOn = on;
    this.cy = this.createInstance(elements);
    this.cy.viewport({ zoom, pan });
    this.changed();
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Tells every mirror of the canvas to refresh (they debounce on their side when they need to). */
  changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  nodeIds(): string[] {
    return this.cy.nodes().map((n) => n.id());
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Drawn nodes: on the canvas and not excluded by the analyst or a filter. */
  visibleNodes(): cytoscape.NodeCollection {
    return this.cy.nodes().not(`.${CLASSES.excluded}`);
  }

  visibleEdges(): cytoscape.EdgeCollection {
    const edges = this.cy.edges(DATA_EDGES).not(`.${CLASSES.excluded}`);
    // Ends compared by id: e.source() builds a collection per call, which adds up on large graphs.
    const hidden = new Set(this.cy.nodes(`.${CLASSES.excluded}`).map((n) => n.id()));
    if (hidden.size === 0) return edges;
    return edges.filter((e: cytoscape.EdgeSingular) => !hidden.has(e.data('source')) && !hidden.has(e.data('target')));
  }

  positions(nodes = this.cy.nodes()): Positions {
    return new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  }

  /** Moves nodes back to recorded positions; pinned nodes are unlocked for the move. */
  restorePositions(positions: Positions): void {
    this.cy.batch(() => {
      for (const [id, position] of positions) {
        const node = this.cy.getElementById(id);
        if (node.empty()) continue;
        const locked = node.locked();
        if (locked) node.unlock();
        node.position(position);
        if (locked) node.lock();
      }
    });
  }

  setFilters(filters: Filters): void {
    this.currentFilters = filters;
    this.refreshVisibility();
  }

  /**
   * Switches between the normal and the large-graph stylesheet as the canvas grows or shrinks
   * (called with the coming count before a large addition, so elements are styled only once),
   * and with it the renderer's viewport shortcuts (a cached texture and no edges while the view
   * moves). Those two are fields the canvas renderer reads on every frame; Cytoscape only takes
   * them as options when an instance is created.
   */
  adaptToSize(elementCount = this.cy.elements().length): void {
    const size = elementCount >= LARGE_GRAPH_ELEMENTS ? 'large' : 'normal';
    if (size === this.styleSize) return;
    this.styleSize = size;
    this.cy.style(explorerStyle(size));
    this.applyViewportShortcuts(this.cy);
  }

  private applyViewportShortcuts(cy: Core): void {
    const renderer = (cy as unknown as { renderer?: () => Record<string, unknown> | undefined }).renderer?.();
    if (!renderer) return;
    renderer.textureOnViewport = this.styleSize === 'large';
    renderer.hideEdgesOnViewport = this.styleSize === 'large';
  }

  /** Recomputes which elements are drawn from the analyst's hides and the filters. */
  refreshVisibility(): void {
    this.adaptToSize();
    const { hiddenKinds, hiddenTypes, timeRange } = this.currentFilters;
    // Only elements whose state changes are touched: a class change restyles the element.
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const out = node.hasClass(USER_HIDDEN) || hiddenKinds.has(node.data('kind')) || (timeRange !== null && !overlaps(node.data('date'), timeRange));
        if (node.hasClass(CLASSES.excluded) !== out) node.toggleClass(CLASSES.excluded, out);
      });
      this.cy.edges(DATA_EDGES).forEach((edge) => {
        const out = hiddenTypes.has(edge.data('type'));
        if (edge.hasClass(CLASSES.excluded) !== out) edge.toggleClass(CLASSES.excluded, out);
      });
    });
  }

  viewState(): ViewState {
    const selected = this.cy.nodes(':selected');
    return {
      ids: this.nodeIds(),
      layout: this.layoutName,
      hiddenKinds: [...this.currentFilters.hiddenKinds],
      hiddenTypes: [...this.currentFilters.hiddenTypes],
      hiddenIds: this.cy.nodes(`.${USER_HIDDEN}`).map((n) => n.id()),
      pinnedIds: this.cy.nodes(`.${CLASSES.pinned}`).map((n) => n.id()),
      timeRange: this.currentFilters.timeRange,
      selectedId: selected.length === 1 ? selected.first().id() : null,
      positions: Object.fromEntries(this.positions()),
    };
  }

  /** Selects one element and brings it into view without a jarring zoom change. */
  focus(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    this.cy.elements(':selected').unselect();
    element.select();
    const zoom = Math.max(this.cy.zoom(), 0.8);
    this.cy.stop();
    this.cy.animate({ center: { eles: element }, zoom }, { duration: 300 });
  }

  /** The model-coordinates centre of what the analyst sees, for placing nodes with no anchor. */
  viewportCentre(): Position {
    const extent = this.cy.extent();
    return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  }

  node(id: string): NodeSingular | undefined {
    const node = this.cy.getElementById(id);
    return node.nonempty() && node.isNode() ? node : undefined;
  }
}
