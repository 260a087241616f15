/**
 * Polycriminality: the crime types linked to migrant smuggling (or another crime type) as a chart
 * of the share of suspects, every year side by side (client/ui/crime-links-chart.ts), with a
 * switch between the years the documents give figures for. Switching a year redraws the links
 * on the canvas, edge width by share, as one undoable step; the chart keeps every year.
 */
import { MIGRANT_SMUGGLING, polycriminality } from '../api.ts';
import type { Polycriminality } from '../api/api-types.ts';
import type { ExplorerActions } from '../app/explorer-actions.ts';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { crimeChart, renderCrimeChart } from './crime-links-chart.ts';
import { h } from './dom.ts';
import type { Notices } from './notices.ts';

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
    root.append(
      this.heading,
      h('p', { class: 'muted' }, 'Crimes linked to a crime type, by share of suspects in each year. Edge width on the canvas is the share; the year buttons choose which year is drawn.'),
      useSelected,
      this.body,
    );
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
      // The chart shows every year; the canvas, the year chosen.
      const [all, result] = await this.notices.track(
        'Loading crime links',
        Promise.all([polycriminality(this.crimeTypeId, null), this.year === null ? null : polycriminality(this.crimeTypeId, this.year)]),
      ).then(([every, one]) => [every, one ?? every] as const);
      this.render(all, result.year);
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

  private render(result: Polycriminality, drawnYear: number | null): void {
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
            'aria-checked': String(year === drawnYear),
            class: year === drawnYear ? 'active' : '',
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
        ? h('p', { class: 'muted' }, 'The documents give no linked crimes for this crime type.')
        : renderCrimeChart(crimeChart(result.links), { drawnYear, addEntity: (id) => void this.actions.addEntity(id) }),
      h('button', { type: 'button', class: 'secondary', onclick: () => void this.load(true) }, 'Show on canvas'),
    );
  }
}
