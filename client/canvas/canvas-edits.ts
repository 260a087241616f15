/**
 * Every change an analyst makes to the canvas, each recorded in the history with what it needs
 * to undo and redo itself exactly: added or removed elements (with positions and pins), hides,
 * pins, filters, layouts and moves. Anything that changes what the canvas holds goes through here.
 */
import type { Collection, Core, ElementDefinition, SingularAnimationOptionsPos } from 'cytoscape';
import type { Graph } from '../api/api-types.ts';
import { newElements, nodeCaption } from '../graph/elements.ts';
import { project } from '../graph/geographic-positions.ts';
import { LARGE_GRAPH_NODES, LAYOUT_LABELS, type LayoutName } from '../graph/layouts.ts';
import { placeNewNodes, type Placement } from '../graph/placement.ts';
import { stripSlot } from '../graph/side-strip.ts';
import { CLASSES } from '../graph/style.ts';
import { DATA_EDGES, USER_HIDDEN, type ExplorerCanvas, type Filters, type Positions } from './explorer-canvas.ts';
import { syncRouteLegs } from './route-legs-overlay.ts';
import { setSideStrip, sideStripOf } from './side-strip-state.ts';
import { runLayout } from './run-layout.ts';

export interface AddOptions {
  label: string;
  /** New nodes go around this node (the one expanded), else beside the drawn nodes they link to. */
  anchorId?: string;
  /** After a paged expansion: how many neighbours of this node are still not loaded. */
  more?: { id: string; count: number };
  /** Elements to take off the canvas in the same step (a polycriminality year switch). */
  removeIds?: string[];
  /**
   * Drawn nodes never move: new ones are placed around where they came from, gliding there on
   * screen ('incremental') or put there at once ('none'); 'full' then lays everything out afresh.
   */
  layout: 'incremental' | 'full' | 'none';
}

/** Everything a canvas holds, for replacing it (opening a view) and getting it back on undo. */
export interface CanvasContent {
  /** Element definitions with positions, classes and locks. */
  elements: ElementDefinition[];
  filters: Filters;
  layout: LayoutName;
}

export interface AddResult {
  addedNodeIds: string[];
  addedEdgeCount: number;
}

function byIds(cy: Core, ids: Iterable<string>): Collection {
  let collection = cy.collection();
  for (const id of ids) collection = collection.union(cy.getElementById(id));
  return collection;
}

/** Nodes before edges, so re-adding never meets an edge whose end is not there yet. */
const jsonsOf = (elements: Collection): ElementDefinition[] =>
  [...elements.nodes().jsons(), ...elements.edges(DATA_EDGES).jsons()] as unknown as ElementDefinition[];

/** New nodes glide out from where they were placed around, so the eye follows them. */
const ARRIVAL_MS = 250;

export class CanvasEdits {
  private readonly canvas: ExplorerCanvas;

  constructor(canvas: ExplorerCanvas) {
    this.canvas = canvas;
  }

  private get cy(): Core {
    return this.canvas.cy;
  }

  /** After any edit, undo or redo: recompute visibility and the map's route legs. */
  private settle(): void {
    this.canvas.refreshVisibility();
    syncRouteLegs(this.cy, this.canvas.layoutName === 'geographic');
  }

  private setMore(id: string, count: number): void {
    const node = this.canvas.node(id);
    if (!node) return;
    node.data({ more: count, caption: nodeCaption(node.data('label'), node.data('evidenceCount'), count) });
  }

  /**
   * Where new nodes go (client/graph/placement.ts): around the node expanded, else beside the
   * drawn nodes they link to, clear of everything; nothing already drawn moves. On the map a
   * located place goes where its longitude and latitude put it, and anything else into the next
   * free slot of its kind in the side strip.
   */
  private place(newNodes: ElementDefinition[], definitions: ElementDefinition[], removing: Collection, anchorId: string | undefined): Map<string, Placement> {
    const onMap = this.canvas.layoutName === 'geographic';
    const fixed = this.canvas.positions(this.cy.nodes().difference(removing).nodes());
    let strip = onMap ? sideStripOf(this.canvas) : null;
    const taken = [...fixed.values()];
    const fresh = newNodes.map((d) => {
      const { latitude, longitude, kind } = d.data as { latitude?: number | null; longitude?: number | null; kind?: string };
      if (onMap && typeof latitude === 'number' && typeof longitude === 'number') return { id: String(d.data.id), at: project(latitude, longitude) };
      if (!strip) return { id: String(d.data.id) };
      const slot = stripSlot(strip, String(kind), taken);
      strip = slot.strip;
      taken.push(slot.position);
      return { id: String(d.data.id), at: slot.position };
    });
    if (strip && strip !== sideStripOf(this.canvas)) setSideStrip(this.canvas, strip);
    return placeNewNodes({
      fixed,
      fresh,
      // Only new edges can touch a new node.
      edges: definitions.filter((d) => d.group === 'edges').map((d) => ({ source: String(d.data.source), target: String(d.data.target) })),
      anchorId,
      origin: this.canvas.viewportCentre(),
    });
  }

  /** Moves the new nodes from where they start to their places, and makes sure they end there. */
  private async arrive(placements: Map<string, Placement>): Promise<void> {
    const animations = [...placements]
      .map(([id, placement]) => ({ node: this.cy.getElementById(id), placement }))
      .filter(({ node }) => node.nonempty())
      .map(({ node, placement }) => node.animation({ position: placement.position, duration: ARRIVAL_MS, easing: 'ease-out' } as SingularAnimationOptionsPos).play().promise());
    // A node removed or the renderer switched mid-flight must not leave the change unrecorded.
    await Promise.race([Promise.all(animations), new Promise((resolve) => setTimeout(resolve, ARRIVAL_MS + 250))]);
    this.cy.batch(() => {
      for (const [id, placement] of placements) {
        const node = this.cy.getElementById(id);
        if (node.nonempty()) node.stop().position({ ...placement.position });
      }
    });
  }

  async addGraph(graph: Pick<Graph, 'nodes' | 'edges'>, options: AddOptions): Promise<AddResult> {
    const cy = this.cy;
    const before = this.canvas.positions();
    const removing = byIds(cy, options.removeIds ?? []);
    const removedJsons = jsonsOf(removing);
    const drawn = new Set(cy.elements().difference(removing).map((e) => e.id()));
    const definitions = newElements(graph, drawn);
    const moreBefore = options.more ? Number(this.canvas.node(options.more.id)?.data('more') ?? 0) : 0;
    const moreChanged = !!options.more && moreBefore !== options.more.count;
    if (definitions.length === 0 && removing.empty() && !moreChanged) return { addedNodeIds: [], addedEdgeCount: 0 };

    const newNodes = definitions.filter((d) => d.group === 'nodes');
    // A full layout places everything itself: the new nodes only need a start.
    const start = this.canvas.viewportCentre();
    const placements = options.layout === 'full' ? new Map<string, Placement>() : this.place(newNodes, definitions, removing, options.anchorId);
    const animate = options.layout === 'incremental' && this.canvas.drawn && newNodes.length < LARGE_GRAPH_NODES;
    for (const d of newNodes) {
      const placement = placements.get(String(d.data.id)) ?? { position: start, from: start };
      d.position = { ...(animate ? placement.from : placement.position) };
    }
    this.canvas.adaptToSize(cy.elements().length - removing.length + definitions.length);
    cy.batch(() => {
      removing.remove();
      cy.add(definitions);
      if (options.more) this.setMore(options.more.id, options.more.count);
    });
    this.settle();
    const newIds = new Set(newNodes.map((d) => String(d.data.id)));
    if (animate && newIds.size) await this.arrive(placements);
    if (options.layout === 'full') await runLayout(this.canvas, this.canvas.layoutName);

    const addedIds = definitions.map((d) => String(d.data.id));
    let added: ElementDefinition[] = [];
    let after: Positions = new Map();
    this.canvas.history.push({
      label: options.label,
      undo: () => {
        after = this.canvas.positions();
        const elements = byIds(this.cy, addedIds);
        added = jsonsOf(elements);
        this.cy.batch(() => {
          elements.remove();
          this.cy.add(removedJsons);
          if (options.more) this.setMore(options.more.id, moreBefore);
        });
        this.canvas.restorePositions(before);
        this.settle();
      },
      redo: () => {
        this.cy.batch(() => {
          byIds(this.cy, removedJsons.map((j) => String(j.data.id))).remove();
          this.cy.add(added);
          if (options.more) this.setMore(options.more.id, options.more.count);
        });
        this.canvas.restorePositions(after);
        this.settle();
      },
    });
    return { addedNodeIds: [...newIds], addedEdgeCount: definitions.length - newIds.size };
  }

  private content(): CanvasContent {
    return { elements: jsonsOf(this.cy.elements()), filters: this.canvas.filters, layout: this.canvas.layoutName };
  }

  private load(content: CanvasContent): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(content.elements);
    });
    this.canvas.layoutName = content.layout;
    this.canvas.setFilters(content.filters);
    this.settle();
  }

  /**
   * Replaces the whole canvas (opening a shared link or a saved view). Without positions in the
   * elements, the view's layout runs; undo brings back the canvas as it was before.
   */
  async replaceCanvas(content: CanvasContent, label: string, options: { runLayout: boolean }): Promise<void> {
    const before = this.content();
    this.load(content);
    if (options.runLayout) await runLayout(this.canvas, content.layout);
    else this.cy.fit(undefined, 40);
    let after = content;
    this.canvas.history.push({
      label,
      undo: () => {
        after = this.content();
        this.load(before);
        this.cy.fit(undefined, 40);
      },
      redo: () => {
        this.load(after);
        this.cy.fit(undefined, 40);
      },
    });
  }

  /** Takes nodes (with their edges) or edges off the canvas. */
  remove(ids: string[]): number {
    const targets = byIds(this.cy, ids);
    if (targets.empty()) return 0;
    const elements = targets.union(targets.nodes().connectedEdges(DATA_EDGES));
    const jsons = jsonsOf(elements);
    const count = targets.nodes().length || targets.length;
    elements.remove();
    this.settle();
    const noun = targets.nodes().length ? 'node' : 'edge';
    this.canvas.history.push({
      label: `Remove ${count === 1 ? targets.first().data('label') : `${count} ${noun}s`}`,
      undo: () => {
        this.cy.add(jsons);
        this.settle();
      },
      redo: () => {
        byIds(this.cy, jsons.map((j) => String(j.data.id))).remove();
        this.settle();
      },
    });
    return count;
  }

  setHidden(ids: string[], hidden: boolean): number {
    const changed = byIds(this.cy, ids).nodes().filter((n) => n.hasClass(USER_HIDDEN) !== hidden).map((n) => n.id());
    if (changed.length === 0) return 0;
    const apply = (value: boolean) => {
      byIds(this.cy, changed).toggleClass(USER_HIDDEN, value);
      if (value) byIds(this.cy, changed).unselect();
      this.settle();
    };
    apply(hidden);
    this.canvas.history.push({
      label: `${hidden ? 'Hide' : 'Show'} ${changed.length} node${changed.length === 1 ? '' : 's'}`,
      undo: () => apply(!hidden),
      redo: () => apply(hidden),
    });
    return changed.length;
  }

  setPinned(ids: string[], pinned: boolean): number {
    const changed = byIds(this.cy, ids).nodes().filter((n) => n.hasClass(CLASSES.pinned) !== pinned).map((n) => n.id());
    if (changed.length === 0) return 0;
    const apply = (value: boolean) => {
      const nodes = byIds(this.cy, changed).nodes();
      nodes.toggleClass(CLASSES.pinned, value);
      if (value) nodes.lock();
      else nodes.unlock();
      this.canvas.changed();
    };
    apply(pinned);
    this.canvas.history.push({
      label: `${pinned ? 'Pin' : 'Unpin'} ${changed.length} node${changed.length === 1 ? '' : 's'}`,
      undo: () => apply(!pinned),
      redo: () => apply(pinned),
    });
    return changed.length;
  }

  setFilters(next: Filters, label: string): void {
    const previous = this.canvas.filters;
    const apply = (filters: Filters) => {
      this.canvas.setFilters(filters);
      syncRouteLegs(this.cy, this.canvas.layoutName === 'geographic');
    };
    apply(next);
    this.canvas.history.push({ label, undo: () => apply(previous), redo: () => apply(next) });
  }

  /**
   * Lays out every drawn node afresh with this layout (choosing a layout, or "Re-layout" for the
   * current one): the only change that moves nodes the analyst did not move. Pinned nodes stay.
   */
  async relayout(name: LayoutName): Promise<void> {
    const previousName = this.canvas.layoutName;
    const before = this.canvas.positions();
    this.canvas.layoutName = name;
    await runLayout(this.canvas, name);
    const after = this.canvas.positions();
    const apply = (layout: LayoutName, positions: Positions) => {
      this.canvas.layoutName = layout;
      this.canvas.restorePositions(positions);
      this.settle();
      this.cy.fit(undefined, 40);
    };
    const label = name === previousName ? `Re-layout (${LAYOUT_LABELS[name]})` : `Layout: ${LAYOUT_LABELS[name]}`;
    this.canvas.history.push({ label, undo: () => apply(previousName, before), redo: () => apply(name, after) });
  }

  /** Records a drag that already happened (positions before it, read on grab). */
  recordMove(before: Positions): void {
    const after = this.canvas.positions(byIds(this.cy, before.keys()).nodes());
    const moved = [...after].filter(([id, p]) => {
      const b = before.get(id);
      return b && (Math.abs(b.x - p.x) > 0.5 || Math.abs(b.y - p.y) > 0.5);
    });
    if (moved.length === 0) return;
    const movedBefore = new Map(moved.map(([id]) => [id, before.get(id)!]));
    const movedAfter = new Map(moved);
    this.canvas.history.push({
      label: `Move ${moved.length === 1 ? this.canvas.node(moved[0]![0])?.data('label') : `${moved.length} nodes`}`,
      undo: () => this.canvas.restorePositions(movedBefore),
      redo: () => this.canvas.restorePositions(movedAfter),
    });
  }
}
