/**
 * Analytics from the API over the whole graph, mapped onto what is drawn: node size by
 * centrality (degree, betweenness or PageRank) and colour by community (Louvain). Which engine
 * computed the numbers (Neo4j GDS or graphology in the API) is shown with them.
 */
import { centrality, communities } from '../api.ts';
import type { AnalyticsEngine, CentralityMeasure, CentralityResult } from '../api/api-types.ts';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { communityColour } from '../graph/community-colours.ts';
import { CLASSES, NODE_SIZE } from '../graph/style.ts';
import { h } from './dom.ts';
import type { Notices } from './notices.ts';

const MEASURES: Record<CentralityMeasure, string> = {
  DEGREE: 'Degree (number of links)',
  BETWEENNESS: 'Betweenness (brokers)',
  PAGERANK: 'PageRank (linked to by important nodes)',
};

const ENGINES: Record<AnalyticsEngine, string> = {
  GDS: 'Neo4j Graph Data Science, in the database',
  GRAPHOLOGY: 'graphology, in the API process (GDS is not installed)',
};

const MIN_SIZE = 18;
const MAX_SIZE = 80;

export class AnalyticsPanel {
  private readonly measure: HTMLSelectElement;
  private readonly centralityInfo: HTMLElement;
  private readonly communityInfo: HTMLElement;
  private scores: Map<string, number> | undefined;
  private colours: Map<string, string> | undefined;
  private frame = 0;

  private readonly canvas: ExplorerCanvas;
  private readonly notices: Notices;
  private readonly addEntity: (id: string) => void;

  constructor(
    root: HTMLElement,
    canvas: ExplorerCanvas,
    notices: Notices,
    addEntity: (id: string) => void,
  ) {
    this.canvas = canvas;
    this.notices = notices;
    this.addEntity = addEntity;
    this.measure = h('select', { id: 'centrality-measure' }, Object.entries(MEASURES).map(([value, caption]) => h('option', { value }, caption)));
    this.measure.value = 'PAGERANK';
    this.centralityInfo = h('div', { class: 'analytics-info', 'aria-live': 'polite' });
    this.communityInfo = h('div', { class: 'analytics-info', 'aria-live': 'polite' });
    root.append(
      h('h2', {}, 'Analytics'),
      h('h3', {}, 'Size by centrality'),
      h('div', { class: 'form-row' }, h('label', { for: 'centrality-measure' }, 'Measure'), this.measure),
      h('div', { class: 'form-row' },
        h('button', { type: 'button', class: 'primary', id: 'size-by-centrality', onclick: () => void this.sizeByCentrality() }, 'Size nodes'),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.resetSize() }, 'Reset size')),
      this.centralityInfo,
      h('h3', {}, 'Colour by community'),
      h('div', { class: 'form-row' },
        h('button', { type: 'button', class: 'primary', id: 'colour-by-community', onclick: () => void this.colourByCommunity() }, 'Colour communities'),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.resetColour() }, 'Colour by kind')),
      this.communityInfo,
    );
    // Nodes added later get their size and colour too.
    canvas.onChange(() => {
      if (this.frame || (!this.scores && !this.colours)) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.apply();
      });
    });
  }

  private async sizeByCentrality(): Promise<void> {
    const measure = this.measure.value as CentralityMeasure;
    try {
      const result = await this.notices.track('Computing centrality', centrality(measure));
      this.scores = new Map(result.scores.map((s) => [s.entity.id, s.score]));
      this.apply();
      this.renderCentrality(result);
    } catch (error) {
      this.notices.error('Computing centrality', error, () => void this.sizeByCentrality());
    }
  }

  private renderCentrality(result: CentralityResult): void {
    this.centralityInfo.replaceChildren(
      h('p', { class: 'engine' }, `${MEASURES[result.measure]} over ${result.nodeCount} entities, computed by ${ENGINES[result.engine]}.`),
      h('p', {}, 'Highest scores:'),
      h('ol', { class: 'top-scores' }, result.scores.slice(0, 10).map((s) =>
        h('li', {}, h('button', { type: 'button', class: 'link-button', onclick: () => this.addEntity(s.entity.id) }, s.entity.name), ` ${s.score.toFixed(s.score < 10 ? 3 : 0)}`))),
    );
  }

  private async colourByCommunity(): Promise<void> {
    try {
      const result = await this.notices.track('Finding communities', communities());
      this.colours = new Map();
      result.communities.forEach((community, rank) => {
        for (const member of community.members) this.colours!.set(member.id, communityColour(rank, community.size));
      });
      this.apply();
      const drawn = new Set(this.canvas.nodeIds());
      const onCanvas = result.communities.filter((c) => c.members.some((m) => drawn.has(m.id)));
      this.communityInfo.replaceChildren(
        h('p', { class: 'engine' }, `${result.communities.length} communities (Louvain) over ${result.nodeCount} entities, computed by ${ENGINES[result.engine]}.`),
        h('ul', { class: 'community-list' }, onCanvas.slice(0, 12).map((c) =>
          h('li', {}, h('span', { class: 'community-swatch', style: `background: ${this.colours!.get(c.members[0]!.id)}` }), `${c.size} members, ${c.members.filter((m) => drawn.has(m.id)).length} drawn`))),
      );
    } catch (error) {
      this.notices.error('Finding communities', error, () => void this.colourByCommunity());
    }
  }

  private apply(): void {
    const cy = this.canvas.cy;
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
        if (colours) {
          const colour = colours.get(node.id());
          node.data('communityColour', colour ?? '#e5e7eb');
          node.addClass(CLASSES.byCommunity);
        }
      });
    });
  }

  private resetSize(): void {
    this.scores = undefined;
    this.canvas.cy.nodes().removeClass(CLASSES.sized);
    this.centralityInfo.replaceChildren();
  }

  private resetColour(): void {
    this.colours = undefined;
    this.canvas.cy.nodes().removeClass(CLASSES.byCommunity);
    this.communityInfo.replaceChildren();
  }
}
