/**
 * Query rows → the Graph type (one-to-one with Cytoscape elements). Rows are also added to
 * the request graph so GraphNode.entity and its links resolve without another query.
 */
import type { AppContext } from '../../context.ts';
import { relationshipSpec } from '../../domain/derive.ts';
import { evidenceOf } from '../entity/entity-fields.ts';
import type { EntityRecord, RelRecord } from '../entity/request-graph.ts';

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

export function graphNode(node: EntityRecord) {
  const date = node.startDate ?? node.date ?? null;
  return {
    id: node.id,
    kind: node.kind,
    label: node.name,
    aliases: node.aliases ?? [],
    degree: node.degree ?? 0,
    distance: node.distance ?? null,
    marking: node.marking ?? 'PUBLIC',
    evidenceCount: count(node.evidenceQuotes),
    latitude: node.latitude ?? null,
    longitude: node.longitude ?? null,
    date,
    entity: node,
  };
}

export function graphEdge(rel: RelRecord, ctx: AppContext) {
  const p = rel.props;
  const share = typeof p.share === 'number' ? p.share : null;
  return {
    id: rel.id,
    source: rel.from,
    target: rel.to,
    type: rel.type,
    label: relationshipSpec(rel.type).caption,
    weight: share ?? 1,
    share,
    year: p.year ?? null,
    order: p.order ?? null,
    linkKind: p.linkKind ?? null,
    marking: p.marking ?? 'PUBLIC',
    evidenceCount: count(p.evidenceQuotes),
    evidence: evidenceOf(p, ctx),
  };
}

export function toGraph(ctx: AppContext, nodes: EntityRecord[], rels: RelRecord[], total = nodes.length) {
  ctx.graph.add(nodes, rels);
  const ids = new Set(nodes.map((n) => n.id));
  return {
    nodes: nodes.map(graphNode),
    // An edge is drawn only when both its ends are.
    edges: rels.filter((r) => ids.has(r.from) && ids.has(r.to)).map((r) => graphEdge(r, ctx)),
    truncated: total > nodes.length,
    totalNodes: total,
  };
}
