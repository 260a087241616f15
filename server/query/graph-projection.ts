/**
 * GraphNode and GraphEdge (Cytoscape-ready elements) compiled: exactly the element fields the
 * request selects, with degrees, evidence counts and the full entity only when asked for.
 */
import type { FieldNode } from 'graphql';
import { kindNames } from '../domain/derive.ts';
import type { Compilation } from './compilation.ts';
import { entityProjection, mapOf, visibleDegree } from './entity-projection.ts';
import { evidenceCount, evidenceList } from './evidence-projection.ts';
import { LINK_PROPERTIES, TYPE_KEY } from './link-projection.ts';
import { selectedFields } from './selection.ts';

/** Keys every element map carries, for merging the paths of one answer (not GraphQL names). */
export const ID_KEY = '#id';

/** The GraphNode map for entity `v` at `distance` (an expression, or null). */
export function graphNodeMap(c: Compilation, v: string, distance: string, nodes: readonly FieldNode[]): string {
  const entries: [string, string][] = [[ID_KEY, `${v}.id`]];
  entries.push(...selectedFields(nodes, 'GraphNode', c.scope).map((f): [string, string] => {
    switch (f.name) {
      case 'id': case 'kind': case 'latitude': case 'longitude': return [f.key, `${v}.${f.name}`];
      case 'label': return [f.key, `${v}.name`];
      case 'aliases': return [f.key, `coalesce(${v}.aliases, [])`];
      case 'degree': return [f.key, visibleDegree(c, v)];
      case 'distance': return [f.key, distance];
      case 'marking': return [f.key, `coalesce(${v}.marking, 'PUBLIC')`];
      case 'evidenceCount': return [f.key, evidenceCount(c, v)];
      case 'date': return [f.key, `coalesce(${v}.startDate, ${v}.date)`];
      case 'entity': return [f.key, entityProjection(c, v, kindNames, f.nodes)];
      default: throw new Error(`GraphNode.${f.name} has no compiled form`);
    }
  }));
  return mapOf(entries);
}

/** The GraphEdge map for relationship `r`. */
export function graphEdgeMap(c: Compilation, r: string, nodes: readonly FieldNode[]): string {
  const entries: [string, string][] = [[TYPE_KEY, `type(${r})`], [ID_KEY, `${r}.id`]];
  for (const f of selectedFields(nodes, 'GraphEdge', c.scope)) {
    switch (f.name) {
      case 'id': entries.push([f.key, `${r}.id`]); break;
      case 'source': entries.push([f.key, `startNode(${r}).id`]); break;
      case 'target': entries.push([f.key, `endNode(${r}).id`]); break;
      case 'type': entries.push([f.key, `type(${r})`]); break;
      case 'label': break;
      case 'weight': entries.push([f.key, `coalesce(toFloat(${r}.share), 1.0)`]); break;
      case 'marking': entries.push([f.key, `coalesce(${r}.marking, 'PUBLIC')`]); break;
      case 'evidenceCount': entries.push([f.key, evidenceCount(c, r)]); break;
      case 'evidence': entries.push([f.key, evidenceList(c, r, f.nodes)]); break;
      default:
        if (!LINK_PROPERTIES.has(f.name)) throw new Error(`GraphEdge.${f.name} has no compiled form`);
        entries.push([f.key, `${r}.${f.name}`]);
    }
  }
  return mapOf(entries);
}
