/**
 * An export as one graph file for desktop tools: GraphML (Cytoscape desktop, yEd, Gephi) and
 * GEXF (Gephi). Nodes carry their kind, name, marking, visible sources and the model's
 * properties; edges their type, marking, sources and properties. Colours come from the model
 * (each kind's colour, each relationship family's colour, as the explorer draws them), so the
 * tools show the same colours: GraphML as a `colour` attribute and yEd's own node and edge
 * graphics, GEXF as viz:color.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { kindNames, kindSpec, relationshipLook, relationshipSpec, relationshipTypes } from '../domain/derive.ts';
import { COMMON_PROPERTIES, type PropertySpec } from '../domain/model.ts';
import type { PropertyValue } from '../domain/property-checks.ts';
import type { ExportEntity, ExportLink, ExportSet } from './export-reading.ts';

/** Separator of list values (aliases, sources) in a single text attribute. */
export const LIST_SEPARATOR = ' | ';

// XML 1.0 has no place for most control characters: dropped rather than making the file unreadable.
// eslint-disable-next-line no-control-regex
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const text = (value: PropertyValue | string[]): string => clean(Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value));

const ENTITY_SPECS: Record<string, PropertySpec> = Object.assign(
  {},
  ...kindNames.map((k) => kindSpec(k).properties),
  Object.fromEntries(Object.entries(COMMON_PROPERTIES).filter(([name]) => name !== 'id' && name !== 'marking' && name !== 'name')),
);
const LINK_SPECS: Record<string, PropertySpec> = Object.assign({}, ...relationshipTypes.map((t) => relationshipSpec(t).properties));

/** GraphML's attribute types for the model's property types. */
function graphmlType(spec: PropertySpec | undefined): string {
  if (spec?.type === 'integer') return 'long';
  if (spec?.type === 'number') return 'double';
  if (spec?.type === 'boolean') return 'boolean';
  return 'string';
}

/** Every node of the file: the scope's entities and the other ends of its links. */
const nodesOf = (set: ExportSet): ExportEntity[] => [...set.entities, ...set.boundary];

const used = (items: { properties: Record<string, PropertyValue> }[]) => [...new Set(items.flatMap((i) => Object.keys(i.properties)))].sort();

export function toGraphml(set: ExportSet): string {
  const nodes = nodesOf(set);
  const nodeProps = used(nodes).filter((p) => p !== 'name');
  const edgeProps = used(set.links);
  const key = (id: string, target: 'node' | 'edge', name: string, type = 'string') => ({ '@_id': id, '@_for': target, '@_attr.name': name, '@_attr.type': type });
  const keys = [
    // Gephi labels nodes by `label`, Cytoscape desktop by `name`: both are given.
    key('label', 'node', 'label'),
    key('name', 'node', 'name'),
    key('kind', 'node', 'kind'),
    key('marking', 'node', 'marking'),
    key('sources', 'node', 'sources'),
    key('colour', 'node', 'colour'),
    ...nodeProps.map((p) => key(`n_${p}`, 'node', p, graphmlType(ENTITY_SPECS[p]))),
    key('e_label', 'edge', 'label'),
    key('type', 'edge', 'type'),
    key('e_marking', 'edge', 'marking'),
    key('e_sources', 'edge', 'sources'),
    key('e_colour', 'edge', 'colour'),
    ...edgeProps.map((p) => key(`e_${p}`, 'edge', p, graphmlType(LINK_SPECS[p]))),
    { '@_id': 'yed_node', '@_for': 'node', '@_yfiles.type': 'nodegraphics' },
    { '@_id': 'yed_edge', '@_for': 'edge', '@_yfiles.type': 'edgegraphics' },
  ];
  const data = (k: string, value: PropertyValue | string[]) => ({ '@_key': k, '#text': text(value) });
  const node = (e: ExportEntity) => {
    const colour = kindSpec(e.kind).colour;
    const name = String(e.properties.name ?? e.id);
    return {
      '@_id': e.id,
      data: [
        data('label', name),
        data('name', name),
        data('kind', e.kind),
        data('marking', e.marking),
        data('sources', e.sources),
        data('colour', colour),
        ...nodeProps.filter((p) => e.properties[p] !== undefined).map((p) => data(`n_${p}`, e.properties[p]!)),
        { '@_key': 'yed_node', 'y:ShapeNode': { 'y:Fill': { '@_color': colour }, 'y:NodeLabel': clean(name) } },
      ],
    };
  };
  const edge = (l: ExportLink) => {
    const look = relationshipLook(l.type);
    return {
      '@_id': l.id,
      '@_source': l.from,
      '@_target': l.to,
      data: [
        data('e_label', relationshipSpec(l.type).caption),
        data('type', l.type),
        data('e_marking', l.marking),
        data('e_sources', l.sources),
        data('e_colour', look.colour),
        ...edgeProps.filter((p) => l.properties[p] !== undefined).map((p) => data(`e_${p}`, l.properties[p]!)),
        { '@_key': 'yed_edge', 'y:PolyLineEdge': { 'y:LineStyle': { '@_color': look.colour, '@_type': look.lineStyle === 'solid' ? 'line' : 'dashed', '@_width': '1.0' }, 'y:Arrows': { '@_source': 'none', '@_target': 'standard' } } },
      ],
    };
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xmlns:y': 'http://www.yworks.com/xml/graphml',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd',
      key: keys,
      graph: { '@_id': 'G', '@_edgedefault': 'directed', node: nodes.map(node), edge: set.links.map(edge) },
    },
  }) as string;
}

type Attributes = Record<string, string | number | boolean>;

/** The graphology graph of an export: what the GEXF file is written from. */
export function toGraphology(set: ExportSet): MultiDirectedGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  const attributes = (item: { properties: Record<string, PropertyValue> }, skip: string[] = []): Attributes =>
    Object.fromEntries(Object.entries(item.properties).filter(([k]) => !skip.includes(k)).map(([k, v]) => [k, Array.isArray(v) ? text(v) : typeof v === 'string' ? clean(v) : v]));
  for (const e of nodesOf(set)) {
    graph.addNode(e.id, {
      label: clean(String(e.properties.name ?? e.id)),
      color: kindSpec(e.kind).colour,
      attributes: { kind: e.kind, marking: e.marking, sources: text(e.sources), ...attributes(e, ['name']) },
    });
  }
  for (const l of set.links) {
    graph.addDirectedEdgeWithKey(l.id, l.from, l.to, {
      label: relationshipSpec(l.type).caption,
      color: relationshipLook(l.type).colour,
      type: l.type,
      attributes: { type: l.type, marking: l.marking, sources: text(l.sources), ...attributes(l) },
    });
  }
  return graph;
}

export function toGexf(set: ExportSet): string {
  return writeGexf(toGraphology(set), {
    version: '1.3',
    formatNode: (_key, a) => ({ label: a.label as string, viz: { color: a.color as string }, attributes: a.attributes as Attributes }),
    formatEdge: (_key, a) => ({ label: a.label as string, kind: a.type as string, viz: { color: a.color as string }, attributes: a.attributes as Attributes }),
  });
}
