/**
 * Every change an analyst makes to the canvas, each recorded in the history with what it needs
 * to undo and redo itself exactly: added or removed elements (with positions and pins), hides,
 * pins, filters, layouts and moves. Anything that changes what the canvas holds goes through here.
 */
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import type { Graph } from '../api/api-types.ts';
import { newElements, nodeCaption } from '../graph/elements.ts';
import type { Position } from '../graph/geographic-positions.ts';
import type { LayoutName } from '../graph/layouts.ts';
import { CLASSES } from '../graph/style.ts';
import { DATA_EDGES, USER_HIDDEN, type ExplorerCanvas, type Filters, type Positions } from './explorer-canvas.ts';
import { syncRouteLegs } from './route-legs-overlay.ts';
import { runLayout } from './run-layout.ts';

export interface AddOptions {
  label: string;
  /** New nodes start around this node (the one expanded), else around the viewport centre. */
  anchorId?: string;
  /** After a paged expansion: how many neighbours of this node are still not loaded. */
  more?: { id: string; count: number };
  /** Elements to take off the canvas in the same step (a polycriminality year switch). */
  removeIds?: string[];
  /** 'incremental' lets only the new nodes settle; 'full' lays everything out afresh. */
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

function ring(centre: Position, index: number, count: number): Position {
  const radius = 90 + 6 * Math.min(count, 40);
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

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
   * Where new nodes start: around the node expanded; else beside the drawn nodes they link to
   * (a search result joins its neighbours); else right of the drawing, not on top of it.
   */
  private startingPoint(anchorId: string | undefined, newNodes: ElementDefinition[], definitions: ElementDefinition[]): Position {
    const anchor = anchorId ? this.canvas.node(anchorId) : undefined;
    if (anchor) return { ...anchor.position() };
    const fresh = new Set(newNodes.map((d) => String(d.data.id)));
    const linked = definitions
      .filter((d) => d.group === 'edges')
      .flatMap((d) => [String(d.data.source), String(d.data.target)])
      .filter((id) => !fresh.has(id))
      .map((id) => this.canvas.node(id)?.position())
      .filter((p) => p !== undefined);
    if (linked.length) return { x: linked.reduce((s, p) => s + p.x, 0) / linked.length, y: linked.reduce((s, p) => s + p.y, 0) / linked.length };
    if (this.cy.nodes().empty()) return this.canvas.viewportCentre();
    const box = this.cy.nodes().boundingBox();
    return { x: box.x2 + 120, y: (box.y1 + box.y2) / 2 };
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
    const centre = this.startingPoint(options.anchorId, newNodes, definitions);
    newNodes.forEach((d, i) => {
      d.position = ring(centre, i, newNodes.length);
    });
    this.canvas.adaptToSize(cy.elements().length - removing.length + definitions.length);
    cy.batch(() => {
      removing.remove();
      cy.add(definitions);
      if (options.more) this.setMore(options.more.id, options.more.count);
    });
    this.settle();
    const newIds = new Set(newNodes.map((d) => String(d.data.id)));
    if (options.layout !== 'none' && (newIds.size > 0 || options.layout === 'full')) {
      await runLayout(this.canvas, this.canvas.layoutName, { newIds: options.layout === 'incremental' ? newIds : undefined });
    }

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
    this.canvas.history.push({ label: `Layout: ${name}`, undo: () => apply(previousName, before), redo: () => apply(name, after) });
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
