/**
 * Polycriminality: the crime types linked to migrant smuggling (or another crime type), ranked by
 * the share of suspects, with a switch between the years the documents give figures for.
 * Switching a year redraws the links on the canvas, edge width by share, as one undoable step.
 */
import { MIGRANT_SMUGGLING, polycriminality } from '../api.ts';
import type { CrimeLink, Polycriminality } from '../api/api-types.ts';
import type { ExplorerActions } from '../app/explorer-actions.ts';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { FULL_WIDTH_SHARE } from '../graph/style.ts';
import { h } from './dom.ts';
import { evidenceList } from './evidence-list.ts';
import type { Notices } from './notices.ts';

const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');

export class PolycriminalityPanel {
  private crimeTypeId = MIGRANT_SMUGGLING;
  private year: number | null = null;
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;

  private readonly canvas: ExplorerCanvas;
  private readonly actions: ExplorerActions;
  private readonly notices: Notices;

  constructor(root: HTMLElement, canvas: ExplorerCanvas, actions: ExplorerActions, notices: Notices) {
    this.canvas = canvas;
    this.actions = actions;
    this.notices = notices;
    this.heading = h('h2', {}, 'Crime links');
    this.body = h('div', { class: 'polycriminality' }, h('p', { class: 'muted' }, 'Loading…'));
    const useSelected = h('button', { type: 'button', class: 'small', onclick: () => this.useSelected() }, 'Use the selected crime type');
    root.append(this.heading, h('p', { class: 'muted' }, 'Crimes linked to a crime type, by share of suspects. Edge width on the canvas is the share.'), useSelected, this.body);
  }

  private useSelected(): void {
    const selected = this.canvas.cy.nodes(':selected[kind = "CrimeType"]');
    if (selected.empty()) {
      this.notices.show('Select a crime type on the canvas first.', 'info');
      return;
    }
    this.crimeTypeId = selected.first().id();
    this.year = null;
    void this.load(true);
  }

  /** Loads the links for the current crime type and year; `draw` also puts them on the canvas. */
  async load(draw: boolean): Promise<Polycriminality | undefined> {
    try {
      const result = await this.notices.track('Loading crime links', polycriminality(this.crimeTypeId, this.year));
      this.render(result);
      if (draw) await this.draw(result);
      return result;
    } catch (error) {
      this.body.replaceChildren(h('p', { class: 'muted' }, 'Crime links could not be loaded.'));
      this.notices.error('Loading crime links', error, () => void this.load(draw));
      return undefined;
    }
  }

  /** Puts the answer on the canvas, replacing the crime type's links from another year. */
  private async draw(result: Polycriminality): Promise<void> {
    const keep = new Set(result.graph.edges.map((e) => e.id));
    const node = this.canvas.node(result.crimeType.id);
    const stale = node ? node.connectedEdges('[type = "LINKED_TO"]').filter((e) => !keep.has(e.id())).map((e) => e.id()) : [];
    try {
      const { addedNodeIds } = await this.actions.addWithConnections(result.graph, {
        label: `Crime links of ${result.crimeType.name}${result.year ? ` in ${result.year}` : ''}`,
        removeIds: stale,
        layout: 'incremental',
      });
      // Nothing drawn moves: bring the crime type and the crimes just placed around it into view.
      if (addedNodeIds.length) this.actions.showAround([result.crimeType.id]);
    } catch (error) {
      this.notices.error('Drawing the crime links', error, () => void this.draw(result));
    }
  }

  private render(result: Polycriminality): void {
    this.heading.textContent = `Crime links: ${result.crimeType.name}`;
    const years = h(
      'div',
      { class: 'year-switch', role: 'radiogroup', 'aria-label': 'Year' },
      [null, ...result.years].map((year) =>
        h(
          'button',
          {
            type: 'button',
            role: 'radio',
            'aria-checked': String(year === result.year),
            class: year === result.year ? 'active' : '',
            onclick: () => {
              this.year = year;
              void this.load(true);
            },
          },
          year === null ? 'All years' : String(year),
        ),
      ),
    );
    this.body.replaceChildren(
      years,
      result.links.length === 0
        ? h('p', { class: 'muted' }, 'The documents give no linked crimes for this choice.')
        : h('ol', { class: 'crime-links' }, result.links.map((link) => this.linkItem(link))),
      h('button', { type: 'button', class: 'secondary', onclick: () => void this.draw(result) }, 'Show on canvas'),
    );
  }

  private linkItem(link: CrimeLink): HTMLElement {
    const share = link.share ?? 0;
    return h(
      'li',
      { class: 'crime-link' },
      h(
        'div',
        { class: 'crime-link-head' },
        h('button', { type: 'button', class: 'link-button', onclick: () => void this.actions.addEntity(link.crimeType.id) }, link.crimeType.name),
        h('span', { class: 'share' }, link.share !== null ? `${link.share}%` : '—'),
      ),
      link.share !== null
        ? h('div', { class: 'share-bar', role: 'img', 'aria-label': `${link.share} percent` }, h('span', { style: `width: ${Math.min(100, (share / FULL_WIDTH_SHARE) * 100)}%` }))
        : null,
      h('p', { class: 'muted' }, [link.year, link.linkKind ? words(link.linkKind) : null].filter(Boolean).join(' · ')),
      link.evidence.length ? h('details', {}, h('summary', {}, `Evidence (${link.evidence.length})`), evidenceList(link.evidence)) : null,
    );
  }
}
