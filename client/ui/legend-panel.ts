/**
 * The legend, which is also the filter: every kind and relationship type in the model's colour,
 * shape and line style, with how many are drawn; unticking one hides it from the canvas and
 * from later expansions. Captions and totals come from the API's meta, the looks from the model.
 */
import type { Kind, Meta, RelationshipType } from '../api/api-types.ts';
import type { CanvasEdits } from '../canvas/canvas-edits.ts';
import { DATA_EDGES, USER_HIDDEN, type ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { kindNames, relationshipLook, relationshipTypes } from '../../server/domain/derive.ts';
import { KINDS, RELATIONSHIP_FAMILIES, RELATIONSHIPS } from '../../server/domain/model.ts';
import { h } from './dom.ts';
import { lineSwatch, shapeSwatch } from './shape-swatch.ts';

type Family = keyof typeof RELATIONSHIP_FAMILIES;

interface Row {
  element: HTMLElement;
  checkbox: HTMLInputElement;
  count: HTMLElement;
}

export class LegendPanel {
  private readonly kindRows = new Map<Kind, Row>();
  private readonly typeRows = new Map<RelationshipType, Row>();
  private readonly familyRows = new Map<Family, { checkbox: HTMLInputElement; types: RelationshipType[] }>();
  private readonly showHiddenButton: HTMLButtonElement;
  private totals: Meta | undefined;

  private readonly canvas: ExplorerCanvas;
  private readonly edits: CanvasEdits;

  constructor(
    root: HTMLElement,
    canvas: ExplorerCanvas,
    edits: CanvasEdits,
    onShowHidden: () => void,
  ) {
    this.canvas = canvas;
    this.edits = edits;
    const kindList = h('ul', { class: 'legend-list', 'aria-label': 'Kinds' });
    for (const kind of kindNames) {
      const spec = KINDS[kind];
      const row = this.row(`legend-kind-${kind}`, shapeSwatch(spec.shape, spec.colour), spec.plural, spec.description, () => this.toggleKind(kind));
      this.kindRows.set(kind, row);
      kindList.append(row.element);
    }
    // Grouped by family (one colour each); a family's own box shows or hides all its types.
    const typeList = h('ul', { class: 'legend-list', 'aria-label': 'Relationship types' });
    for (const [family, { caption, colour }] of Object.entries(RELATIONSHIP_FAMILIES) as [Family, (typeof RELATIONSHIP_FAMILIES)[Family]][]) {
      const types = relationshipTypes.filter((t) => RELATIONSHIPS[t].family === family);
      if (types.length === 0) continue;
      const checkbox = h('input', { type: 'checkbox', id: `legend-family-${family}`, checked: true });
      checkbox.addEventListener('change', () => this.toggleFamily(family, caption));
      this.familyRows.set(family, { checkbox, types });
      typeList.append(
        h('li', { class: 'legend-family', style: `--family-colour: ${colour}` }, checkbox, h('label', { for: `legend-family-${family}` }, h('span', { class: 'legend-family-bar' }), caption)),
      );
      for (const type of types) {
        const spec = RELATIONSHIPS[type];
        const row = this.row(`legend-type-${type}`, lineSwatch(relationshipLook(type)), spec.caption, spec.description, () => this.toggleType(type));
        row.element.classList.add('legend-member');
        this.typeRows.set(type, row);
        typeList.append(row.element);
      }
    }
    this.showHiddenButton = h('button', { type: 'button', class: 'link-button', onclick: onShowHidden }, 'Show hidden nodes');
    root.append(
      h('h2', {}, 'Legend & filters'),
      h('p', { class: 'legend-note' }, 'Untick to hide from the canvas and from expansions. Counts: drawn / in the graph.'),
      // First, before the long lists: what the marks on the canvas mean.
      h('h3', {}, 'Reading the canvas'),
      h(
        'dl',
        { class: 'legend-key', id: 'legend-key' },
        h('dt', {}, 'Name [n]'), h('dd', { id: 'legend-evidence-count' }, 'number of evidence quotes from the source documents'),
        h('dt', {}, '+N more'), h('dd', {}, 'neighbours not loaded yet: expand again'),
        h('dt', {}, 'Labels'), h('dd', {}, 'left out where they would overlap (hubs and the selection first); zoom in for more and for link labels'),
        h('dt', {}, 'Edge width'), h('dd', {}, 'share of linked suspects (%)'),
        h('dt', {}, 'Double border'), h('dd', {}, 'pinned'),
        h('dt', {}, 'Red ring'), h('dd', {}, 'marking above PUBLIC'),
      ),
      h('h3', {}, 'Kinds'),
      kindList,
      h('h3', {}, 'Relationships'),
      typeList,
      this.showHiddenButton,
    );
    canvas.onChange(() => this.scheduleUpdate());
    this.update();
  }

  setMeta(meta: Meta): void {
    this.totals = meta;
    this.update();
  }

  private row(id: string, swatch: SVGSVGElement, caption: string, description: string, onToggle: () => void): Row {
    const checkbox = h('input', { type: 'checkbox', id, checked: true });
    checkbox.addEventListener('change', onToggle);
    const count = h('span', { class: 'legend-count' });
    const element = h('li', { class: 'legend-row', title: description }, checkbox, h('label', { for: id }, swatch, h('span', { class: 'legend-caption' }, caption)), count);
    return { element, checkbox, count };
  }

  private toggleKind(kind: Kind): void {
    const hiddenKinds = new Set(this.canvas.filters.hiddenKinds);
    const hide = !hiddenKinds.has(kind);
    if (hide) hiddenKinds.add(kind);
    else hiddenKinds.delete(kind);
    this.edits.setFilters({ ...this.canvas.filters, hiddenKinds }, `${hide ? 'Hide' : 'Show'} ${KINDS[kind].plural}`);
  }

  private toggleType(type: RelationshipType): void {
    const hiddenTypes = new Set(this.canvas.filters.hiddenTypes);
    const hide = !hiddenTypes.has(type);
    if (hide) hiddenTypes.add(type);
    else hiddenTypes.delete(type);
    this.edits.setFilters({ ...this.canvas.filters, hiddenTypes }, `${hide ? 'Hide' : 'Show'} "${RELATIONSHIPS[type].caption}" links`);
  }

  private toggleFamily(family: Family, caption: string): void {
    const hiddenTypes = new Set(this.canvas.filters.hiddenTypes);
    const types = this.familyRows.get(family)!.types;
    // Ticked after the click: show the whole family; unticked: hide it.
    const show = this.familyRows.get(family)!.checkbox.checked;
    for (const type of types) {
      if (show) hiddenTypes.delete(type);
      else hiddenTypes.add(type);
    }
    this.edits.setFilters({ ...this.canvas.filters, hiddenTypes }, `${show ? 'Show' : 'Hide'} ${caption.toLowerCase()} links`);
  }

  private frame = 0;

  private scheduleUpdate(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  private update(): void {
    const cy = this.canvas.cy;
    const { hiddenKinds, hiddenTypes } = this.canvas.filters;
    const kindCounts = new Map<string, number>();
    cy.nodes().forEach((n) => {
      kindCounts.set(n.data('kind'), (kindCounts.get(n.data('kind')) ?? 0) + 1);
    });
    const typeCounts = new Map<string, number>();
    cy.edges(DATA_EDGES).forEach((e) => {
      typeCounts.set(e.data('type'), (typeCounts.get(e.data('type')) ?? 0) + 1);
    });
    const kindTotal = new Map(this.totals?.kinds.map((k) => [k.kind, k.count]) ?? []);
    const typeTotal = new Map(this.totals?.relationshipTypes.map((t) => [t.type, t.count]) ?? []);
    for (const [kind, row] of this.kindRows) {
      row.checkbox.checked = !hiddenKinds.has(kind);
      row.count.textContent = `${kindCounts.get(kind) ?? 0}${kindTotal.has(kind) ? ` / ${kindTotal.get(kind)}` : ''}`;
      row.element.classList.toggle('empty', kindTotal.get(kind) === 0);
    }
    for (const [type, row] of this.typeRows) {
      row.checkbox.checked = !hiddenTypes.has(type);
      row.count.textContent = `${typeCounts.get(type) ?? 0}${typeTotal.has(type) ? ` / ${typeTotal.get(type)}` : ''}`;
      row.element.classList.toggle('empty', typeTotal.get(type) === 0);
    }
    for (const { checkbox, types } of this.familyRows.values()) {
      const shown = types.filter((t) => !hiddenTypes.has(t)).length;
      checkbox.checked = shown === types.length;
      checkbox.indeterminate = shown > 0 && shown < types.length;
    }
    const hidden = cy.nodes(`.${USER_HIDDEN}`).length;
    this.showHiddenButton.hidden = hidden === 0;
    this.showHiddenButton.textContent = `Show ${hidden} hidden node${hidden === 1 ? '' : 's'}`;
  }
}
