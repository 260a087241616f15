/**
 * The part of the graph one request has loaded. Root resolvers fill it with a single query
 * (roots plus the subgraph their selection needs); nested fields only read from it, which is
 * what keeps every root field to one Cypher round trip however deep the selection goes.
 */
import { relationshipSpec, structuralTypes } from '../../domain/derive.ts';
import type { RelationshipType } from '../../domain/model.ts';

export type EntityRecord = Record<string, unknown> & { id: string; kind: string; name: string };

export interface RelRecord {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface LinkView {
  rel: RelRecord;
  direction: 'OUT' | 'IN';
  node: EntityRecord;
}

export interface LinkQuery {
  types?: readonly string[] | null;
  direction?: 'OUT' | 'IN' | 'BOTH' | null;
  kinds?: readonly string[] | null;
  includeStructural?: boolean | null;
}

const STRUCTURAL = new Set<string>(structuralTypes);

export class RequestGraph {
  private readonly nodes = new Map<string, EntityRecord>();
  private readonly rels = new Map<string, RelRecord>();
  private readonly adjacency = new Map<string, RelRecord[]>();

  add(nodes: EntityRecord[], rels: RelRecord[]): void {
    for (const node of nodes) if (node?.id) this.nodes.set(node.id, { ...this.nodes.get(node.id), ...node });
    for (const rel of rels) {
      if (this.rels.has(rel.id)) continue;
      this.rels.set(rel.id, rel);
      for (const end of [rel.from, rel.to]) {
        const list = this.adjacency.get(end);
        if (list) list.push(rel);
        else this.adjacency.set(end, [rel]);
      }
    }
  }

  node(id: string): EntityRecord | undefined {
    return this.nodes.get(id);
  }

  links(id: string, query: LinkQuery = {}): LinkView[] {
    const direction = query.direction ?? 'BOTH';
    const types = query.types?.length ? new Set(query.types) : undefined;
    const kinds = query.kinds?.length ? new Set(query.kinds) : undefined;
    const views: LinkView[] = [];
    for (const rel of this.adjacency.get(id) ?? []) {
      if (types ? !types.has(rel.type) : !query.includeStructural && STRUCTURAL.has(rel.type)) continue;
      const outgoing = rel.from === id;
      // A self-loop appears once, as outgoing.
      if (direction === 'OUT' && !outgoing) continue;
      if (direction === 'IN' && outgoing && rel.to !== id) continue;
      const node = this.nodes.get(outgoing ? rel.to : rel.from);
      if (!node) continue;
      if (kinds && !kinds.has(node.kind)) continue;
      views.push({ rel, direction: outgoing ? 'OUT' : 'IN', node });
    }
    return views.sort((a, b) =>
      Number(a.rel.props.order ?? 0) - Number(b.rel.props.order ?? 0) ||
      Number(b.rel.props.share ?? 0) - Number(a.rel.props.share ?? 0) ||
      a.rel.type.localeCompare(b.rel.type) ||
      String(a.node.name).localeCompare(String(b.node.name)));
  }

  caption(type: RelationshipType): string {
    return relationshipSpec(type).caption;
  }
}
