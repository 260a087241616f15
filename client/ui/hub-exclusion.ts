/**
 * Hubs left out of analyses and paths. A concept every network shares ("Migrant smuggling")
 * leads every centrality ranking and shortens every path; the analyst lists such hubs once and
 * the analytics and paths panels both leave them out. The list is shared state (ExcludedHubs);
 * each panel shows it with a HubPicker: pick nodes from the canvas, take the selection, or take
 * the suggestion of the best-connected concepts in one click.
 */
import { centrality } from '../api.ts';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { CONCEPT_KINDS } from './analysis-kinds.ts';
import { h } from './dom.ts';

/** Concepts suggested as hubs: the best connected, at most this many. */
const SUGGESTED_HUBS = 3;
/** A concept is suggested only when it has at least this share of the best one's links. */
const SUGGESTION_SHARE = 0.5;

export class ExcludedHubs {
  private readonly hubs = new Map<string, string>();
  private readonly listeners = new Set<() => void>();

  ids(): string[] {
    return [...this.hubs.keys()];
  }

  entries(): [id: string, name: string][] {
    return [...this.hubs];
  }

  has(id: string): boolean {
    return this.hubs.has(id);
  }

  add(entries: Iterable<[id: string, name: string]>): void {
    let changed = false;
    for (const [id, name] of entries) {
      if (this.hubs.has(id)) continue;
      this.hubs.set(id, name);
      changed = true;
    }
    if (changed) this.notify();
  }

  remove(id: string): void {
    if (this.hubs.delete(id)) this.notify();
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The best-connected concepts of the whole graph (by degree over every named kind). */
export async function suggestedHubs(): Promise<[id: string, name: string][]> {
  const result = await centrality('DEGREE', {}, 100);
  const concepts = result.scores.filter((s) => CONCEPT_KINDS.has(s.entity.kind));
  const best = concepts[0]?.score ?? 0;
  return concepts
    .filter((s) => s.score >= best * SUGGESTION_SHARE)
    .slice(0, SUGGESTED_HUBS)
    .map((s) => [s.entity.id, s.entity.name]);
}

export class HubPicker {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly pick: HTMLSelectElement;
  private frame = 0;

  private readonly hubs: ExcludedHubs;
  private readonly canvas: ExplorerCanvas;
  private readonly onError: (error: unknown) => void;

  constructor(idPrefix: string, hubs: ExcludedHubs, canvas: ExplorerCanvas, onError: (error: unknown) => void) {
    this.hubs = hubs;
    this.canvas = canvas;
    this.onError = onError;
    this.list = h('ul', { class: 'hub-list', id: `${idPrefix}-hubs`, 'aria-live': 'polite' });
    this.pick = h('select', { id: `${idPrefix}-hub-pick`, 'aria-label': 'Node to exclude' });
    this.element = h(
      'fieldset',
      { class: 'hub-exclusion' },
      h('legend', {}, 'Exclude hubs'),
      h('p', { class: 'muted' }, 'Left out of rankings, communities and paths (shared by the Analytics and Paths panels).'),
      this.list,
      h('div', { class: 'form-row' },
        this.pick,
        h('button', { type: 'button', class: 'small', onclick: () => this.excludePicked() }, 'Exclude')),
      h('div', { class: 'form-row' },
        h('button', { type: 'button', class: 'small', id: `${idPrefix}-suggest-hubs`, onclick: () => void this.suggest() }, 'Exclude concept hubs'),
        h('button', { type: 'button', class: 'small', onclick: () => this.excludeSelected() }, 'Exclude selected')),
    );
    hubs.onChange(() => this.render());
    canvas.onChange(() => this.scheduleOptions());
    this.render();
  }

  private excludePicked(): void {
    const id = this.pick.value;
    const node = id ? this.canvas.node(id) : undefined;
    if (node) this.hubs.add([[id, String(node.data('label'))]]);
  }

  private excludeSelected(): void {
    this.hubs.add(this.canvas.cy.nodes(':selected').map((n) => [n.id(), String(n.data('label'))] as [string, string]));
  }

  private async suggest(): Promise<void> {
    try {
      this.hubs.add(await suggestedHubs());
    } catch (error) {
      this.onError(error);
    }
  }

  private scheduleOptions(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.refreshOptions();
    });
  }

  private refreshOptions(): void {
    const nodes = this.canvas.cy.nodes()
      .filter((n) => !this.hubs.has(n.id()))
      .map((n) => ({ id: n.id(), label: String(n.data('label')) }))
      .sort((a, b) => a.label.localeCompare(b.label));
    const current = this.pick.value;
    this.pick.replaceChildren(h('option', { value: '' }, '— a node on the canvas —'), ...nodes.map((n) => h('option', { value: n.id }, n.label)));
    if (nodes.some((n) => n.id === current)) this.pick.value = current;
  }

  private render(): void {
    const entries = this.hubs.entries();
    this.list.replaceChildren(
      ...(entries.length
        ? entries.map(([id, name]) => h('li', { class: 'hub', 'data-id': id },
          h('span', {}, name),
          h('button', { type: 'button', class: 'small', 'aria-label': `Include ${name} again`, title: 'Include again', onclick: () => this.hubs.remove(id) }, '×')))
        : [h('li', { class: 'muted' }, 'None excluded.')]),
    );
    this.refreshOptions();
  }
}
