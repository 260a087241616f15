/**
 * Details of the selected node or edge: what it is, its properties, the figures that measure it,
 * its connections (each one clickable, to bring it onto the canvas) and the evidence quotes with
 * their source documents.
 */
import { entityDetails } from '../api.ts';
import { caseInsights } from '../api/case-api.ts';
import { caseInsightsSection } from './case-insights.ts';
import type { EntityDetails, Kind, Link, RelationshipType } from '../api/api-types.ts';
import type { EdgeData, NodeData } from '../graph/elements.ts';
import { KINDS, RELATIONSHIPS } from '../../server/domain/model.ts';
import { degreeText } from './degree-text.ts';
import { duplicatesSection, type DuplicateHandlers } from './duplicates-section.ts';
import { h } from './dom.ts';
import { enumText } from './enum-text.ts';
import { evidenceList } from './evidence-list.ts';
import type { Notices } from './notices.ts';
import { notesSection } from './notes-section.ts';
import { shapeSwatch } from './shape-swatch.ts';

/** Connections shown per relationship type before "show all". */
const LINKS_SHOWN = 8;

export interface DetailsActions {
  addEntity(id: string): void;
  focus(id: string): void;
  expand(id: string, types?: RelationshipType[]): void;
  openExpandOptions(id: string): void;
  hide(id: string): void;
  togglePin(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  /** Judging duplicates and undoing a merge from the panel. */
  duplicates: DuplicateHandlers;
}

const words = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, (c) => c.toUpperCase());

/** A property's value; the names of an enum-valued one (OPERATION) as words. */
function formatValue(value: unknown, isEnum: boolean): string {
  const text = (v: unknown) => (isEnum ? enumText(String(v)) : String(v));
  if (Array.isArray(value)) return value.map(text).join('; ');
  return text(value);
}

function kindBadge(kind: Kind): HTMLElement {
  const spec = KINDS[kind];
  return h('span', { class: 'kind-badge', style: `--kind-colour: ${spec.colour}` }, shapeSwatch(spec.shape, spec.colour), spec.caption);
}

export class DetailsPanel {
  private pending: AbortController | undefined;
  private shownId: string | undefined;

  private readonly root: HTMLElement;
  private readonly actions: DetailsActions;
  private readonly notices: Notices;

  constructor(
    root: HTMLElement,
    actions: DetailsActions,
    notices: Notices,
  ) {
    this.root = root;
    this.actions = actions;
    this.notices = notices;
    this.clear();
  }

  get currentId(): string | undefined {
    return this.shownId;
  }

  clear(): void {
    this.pending?.abort();
    this.shownId = undefined;
    this.root.replaceChildren(h('p', { class: 'muted empty-state' }, 'Select a node or an edge to see its properties, figures and evidence. Enter on a selected node opens it here.'));
  }

  async showNode(node: NodeData): Promise<void> {
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    this.shownId = node.id;
    this.root.replaceChildren(this.nodeHeader(node.kind, node.label), h('p', { class: 'muted' }, 'Loading details…'));
    try {
      const details = await entityDetails(node.id, { signal: controller.signal });
      if (controller.signal.aborted) return;
      if (!details) {
        this.root.replaceChildren(this.nodeHeader(node.kind, node.label), h('p', { class: 'muted' }, 'This entity no longer exists or is not visible to you.'));
        return;
      }
      this.renderEntity(details, node);
      void this.appendCaseInsights(node, controller);
      void this.appendDuplicates(details, controller);
    } catch (error) {
      // Another selection (or none) took the panel meanwhile.
      if (controller.signal.aborted || (error as Error).name === 'AbortError') return;
      this.root.replaceChildren(this.nodeHeader(node.kind, node.label), h('p', { class: 'muted' }, 'Details could not be loaded.'));
      this.notices.error(`Loading details of ${node.label}`, error, () => void this.showNode(node));
    }
  }

  showEdge(edge: EdgeData, sourceLabel: string, targetLabel: string): void {
    this.pending?.abort();
    this.shownId = edge.id;
    const spec = RELATIONSHIPS[edge.type];
    const facts: [string, string | number | null][] = [
      ['Share', edge.share !== null ? `${edge.share}%` : null],
      ['Year', edge.year],
      ['Kind of link', edge.linkKind ? words(enumText(edge.linkKind)) : null],
      ['Stage', edge.order],
      ['Marking', edge.marking],
    ];
    this.root.replaceChildren(
      h('header', { class: 'details-header' }, h('p', { class: 'details-kind' }, 'Relationship'), h('h2', {}, spec.caption)),
      h(
        'p',
        { class: 'edge-ends' },
        h('button', { type: 'button', class: 'link-button', onclick: () => this.actions.focus(edge.source) }, sourceLabel),
        ` → ${spec.caption} → `,
        h('button', { type: 'button', class: 'link-button', onclick: () => this.actions.focus(edge.target) }, targetLabel),
      ),
      h('p', { class: 'muted' }, spec.description),
      h('dl', { class: 'properties' }, facts.filter(([, v]) => v !== null && v !== undefined).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])),
      notesSection({ id: edge.id, marking: edge.marking, noun: 'this relationship' }, this.notices),
      h('h3', {}, `Evidence (${edge.evidence.length})`),
      evidenceList(edge.evidence),
    );
  }

  /** After the details: what case data says of a suspect, a network or a route (a second request). */
  private async appendCaseInsights(node: NodeData, controller: AbortController): Promise<void> {
    try {
      const insights = await caseInsights(node.kind, node.id, { signal: controller.signal });
      if (!insights || controller.signal.aborted) return;
      const section = caseInsightsSection(insights, (id) => this.actions.addEntity(id));
      const evidence = this.root.querySelector(':scope > h3:last-of-type');
      if (section) this.root.insertBefore(section, evidence);
    } catch (error) {
      if (controller.signal.aborted || (error as Error).name === 'AbortError') return;
      this.notices.error(`Loading the case data of ${node.label}`, error);
    }
  }

  /** After the details: what was resolved into the entity, and its possible duplicates (a request of its own). */
  private async appendDuplicates(entity: EntityDetails, controller: AbortController): Promise<void> {
    try {
      const section = await duplicatesSection(entity, this.actions.duplicates, controller.signal);
      if (!section || controller.signal.aborted) return;
      const evidence = this.root.querySelector(':scope > h3:last-of-type');
      this.root.insertBefore(section, evidence);
    } catch (error) {
      if (controller.signal.aborted || (error as Error).name === 'AbortError') return;
      this.notices.error(`Loading the duplicates of ${entity.name}`, error);
    }
  }

  private nodeHeader(kind: Kind, name: string): HTMLElement {
    return h('header', { class: 'details-header' }, h('p', { class: 'details-kind' }, kindBadge(kind)), h('h2', {}, name));
  }

  private renderEntity(entity: EntityDetails, node: NodeData): void {
    const a = this.actions;
    const button = (label: string, run: () => void, title?: string) => h('button', { type: 'button', title, onclick: run }, label);
    const properties = Object.entries(entity.properties).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0));
    const specs = KINDS[entity.kind].properties as Record<string, { description: string; values?: readonly string[] }>;
    this.root.replaceChildren(
      ...[
      this.nodeHeader(entity.kind, entity.name),
      entity.aliases.length ? h('p', { class: 'aliases' }, `Also: ${entity.aliases.join(' · ')}`) : null,
      entity.description ? h('p', { class: 'description' }, entity.description) : null,
      h(
        'div',
        { class: 'details-actions', role: 'group', 'aria-label': 'Actions on this node' },
        button(node.more > 0 ? `Expand (+${node.more} more)` : 'Expand', () => a.expand(entity.id), 'E'),
        button('Expand…', () => a.openExpandOptions(entity.id), 'Choose relationship types and kinds'),
        button('Hide', () => a.hide(entity.id), 'H'),
        button('Pin / unpin', () => a.togglePin(entity.id), 'P'),
        button('Path from here', () => a.pathFrom(entity.id)),
        button('Path to here', () => a.pathTo(entity.id)),
      ),
      h(
        'dl',
        { class: 'properties' },
        h('dt', {}, 'Id'), h('dd', {}, h('code', {}, entity.id)),
        h('dt', {}, 'Marking'), h('dd', {}, entity.marking),
        h('dt', {}, 'Connections'), h('dd', {}, degreeText(entity.degree)),
        properties.flatMap(([name, value]) => [h('dt', { title: specs[name]?.description ?? '' }, words(name)), h('dd', {}, formatValue(value, specs[name]?.values !== undefined))]),
      ),
      notesSection({ id: entity.id, marking: entity.marking, noun: 'this entity' }, this.notices, entity.notes),
      entity.figures.length ? h('h3', {}, `Figures (${entity.figures.length})`) : null,
      entity.figures.length ? h('ul', { class: 'figures' }, entity.figures.map((f) => this.figure(f))) : null,
      h('h3', {}, `Connections (${entity.links.length})`),
      this.connections(entity),
      h('h3', {}, `Evidence (${entity.evidence.length})`),
      evidenceList(entity.evidence),
      ].filter((child) => child !== null),
    );
  }

  private figure(f: EntityDetails['figures'][number]): HTMLElement {
    const number = (n: number) => n.toLocaleString('en-GB');
    const qualifier = f.qualifier && f.qualifier !== 'EXACT' ? `${enumText(f.qualifier)} ` : '';
    const range = f.value === null ? '' : `${number(f.value)}${f.valueMax !== null ? `–${number(f.valueMax)}` : ''}`;
    const value = f.value === null ? '' : `${qualifier}${range}${f.unit === 'percent' ? '%' : f.unit ? ` ${f.unit}` : ''}`;
    return h(
      'li',
      { class: 'figure' },
      h('p', {}, h('strong', {}, value), ' ', f.metric ?? f.name, f.period ? ` (${f.period})` : '', f.scope ? ` — ${f.scope}` : ''),
      f.evidence.length ? evidenceList(f.evidence.slice(0, 1)) : null,
    );
  }

  private connections(entity: EntityDetails): HTMLElement {
    if (entity.links.length === 0) return h('p', { class: 'muted' }, 'No connections.');
    const groups = new Map<string, Link[]>();
    for (const link of entity.links) {
      const key = `${link.type}|${link.direction}`;
      groups.set(key, [...(groups.get(key) ?? []), link]);
    }
    return h(
      'div',
      { class: 'connections' },
      [...groups].map(([key, links]) => {
        const [type, direction] = key.split('|') as [RelationshipType, string];
        const caption = direction === 'IN' ? `← ${RELATIONSHIPS[type].caption}` : `${RELATIONSHIPS[type].caption} →`;
        const list = h('ul', { class: 'link-list' });
        const render = (count: number) => {
          list.replaceChildren(
            ...links.slice(0, count).map((link) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', class: 'link-button related', title: `Add ${link.node.name} to the canvas`, onclick: () => this.actions.addEntity(link.node.id) },
                  shapeSwatch(KINDS[link.node.kind].shape, KINDS[link.node.kind].colour),
                  link.node.name,
                ),
                link.share !== null ? ` ${link.share}%` : '',
                link.year !== null ? ` (${link.year})` : '',
                link.role ? ` — ${link.role}` : '',
                link.evidence.length ? h('span', { class: 'muted', title: link.evidence.map((e) => e.quote).join('\n') }, ` [${link.evidence.length}]`) : '',
              ),
            ),
            ...(links.length > count
              ? [h('li', {}, h('button', { type: 'button', class: 'link-button', onclick: () => render(links.length) }, `Show all ${links.length}`))]
              : []),
          );
        };
        render(LINKS_SHOWN);
        return h(
          'section',
          { class: 'link-group' },
          h(
            'h4',
            {},
            `${caption} (${links.length})`,
            h('button', { type: 'button', class: 'small', title: `Expand only "${RELATIONSHIPS[type].caption}" links`, onclick: () => this.actions.expand(entity.id, [type]) }, 'Expand these'),
          ),
          list,
        );
      }),
    );
  }
}
