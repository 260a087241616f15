/**
 * The column mapping of the import dialog, like an import specification: rows are entities of a
 * kind (with an id column) or relationships of a type; each column is ignored, a property of the
 * kind (from the model), or a link to other rows or to entities already in the graph (by id or
 * exact name, with a relationship type that fits the kind); then the marking and the source.
 * It builds the mapping the server checks (server/case-import/mapping.ts); every list it offers
 * comes from the model.
 */
import YAML from 'yaml';
import { kindNames, kindSpec, linkTypes, relationshipSpec } from '../../server/domain/derive.ts';
import { COMMON_PROPERTIES, KINDS, MARKINGS, RELATIONSHIPS, type Kind, type PropertySpec, type RelationshipType } from '../../server/domain/model.ts';
import { h } from './dom.ts';
import { slug } from '../../server/domain/text-folding.ts';

/** Kinds rows may be imported as (sources and figures are made otherwise). */
const IMPORTABLE_KINDS = kindNames.filter((k) => k !== 'Source' && k !== 'Figure');
const LINK_TYPES = linkTypes;

const slugOf = (text: string) => slug(text, 60);

const option = (value: string, caption: string, selected = false) => h('option', { value, selected }, caption);

/** What an import may set: neither references (mapped as links) nor what a feature derives for itself. */
const importable = (specs: Readonly<Record<string, PropertySpec>>) =>
  Object.entries(specs).filter(([p, spec]) => p !== 'id' && p !== 'marking' && !spec.references && !spec.derivedBy).map(([p]) => p);

/** Properties an import may set on a kind: the common ones and the kind's own. */
const propertiesOf = (kind: Kind): string[] => importable({ ...COMMON_PROPERTIES, ...KINDS[kind].properties } as Record<string, PropertySpec>);

/** Relationship types that may start or end at a kind, and which way. */
function typesFor(kind: Kind): { type: RelationshipType; direction: 'out' | 'in'; otherKinds: readonly Kind[] }[] {
  return LINK_TYPES.flatMap((type) => {
    const spec = relationshipSpec(type);
    const found: { type: RelationshipType; direction: 'out' | 'in'; otherKinds: readonly Kind[] }[] = [];
    if ((spec.from as readonly string[]).includes(kind)) found.push({ type, direction: 'out', otherKinds: spec.to as readonly Kind[] });
    if ((spec.to as readonly string[]).includes(kind) && !(spec.from as readonly string[]).includes(kind)) found.push({ type, direction: 'in', otherKinds: spec.from as readonly Kind[] });
    return found;
  });
}

interface ColumnControls {
  use: HTMLSelectElement;
  linkType: HTMLSelectElement;
  match: HTMLSelectElement;
  otherKind: HTMLSelectElement;
  linkBox: HTMLElement;
}

export class ImportMappingForm {
  readonly element: HTMLElement;
  private readonly rowsAs = h('select', { id: 'import-rows-as' }, option('entities', 'Each row is an entity'), option('relationships', 'Each row is a relationship'));
  private readonly kind = h('select', { id: 'import-kind' }, IMPORTABLE_KINDS.map((k) => option(k, KINDS[k].caption ?? k, k === 'Person')));
  private readonly relationship = h('select', { id: 'import-relationship' }, LINK_TYPES.map((t) => option(t, `${t} (${RELATIONSHIPS[t].caption})`)));
  private readonly idColumn = h('select', { id: 'import-id-column' });
  private readonly marking = h('select', { id: 'import-marking' });
  private readonly title = h('input', { id: 'import-source-title', type: 'text', required: true, size: 40, placeholder: 'e.g. Suspect list from case 42' });
  private readonly date = h('input', { id: 'import-source-date', type: 'text', required: true, size: 10, placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  private readonly suppliedBy = h('input', { id: 'import-source-supplied-by', type: 'text', required: true, size: 30, placeholder: 'Who supplied the file' });
  private readonly namespace = h('input', { id: 'import-namespace', type: 'text', size: 16, pattern: '[a-z0-9][a-z0-9-]{0,60}' });
  private readonly columnsBody = h('tbody');
  private readonly entityOptions: HTMLElement;
  private readonly relationshipOptions: HTMLElement;
  private header: string[] = [];
  private sample: string[] = [];
  private columns = new Map<string, ColumnControls>();
  private readonly onChange: () => void;

  constructor(onChange: () => void) {
    this.onChange = onChange;
    this.entityOptions = h('span', {}, h('label', { for: 'import-kind' }, ' of kind '), this.kind, h('label', { for: 'import-id-column' }, ', id in column '), this.idColumn);
    this.relationshipOptions = h('span', { hidden: true }, h('label', { for: 'import-relationship' }, ' of type '), this.relationship);
    this.element = h('fieldset', { class: 'import-mapping' },
      h('legend', {}, 'Map the columns'),
      h('p', {}, this.rowsAs, this.entityOptions, this.relationshipOptions),
      h('table', { class: 'import-columns' }, h('thead', {}, h('tr', {}, h('th', {}, 'Column'), h('th', {}, 'First value'), h('th', {}, 'Becomes'), h('th', {}, 'Link'))), this.columnsBody),
      h('p', { class: 'import-source' },
        h('label', { for: 'import-marking' }, 'Marking '), this.marking, ' ',
        h('label', { for: 'import-namespace', title: 'Keeps the ids of this import apart from others: per-r-<namespace>-<value>' }, 'Id namespace '), this.namespace),
      h('p', { class: 'import-source' },
        h('strong', {}, 'Source (required) '),
        h('label', { for: 'import-source-title' }, 'title '), this.title, ' ',
        h('label', { for: 'import-source-date' }, 'date '), this.date, ' ',
        h('label', { for: 'import-source-supplied-by' }, 'supplied by '), this.suppliedBy),
    );
    this.rowsAs.addEventListener('change', () => this.rebuildColumns());
    this.kind.addEventListener('change', () => {
      this.marking.value = this.defaultMarking();
      this.rebuildColumns();
    });
    this.relationship.addEventListener('change', () => this.rebuildColumns());
    this.idColumn.addEventListener('change', () => this.rebuildColumns());
    this.element.addEventListener('input', () => this.onChange());
    this.element.addEventListener('change', () => this.onChange());
  }

  /** Offers the columns of a newly chosen file; markings are those the user may import at. */
  setFile(fileName: string, header: string[], sample: string[], markings: readonly string[]): void {
    this.header = header;
    this.sample = sample;
    this.marking.replaceChildren(...MARKINGS.filter((m) => markings.includes(m)).map((m) => option(m, m)));
    this.marking.value = this.defaultMarking();
    this.namespace.value = slugOf(fileName.replace(/\.[^.]*$/, '')).slice(0, 40) || 'import';
    const guess = header.find((c) => /(^|_)id$/i.test(c)) ?? header[0] ?? '';
    this.idColumn.replaceChildren(...header.map((c) => option(c, c, c === guess)));
    this.rebuildColumns();
  }

  /** Case kinds default to RESTRICTED (the model's default for case data), others to PUBLIC, within what may be chosen. */
  private defaultMarking(): string {
    const wanted = kindSpec(this.kind.value as Kind).caseData ? 'RESTRICTED' : 'PUBLIC';
    const offered = [...this.marking.options].map((o) => o.value);
    return offered.includes(wanted) ? wanted : (offered.at(-1) ?? 'PUBLIC');
  }

  private get entities(): boolean {
    return this.rowsAs.value === 'entities';
  }

  private rebuildColumns(): void {
    this.entityOptions.hidden = !this.entities;
    this.relationshipOptions.hidden = this.entities;
    const kind = this.kind.value as Kind;
    const type = this.relationship.value as RelationshipType;
    const properties = this.entities ? propertiesOf(kind) : importable(RELATIONSHIPS[type].properties as Record<string, PropertySpec>);
    const links = this.entities ? typesFor(kind) : [];
    // Choices made for a column stay when the same column comes back (a corrected file, another kind).
    const previous = new Map([...this.columns].map(([column, c]) => [column, { use: c.use.value, linkType: c.linkType.value, match: c.match.value, otherKind: c.otherKind.value }]));
    const restore = (select: HTMLSelectElement, value: string | undefined) => {
      if (value !== undefined && [...select.options].some((o) => o.value === value)) select.value = value;
    };
    this.columns = new Map();
    const rows = this.header.map((column, i) => {
      if (this.entities && column === this.idColumn.value) {
        return h('tr', {}, h('td', {}, column), h('td', { class: 'muted' }, this.sample[i] ?? ''), h('td', {}, 'the id'), h('td'));
      }
      const guess = properties.find((p) => p.toLowerCase() === column.toLowerCase().replace(/[_ ]/g, ''));
      const uses = [option('ignore', 'ignore', !guess), ...properties.map((p) => option(`property:${p}`, `property: ${p}`, p === guess))];
      if (this.entities && links.length) uses.push(option('link', 'link to…'));
      if (!this.entities) uses.unshift(option('from', 'from end'), option('to', 'to end'));
      const use = h('select', { 'data-column': column, 'data-role': 'use', 'aria-label': `Use of column ${column}` }, uses);
      const linkType = h('select', { 'data-column': column, 'data-role': 'link-type', 'aria-label': `Relationship type of column ${column}` },
        links.map((l) => option(`${l.type}:${l.direction}`, l.direction === 'out' ? `${l.type} (${RELATIONSHIPS[l.type].caption}) →` : `← ${l.type} (${RELATIONSHIPS[l.type].caption})`)));
      const match = h('select', { 'data-column': column, 'data-role': 'match', 'aria-label': `How column ${column} names the other end` }, option('id', 'by id'), option('name', 'by exact name'));
      const otherKind = h('select', { 'data-column': column, 'data-role': 'other-kind', 'aria-label': `Kind at the other end of column ${column}` });
      const fillKinds = () => {
        let allowed: readonly Kind[];
        if (this.entities) allowed = links.find((l) => `${l.type}:${l.direction}` === linkType.value)?.otherKinds ?? [];
        else allowed = (use.value === 'from' ? RELATIONSHIPS[type].from : RELATIONSHIPS[type].to) as readonly Kind[];
        otherKind.replaceChildren(...allowed.map((k) => option(k, k)));
      };
      const linkBox = h('span', { hidden: true }, linkType, ' ', match, ' ', otherKind);
      if (!this.entities) linkType.hidden = true;
      const show = () => {
        linkBox.hidden = !(use.value === 'link' || use.value === 'from' || use.value === 'to');
        fillKinds();
      };
      use.addEventListener('change', show);
      linkType.addEventListener('change', fillKinds);
      const before = previous.get(column);
      restore(use, before?.use);
      restore(linkType, before?.linkType);
      restore(match, before?.match);
      show();
      restore(otherKind, before?.otherKind);
      this.columns.set(column, { use, linkType, match, otherKind, linkBox });
      return h('tr', {}, h('td', {}, column), h('td', { class: 'muted' }, this.sample[i] ?? ''), h('td', {}, use), h('td', {}, linkBox));
    });
    this.columnsBody.replaceChildren(...rows);
    this.onChange();
  }

  /** What is missing before a mapping can be made, or null. */
  missing(): string | null {
    if (!this.header.length) return 'Choose a CSV file first.';
    if (!this.title.value.trim() || !this.date.value.trim() || !this.suppliedBy.value.trim()) return 'Give the source a title, a date and who supplied it.';
    return null;
  }

  /** The mapping as YAML, in the format of server/case-import/mapping.ts. */
  mappingYaml(): string {
    const properties: Record<string, string> = {};
    const links: Record<string, unknown>[] = [];
    const ends: Record<string, Record<string, string>> = {};
    for (const [column, c] of this.columns) {
      const end = { column, match: c.match.value, ...(c.otherKind.value ? { kind: c.otherKind.value } : {}) };
      if (c.use.value.startsWith('property:')) properties[c.use.value.slice('property:'.length)] = column;
      else if (c.use.value === 'link') {
        const [type, direction] = c.linkType.value.split(':');
        links.push({ type, ...(direction === 'in' ? { direction } : {}), to: end, optional: true });
      } else if (c.use.value === 'from' || c.use.value === 'to') ends[c.use.value] = end;
    }
    const mapping: Record<string, unknown> = {
      source: { id: slugOf(this.title.value) || 'import', title: this.title.value.trim(), date: this.date.value.trim(), suppliedBy: this.suppliedBy.value.trim() },
      marking: this.marking.value,
      ...(this.namespace.value.trim() ? { namespace: this.namespace.value.trim() } : {}),
      ...(this.entities
        ? { kind: this.kind.value, id: this.idColumn.value, properties, ...(links.length ? { links } : {}) }
        : { relationship: this.relationship.value, ...ends, ...(Object.keys(properties).length ? { properties } : {}) }),
    };
    return YAML.stringify(mapping);
  }
}
