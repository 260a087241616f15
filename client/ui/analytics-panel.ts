/**
 * Analytics from the API mapped onto what is drawn: a centrality ranking (degree, betweenness or
 * PageRank) over the kinds the analyst chooses and without the hubs they exclude, shown as a
 * table and as node sizes (followed by a pass that moves grown nodes apart), and communities
 * (Louvain) drawn as coloured rings with their own legend. Which engine computed the numbers
 * (Neo4j GDS or graphology in the API) is shown with them.
 */
import { centrality, communities, type AnalysisScope } from '../api.ts';
import type { AnalyticsEngine, CentralityMeasure, CentralityResult, CommunityResult, Kind } from '../api/api-types.ts';
import type { CanvasEdits } from '../canvas/canvas-edits.ts';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { spreadSizedNodes } from '../canvas/spread-sized-nodes.ts';
import { communityColour } from '../graph/community-colours.ts';
import { CLASSES, NODE_SIZE } from '../graph/style.ts';
import { DEFAULT_ANALYSIS_KINDS, kindItems } from './analysis-kinds.ts';
import { communityLegend, type Community, type LegendEntry } from './community-legend.ts';
import { h } from './dom.ts';
import { HubPicker, type ExcludedHubs } from './hub-exclusion.ts';
import type { Notices } from './notices.ts';
import { MEASURE_NAMES, rankingTable } from './ranking-table.ts';
import { Checklist } from './type-checklist.ts';

const MEASURES: Record<CentralityMeasure, string> = {
  DEGREE: 'Degree (number of links)',
  BETWEENNESS: 'Betweenness (brokers)',
  PAGERANK: 'PageRank (linked to by important nodes)',
};

const ENGINES: Record<AnalyticsEngine, string> = {
  GDS: 'Neo4j Graph Data Science, in the database',
  GRAPHOLOGY: 'graphology, in the API process (GDS is not installed)',
};

/** The closest a community fit zooms in. */
const MAX_FIT_ZOOM = 1.5;
const centre = (box: { x1: number; x2: number; y1: number; y2: number }) => ({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });

const MIN_SIZE = 18;
const MAX_SIZE = 80;

export interface AnalyticsPanelDeps {
  canvas: ExplorerCanvas;
  edits: CanvasEdits;
  notices: Notices;
  hubs: ExcludedHubs;
  /** Adds the entity to the canvas when it is not there, then selects and focuses it. */
  addEntity: (id: string) => Promise<void> | void;
}

export class AnalyticsPanel {
  private readonly measure: HTMLSelectElement;
  private readonly kinds: Checklist<Kind>;
  private readonly centralityInfo: HTMLElement;
  private readonly communityInfo: HTMLElement;
  private scores: Map<string, number> | undefined;
  private colours: Map<string, string> | undefined;
  private communityResult: CommunityResult | undefined;
  private frame = 0;

  private readonly deps: AnalyticsPanelDeps;

  constructor(root: HTMLElement, deps: AnalyticsPanelDeps) {
    this.deps = deps;
    this.measure = h('select', { id: 'centrality-measure' }, Object.entries(MEASURES).map(([value, caption]) => h('option', { value }, caption)));
    this.measure.value = 'PAGERANK';
    this.kinds = new Checklist('analysis-kind', 'Kinds to rank and cluster', kindItems(), DEFAULT_ANALYSIS_KINDS);
    this.centralityInfo = h('div', { class: 'analytics-info', id: 'centrality-info', 'aria-live': 'polite' });
    this.communityInfo = h('div', { class: 'analytics-info', id: 'community-info', 'aria-live': 'polite' });
    const hubPicker = new HubPicker('analytics', deps.hubs, deps.canvas, (error) => deps.notices.error('Suggesting hubs', error));
    root.append(
      h('h2', {}, 'Analytics'),
      h('details', { class: 'analysis-scope', open: true }, h('summary', {}, 'What to analyse'), this.kinds.element, hubPicker.element),
      h('h3', {}, 'Rank by centrality'),
      h('div', { class: 'form-row' }, h('label', { for: 'centrality-measure' }, 'Measure'), this.measure),
      h('div', { class: 'form-row' },
        h('button', { type: 'button', class: 'primary', id: 'size-by-centrality', onclick: () => void this.sizeByCentrality() }, 'Rank and size nodes'),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.resetSize() }, 'Reset size')),
      this.centralityInfo,
      h('h3', {}, 'Communities'),
      h('div', { class: 'form-row' },
        h('button', { type: 'button', class: 'primary', id: 'colour-by-community', onclick: () => void this.colourByCommunity() }, 'Find communities'),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.resetColour() }, 'Clear communities')),
      this.communityInfo,
    );
    // Nodes added later get their size and ring too, and the legend's drawn counts follow.
    deps.canvas.onChange(() => {
      if (this.frame || (!this.scores && !this.colours)) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.apply();
        this.renderCommunities();
      });
    });
  }

  private scope(): AnalysisScope | undefined {
    const kinds = this.kinds.values();
    if (kinds.length === 0) {
      this.deps.notices.show('Choose at least one kind to analyse.', 'warning');
      return undefined;
    }
    return { kinds, excludeIds: this.deps.hubs.ids() };
  }

  private async sizeByCentrality(): Promise<void> {
    const measure = this.measure.value as CentralityMeasure;
    const scope = this.scope();
    if (!scope) return;
    try {
      const result = await this.deps.notices.track('Computing centrality', centrality(measure, scope));
      this.scores = new Map(result.scores.map((s) => [s.entity.id, s.score]));
      this.apply();
      // Grown nodes would cover their neighbours: move them apart, keeping the picture.
      spreadSizedNodes(this.deps.canvas, this.deps.edits);
      this.renderCentrality(result);
    } catch (error) {
      this.deps.notices.error('Computing centrality', error, () => void this.sizeByCentrality());
    }
  }

  private renderCentrality(result: CentralityResult): void {
    const excluded = this.deps.hubs.entries().map(([, name]) => name);
    this.centralityInfo.replaceChildren(
      h('p', { class: 'engine' },
        `${MEASURES[result.measure]} over ${result.nodeCount} entities, computed by ${ENGINES[result.engine]}.`,
        excluded.length ? ` Excluded: ${excluded.join(', ')}.` : ''),
      rankingTable(result, (id) => void this.deps.addEntity(id)),
      h('p', { class: 'muted' }, `Node size on the canvas follows the ${MEASURE_NAMES[result.measure]} score; nodes of other kinds are drawn small.`),
    );
  }

  private async colourByCommunity(): Promise<void> {
    const scope = this.scope();
    if (!scope) return;
    try {
      const result = await this.deps.notices.track('Finding communities', communities(scope));
      this.communityResult = result;
      this.colours = new Map();
      result.communities.forEach((community, rank) => {
        const colour = communityColour(rank, community.size);
        if (colour) for (const member of community.members) this.colours!.set(member.id, colour);
      });
      this.deps.canvas.cy.nodes().removeClass(CLASSES.byCommunity);
      this.apply();
      this.renderCommunities();
    } catch (error) {
      this.deps.notices.error('Finding communities', error, () => void this.colourByCommunity());
    }
  }

  private renderCommunities(): void {
    const result = this.communityResult;
    if (!result || !this.colours) return;
    const drawn = new Set(this.deps.canvas.nodeIds());
    const entries: LegendEntry[] = result.communities
      .filter((c) => c.size > 1)
      .map((community) => ({ community, colour: this.colours!.get(community.members[0]!.id)!, drawn: community.members.filter((m) => drawn.has(m.id)).length }))
      .filter((e) => e.drawn > 0);
    this.communityInfo.replaceChildren(
      h('p', { class: 'engine' }, `${result.communities.length} communities (Louvain) over ${result.nodeCount} entities, computed by ${ENGINES[result.engine]}.`),
      entries.length ? communityLegend(entries, (c) => this.selectCommunity(c)) : h('p', { class: 'muted' }, 'No community of two or more has members on the canvas.'),
    );
  }

  /** Selects the drawn members of a community and fits the view to them. */
  private selectCommunity(community: Community): void {
    const cy = this.deps.canvas.cy;
    const ids = new Set(community.members.map((m) => m.id));
    const members = cy.nodes().filter((n) => ids.has(n.id()) && n.visible());
    if (members.empty()) return;
    cy.elements(':selected').unselect();
    members.select();
    cy.stop();
    // Fitted, but never closer than a readable zoom: one drawn member would fill the canvas.
    cy.fit(members, 60);
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, position: centre(members.boundingBox()) });
  }

  private apply(): void {
    const cy = this.deps.canvas.cy;
    const scores = this.scores;
    const colours = this.colours;
    const values = scores ? [...scores.values()].map(Math.sqrt) : [];
    const low = values.length ? Math.min(...values) : 0;
    const high = values.length ? Math.max(...values) : 1;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        if (scores) {
          const score = scores.get(node.id());
          // Square root: a few hubs would otherwise dwarf everything else.
          const size = score === undefined ? NODE_SIZE * 0.7 : MIN_SIZE + ((Math.sqrt(score) - low) / (high - low || 1)) * (MAX_SIZE - MIN_SIZE);
          node.data('size', Math.round(size));
          node.addClass(CLASSES.sized);
        }
        const colour = colours?.get(node.id());
        if (colour) {
          node.data('communityColour', colour);
          node.addClass(CLASSES.byCommunity);
        }
      });
    });
  }

  private resetSize(): void {
    this.scores = undefined;
    this.deps.canvas.cy.nodes().removeClass(CLASSES.sized);
    this.centralityInfo.replaceChildren();
  }

  private resetColour(): void {
    this.colours = undefined;
    this.communityResult = undefined;
    this.deps.canvas.cy.nodes().removeClass(CLASSES.byCommunity);
    this.communityInfo.replaceChildren();
  }
}
