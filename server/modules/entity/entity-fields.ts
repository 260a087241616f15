/**
 * Nested entity fields, resolved from the request graph only (no database access here).
 */
import type { AppContext } from '../../context.ts';
import { relationshipSpec } from '../../domain/derive.ts';
import type { EntityRecord, LinkQuery, LinkView } from './request-graph.ts';

export interface EvidenceView {
  sourceId: string;
  source: EntityRecord | null;
  quote: string;
  date: string | null;
  modality: string;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

/** The parallel provenance lists of a node or relationship, as evidence objects. */
export function evidenceOf(props: Record<string, unknown>, ctx: AppContext): EvidenceView[] {
  const sources = list(props.evidenceSources);
  const quotes = list(props.evidenceQuotes);
  const dates = list(props.evidenceDates);
  const modalities = list(props.evidenceModalities);
  return quotes.map((quote, i) => ({
    sourceId: sources[i] ?? '',
    source: ctx.graph.node(sources[i] ?? '') ?? null,
    quote,
    date: dates[i] || null,
    modality: modalities[i] || 'reported',
  }));
}

/** Documents with the quotes each supplies; documents the viewer cannot see are left out. */
export function sourcesOf(props: Record<string, unknown>, ctx: AppContext) {
  const bySource = new Map<string, string[]>();
  for (const e of evidenceOf(props, ctx)) {
    if (!e.source) continue;
    const quotes = bySource.get(e.sourceId);
    if (quotes) quotes.push(e.quote);
    else bySource.set(e.sourceId, [e.quote]);
  }
  return [...bySource].map(([id, quotes]) => ({ source: ctx.graph.node(id)!, quotes }));
}

export function linkObject(view: LinkView, ctx: AppContext) {
  const p = view.rel.props;
  return {
    id: view.rel.id,
    type: view.rel.type,
    caption: relationshipSpec(view.rel.type).caption,
    direction: view.direction,
    node: view.node,
    order: p.order ?? null,
    share: p.share ?? null,
    year: p.year ?? null,
    linkKind: p.linkKind ?? null,
    role: p.role ?? null,
    marking: p.marking ?? 'PUBLIC',
    evidence: evidenceOf(p, ctx),
    sources: sourcesOf(p, ctx),
  };
}

export function links(entity: EntityRecord, query: LinkQuery, ctx: AppContext) {
  return ctx.graph.links(entity.id, query).map((view) => linkObject(view, ctx));
}

export function figures(entity: EntityRecord, ctx: AppContext): EntityRecord[] {
  return ctx.graph.links(entity.id, { types: ['MEASURES'], direction: 'IN', kinds: ['Figure'] }).map((v) => v.node);
}

export function routeStages(route: EntityRecord, ctx: AppContext) {
  return ctx.graph
    .links(route.id, { types: ['DEPARTS_FROM', 'PASSES_THROUGH', 'ARRIVES_IN'], direction: 'OUT' })
    .map((view) => ({ order: Number(view.rel.props.order ?? 0), type: view.rel.type, location: view.node, evidence: evidenceOf(view.rel.props, ctx) }))
    .sort((a, b) => a.order - b.order);
}
