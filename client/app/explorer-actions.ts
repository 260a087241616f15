/**
 * What an analyst can ask for, each as one method: add an entity, expand a node page by page,
 * hide, remove, pin, find paths, switch layouts. The UI (menus, keys, panels) only calls these;
 * every failure becomes a message and leaves the canvas as it was.
 */
import { neighbourhood, nodesWithConnections, paths, type PathRequest } from '../api.ts';
import type { Graph, Kind, PathResult, RelationshipType } from '../api/api-types.ts';
import type { AddOptions, AddResult, CanvasEdits } from '../canvas/canvas-edits.ts';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { clearHighlight, highlight } from '../canvas/highlight.ts';
import { kindNames, linkTypes } from '../../server/domain/derive.ts';
import { KINDS } from '../../server/domain/model.ts';
import type { LayoutName } from '../graph/layouts.ts';
import type { Notices } from '../ui/notices.ts';
import { askSupernode, SUPERNODE_DEGREE } from '../ui/supernode-warning.ts';

/** Neighbours loaded per expansion; the rest wait behind "N more". */
export const EXPANSION_PAGE = 25;

/** Ids neighbourhood(excludeIds:) takes (MAX_DRAWN_IDS in server/modules/graph/graph-domain.ts). */
const MAX_EXCLUDED_IDS = 2000;

export interface ExpandOptions {
  types?: RelationshipType[];
  kinds?: Kind[];
  depth?: number;
}

export class ExplorerActions {
  /** The options of each node's last expansion, so "expand again" fetches the next page of the same. */
  private readonly lastExpansion = new Map<string, ExpandOptions>();

  private readonly canvas: ExplorerCanvas;
  private readonly edits: CanvasEdits;
  private readonly notices: Notices;
  /** Opens the expand dialog for a node: the supernode warning's "Filter…". */
  openExpandOptions: (id: string) => void = () => {};

  constructor(
    canvas: ExplorerCanvas,
    edits: CanvasEdits,
    notices: Notices,
  ) {
    this.canvas = canvas;
    this.edits = edits;
    this.notices = notices;
  }

  private label(id: string): string {
    return String(this.canvas.node(id)?.data('label') ?? id);
  }

  /** Relationship types an expansion follows by default: the links the legend shows. */
  private visibleTypes(): RelationshipType[] {
    return linkTypes.filter((t) => !this.canvas.filters.hiddenTypes.has(t));
  }

  private visibleKinds(): Kind[] | undefined {
    const hidden = this.canvas.filters.hiddenKinds;
    return hidden.size ? kindNames.filter((k) => !hidden.has(k)) : undefined;
  }

  /**
   * Drawn nodes the API should not send again. It takes at most MAX_EXCLUDED_IDS, so the node's
   * drawn neighbours go first: they are the ones an expansion would otherwise return (a hub
   * paged through 25 at a time has hundreds of them).
   */
  private excludeIdsFor(id: string): string[] {
    const node = this.canvas.node(id);
    const adjacent = node ? node.neighborhood('node').map((n) => n.id()) : [];
    const rest = this.canvas.nodeIds().filter((n) => n !== id && !adjacent.includes(n));
    return [...adjacent, ...rest].slice(0, MAX_EXCLUDED_IDS);
  }

  /** Adds an entity with its edges to what is drawn, or focuses it when it is already there. */
  async addEntity(id: string): Promise<void> {
    try {
      if (!this.canvas.has(id)) {
        const graph = await this.notices.track('Adding to the canvas', nodesWithConnections([id], this.canvas.nodeIds()));
        if (graph.nodes.length === 0) {
          this.notices.show('That entity no longer exists or is not visible to you.', 'warning');
          return;
        }
        await this.edits.addGraph(graph, { label: `Add ${graph.nodes[0]!.label}`, layout: 'incremental' });
      }
      this.reveal(id);
      this.canvas.focus(id);
    } catch (error) {
      this.notices.error('Adding the entity', error, () => void this.addEntity(id));
    }
  }

  /** Adds entities by id (with their links to each other and to what is drawn), e.g. what an import wrote. */
  async addEntities(ids: string[], label: string): Promise<number> {
    const graph = await this.notices.track('Adding to the canvas', nodesWithConnections(ids, this.canvas.nodeIds()));
    const { addedNodeIds } = await this.edits.addGraph(graph, { label, layout: 'incremental' });
    if (addedNodeIds.length) this.showAround(addedNodeIds, false);
    return addedNodeIds.length;
  }

  /**
   * Adds a graph from the API together with every relationship between its new nodes and what
   * is already drawn (an expansion or a path only brings the edges along its own way), so the
   * canvas always shows all relationships among the nodes it holds.
   */
  async addWithConnections(graph: Pick<Graph, 'nodes' | 'edges'>, options: AddOptions): Promise<AddResult> {
    const drawn = this.canvas.nodeIds();
    const onCanvas = new Set(drawn);
    const fresh = graph.nodes.map((n) => n.id).filter((id) => !onCanvas.has(id));
    const connections = fresh.length ? await this.notices.track('Linking to the canvas', nodesWithConnections(fresh, drawn)) : { nodes: [], edges: [] };
    return this.edits.addGraph({ nodes: graph.nodes, edges: [...graph.edges, ...connections.edges] }, options);
  }

  /** Makes sure a node the analyst asked for is drawn, offering to lift the filter that hides it. */
  private reveal(id: string): void {
    const node = this.canvas.node(id);
    if (!node) return;
    if (node.hasClass('user-hidden')) this.edits.setHidden([id], false);
    const kind = node.data('kind') as Kind;
    if (this.canvas.filters.hiddenKinds.has(kind)) {
      this.notices.show(`${node.data('label')} is on the canvas, but the legend hides ${KINDS[kind].plural.toLowerCase()}.`, 'warning', {
        label: `Show ${KINDS[kind].plural.toLowerCase()}`,
        run: () => {
          const hiddenKinds = new Set(this.canvas.filters.hiddenKinds);
          hiddenKinds.delete(kind);
          this.edits.setFilters({ ...this.canvas.filters, hiddenKinds }, `Show ${KINDS[kind].plural}`);
        },
      });
    }
  }

  /** Loads the next page of a node's neighbours (those not drawn yet) with the given filters. */
  async expand(id: string, options?: ExpandOptions): Promise<void> {
    const name = this.label(id);
    // A first, unfiltered expansion of a node with very many links asks first; later pages and
    // expansions chosen in the expand dialog do not.
    const degree = Number(this.canvas.node(id)?.data('degree') ?? 0);
    if (!options && !this.lastExpansion.has(id) && degree > SUPERNODE_DEGREE) {
      const choice = await askSupernode(name, degree, EXPANSION_PAGE);
      if (choice === 'cancel') return;
      if (choice === 'filter') {
        this.openExpandOptions(id);
        return;
      }
    }
    const chosen = options ?? this.lastExpansion.get(id) ?? {};
    try {
      const graph = await this.notices.track(
        `Expanding ${name}`,
        neighbourhood({
          ids: [id],
          depth: chosen.depth ?? 1,
          relationshipTypes: chosen.types ?? this.visibleTypes(),
          kinds: chosen.kinds ?? this.visibleKinds(),
          // The node itself is in the answer (and in its total): a page is EXPANSION_PAGE new ones.
          limit: EXPANSION_PAGE + 1,
          excludeIds: this.excludeIdsFor(id),
        }),
      );
      this.lastExpansion.set(id, chosen);
      const remaining = Math.max(0, graph.totalNodes - graph.nodes.length);
      const { addedNodeIds, addedEdgeCount } = await this.addWithConnections(graph, {
        label: `Expand ${name}`,
        anchorId: id,
        more: { id, count: remaining },
        layout: 'incremental',
      });
      const added = addedNodeIds.length;
      if (added > 0) this.showAround([id]);
      if (added === 0 && addedEdgeCount === 0) {
        this.notices.show(`No more neighbours of ${name} with the current filters.`, 'info');
      } else {
        const more = remaining > 0 ? ` ${remaining} more: expand again for the next ${Math.min(EXPANSION_PAGE, remaining)}.` : '';
        this.notices.show(`${added} neighbour${added === 1 ? '' : 's'} of ${name} added.${more}`, 'success');
      }
    } catch (error) {
      this.notices.error(`Expanding ${name}`, error, () => void this.expand(id, options));
    }
  }

  /**
   * Brings what just changed into view at a readable zoom: the nodes and (with neighbours)
   * everything linked to them, rather than the whole canvas at a zoom too small to read.
   */
  showAround(ids: string[], neighbours = true): void {
    const cy = this.canvas.cy;
    let eles = cy.collection();
    for (const id of ids) {
      const node = cy.getElementById(id);
      eles = eles.union(neighbours ? node.closedNeighborhood() : node);
    }
    eles = eles.not('.excluded');
    if (eles.empty()) return;
    cy.stop();
    cy.animate({ fit: { eles, padding: 50 } }, { duration: 350, complete: () => cy.zoom() > 1.4 && cy.zoom({ level: 1.4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }) });
  }

  hide(ids: string[]): void {
    const count = this.edits.setHidden(ids, true);
    if (count) this.notices.show(`${count} node${count === 1 ? '' : 's'} hidden. Undo (Ctrl+Z) or "Show hidden" in the legend brings them back.`);
  }

  showHidden(): void {
    this.edits.setHidden(this.canvas.cy.nodes('.user-hidden').map((n) => n.id()), false);
  }

  remove(ids: string[]): void {
    this.edits.remove(ids);
  }

  /**
   * Draws again what a change on the server replaced (a merge, its undo): the nodes of `removed`
   * and `added` go, then those of `added` come back with their links as they now are.
   */
  async redraw(removed: string[], added: string[], label: string): Promise<void> {
    const drawn = [...new Set([...removed, ...added])].filter((id) => this.canvas.has(id));
    if (drawn.length) this.edits.remove(drawn);
    await this.addEntities(added, label);
  }

  togglePin(ids: string[]): void {
    const nodes = ids.map((id) => this.canvas.node(id)).filter((n) => !!n);
    const pin = nodes.some((n) => !n.hasClass('pinned'));
    this.edits.setPinned(ids, pin);
  }

  async layout(name: LayoutName): Promise<void> {
    await this.notices.track('Laying out', this.edits.relayout(name));
  }

  undo(): void {
    const change = this.canvas.history.undo();
    this.notices.show(change ? `Undone: ${change.label}` : 'Nothing to undo.');
  }

  redo(): void {
    const change = this.canvas.history.redo();
    this.notices.show(change ? `Redone: ${change.label}` : 'Nothing to redo.');
  }

  /** Finds paths, draws what is missing, and highlights them. */
  async findPaths(request: PathRequest): Promise<PathResult | undefined> {
    try {
      const result = await this.notices.track('Finding paths', paths(request));
      if (result.paths.length === 0) {
        this.notices.show(`No path of at most ${request.maxHops} hops with the chosen relationship types.`, 'warning');
        clearHighlight(this.canvas.cy);
        return result;
      }
      await this.addWithConnections(result.graph, { label: 'Add paths', layout: 'incremental' });
      highlight(this.canvas.cy, [...result.graph.nodes.map((n) => n.id), ...result.graph.edges.map((e) => e.id)]);
      this.showAround(result.graph.nodes.map((n) => n.id), false);
      return result;
    } catch (error) {
      this.notices.error('Finding paths', error, () => void this.findPaths(request));
      return undefined;
    }
  }
}
