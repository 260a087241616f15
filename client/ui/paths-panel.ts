/**
 * Paths between two nodes: pick them (here, from the context menu or the details panel), choose
 * how many hops and which relationships may be used, and see each path step by step with the
 * evidence for every edge. The paths are highlighted on the canvas; clicking one isolates it.
 */
import type { PathRequest } from '../api.ts';
import type { GraphEdge, Path, PathMode, PathResult, RelationshipType } from '../api/api-types.ts';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { clearHighlight, highlight } from '../canvas/highlight.ts';
import { linkTypes, relationshipTypes } from '../../server/domain/derive.ts';
import { RELATIONSHIPS } from '../../server/domain/model.ts';
import { h } from './dom.ts';
import { evidenceList } from './evidence-list.ts';
import { HubPicker, type ExcludedHubs } from './hub-exclusion.ts';
import { Checklist } from './type-checklist.ts';

export class PathsPanel {
  private readonly from: HTMLSelectElement;
  private readonly to: HTMLSelectElement;
  private readonly mode: HTMLSelectElement;
  private readonly k: HTMLInputElement;
  private readonly maxHops: HTMLInputElement;
  private readonly types: Checklist<RelationshipType>;
  private readonly results: HTMLElement;
  private frame = 0;

  private readonly canvas: ExplorerCanvas;
  private readonly find: (request: PathRequest) => Promise<PathResult | undefined>;
  private readonly hubs: ExcludedHubs;

  constructor(
    root: HTMLElement,
    canvas: ExplorerCanvas,
    find: (request: PathRequest) => Promise<PathResult | undefined>,
    hubs: ExcludedHubs,
    onError: (error: unknown) => void,
  ) {
    this.canvas = canvas;
    this.find = find;
    this.hubs = hubs;
    const hubPicker = new HubPicker('path', hubs, canvas, onError);
    this.from = h('select', { id: 'path-from', 'aria-label': 'From' });
    this.to = h('select', { id: 'path-to', 'aria-label': 'To' });
    this.mode = h(
      'select',
      { id: 'path-mode' },
      h('option', { value: 'SHORTEST' }, 'One shortest path'),
      h('option', { value: 'ALL_SHORTEST' }, 'All shortest paths'),
      h('option', { value: 'K_SHORTEST' }, 'Up to k shortest'),
    );
    this.k = h('input', { id: 'path-k', type: 'number', min: 1, max: 10, value: 3, 'aria-label': 'k' });
    this.maxHops = h('input', { id: 'path-max-hops', type: 'number', min: 1, max: 10, value: 6 });
    this.types = new Checklist(
      'path-type',
      'Allowed relationships',
      relationshipTypes.map((t) => ({ value: t, caption: RELATIONSHIPS[t].caption, description: RELATIONSHIPS[t].description })),
      new Set(linkTypes),
    );
    this.results = h('div', { class: 'path-results', 'aria-live': 'polite' });
    const useSelected = h('button', { type: 'button', class: 'small', onclick: () => this.useSelected() }, 'Use the two selected nodes');
    const form = h(
      'form',
      { class: 'paths-form' },
      h('p', { class: 'muted' }, 'Pick two nodes: here, with "Path from/to here" in a node\'s menu, or select two (Shift+click) and use them.'),
      h('label', { for: 'path-from' }, 'From'), this.from,
      h('label', { for: 'path-to' }, 'To'), this.to,
      useSelected,
      h('div', { class: 'form-row' }, h('label', { for: 'path-mode' }, 'Find'), this.mode, h('label', { for: 'path-k', class: 'k-label' }, 'k'), this.k),
      h('div', { class: 'form-row' }, h('label', { for: 'path-max-hops' }, 'At most'), this.maxHops, h('span', {}, 'hops')),
      h('details', {}, h('summary', {}, 'Relationship types'), this.types.element),
      // Hubs no path may pass through (the two ends may still be hubs themselves).
      hubPicker.element,
      h('div', { class: 'form-row' },
        h('button', { type: 'submit', class: 'primary', id: 'find-paths' }, 'Find paths'),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.clear() }, 'Clear highlight')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    root.append(h('h2', {}, 'Paths'), form, this.results);
    canvas.onChange(() => this.scheduleOptions());
    this.refreshOptions();
  }

  setEnds(from?: string, to?: string): void {
    this.refreshOptions();
    if (from) this.from.value = from;
    if (to) this.to.value = to;
  }

  private useSelected(): void {
    const selected = this.canvas.cy.nodes(':selected').map((n) => n.id());
    if (selected.length >= 2) this.setEnds(selected[0], selected[1]);
    else if (selected.length === 1) this.setEnds(selected[0]);
  }

  private scheduleOptions(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.refreshOptions();
    });
  }

  /** The node lists follow the canvas; the chosen ends stay chosen while they are on it. */
  private refreshOptions(): void {
    const nodes = this.canvas.cy.nodes().map((n) => ({ id: n.id(), label: String(n.data('label')) })).sort((a, b) => a.label.localeCompare(b.label));
    for (const select of [this.from, this.to]) {
      const current = select.value;
      select.replaceChildren(h('option', { value: '' }, '— choose a node —'), ...nodes.map((n) => h('option', { value: n.id }, n.label)));
      if (nodes.some((n) => n.id === current)) select.value = current;
    }
  }

  async submit(): Promise<void> {
    const from = this.from.value;
    const to = this.to.value;
    if (!from || !to || from === to) {
      this.results.replaceChildren(h('p', { class: 'muted' }, 'Choose two different nodes.'));
      return;
    }
    const request: PathRequest = {
      from,
      to,
      mode: this.mode.value as PathMode,
      k: Math.min(10, Math.max(1, Number(this.k.value) || 3)),
      maxHops: Math.min(10, Math.max(1, Number(this.maxHops.value) || 6)),
      relationshipTypes: this.types.values(),
      excludeIds: this.hubs.ids().filter((id) => id !== from && id !== to),
    };
    if (request.relationshipTypes!.length === 0) {
      this.results.replaceChildren(h('p', { class: 'muted' }, 'Allow at least one relationship type.'));
      return;
    }
    this.results.replaceChildren(h('p', { class: 'muted' }, 'Searching…'));
    const result = await this.find(request);
    if (!result) {
      this.results.replaceChildren();
      return;
    }
    this.render(result);
  }

  private clear(): void {
    clearHighlight(this.canvas.cy);
    this.results.replaceChildren();
  }

  private render(result: PathResult): void {
    if (result.paths.length === 0) {
      this.results.replaceChildren(h('p', { class: 'muted' }, 'No path found with these options. Allow more hops or more relationship types.'));
      return;
    }
    this.results.replaceChildren(
      h('p', {}, `${result.paths.length} path${result.paths.length === 1 ? '' : 's'} found. Click a path to highlight only it.`),
      h('ol', { class: 'path-list' }, result.paths.map((path, i) => this.pathItem(path, i))),
    );
  }

  private pathItem(path: Path, index: number): HTMLElement {
    const ids = [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)];
    const steps = h('ol', { class: 'path-steps' });
    path.nodes.forEach((node, i) => {
      steps.append(h('li', { class: 'path-node' }, h('button', { type: 'button', class: 'link-button', onclick: () => this.canvas.focus(node.id) }, node.label)));
      const edge = path.edges[i];
      if (edge) steps.append(this.edgeStep(edge, node.id));
    });
    return h(
      'li',
      { class: 'path' },
      h('button', { type: 'button', class: 'path-title', onclick: () => highlight(this.canvas.cy, ids) }, `Path ${index + 1}: ${path.length} hop${path.length === 1 ? '' : 's'}`),
      steps,
    );
  }

  /** The edge between two steps, in the direction the relationship actually points. */
  private edgeStep(edge: GraphEdge, fromId: string): HTMLElement {
    const arrow = edge.source === fromId ? `${edge.label} →` : `← ${edge.label}`;
    return h('li', { class: 'path-edge' }, h('details', {}, h('summary', {}, `${arrow} [${edge.evidence.length}]`), evidenceList(edge.evidence)));
  }
}
