/**
 * What a report-ready export states about the drawing, computed from the drawn elements' data:
 * the highest handling marking (the banner), the kinds and relationship types drawn (the
 * legend) and the source documents their evidence cites. Pure functions, so they are tested
 * without a browser; the order of markings, kinds and types is the domain model's.
 */
import { relationshipLook } from '../../server/domain/derive.ts';
import { KINDS, MARKINGS, RELATIONSHIPS, type Kind, type RelationshipType } from '../../server/domain/model.ts';

export type Marking = (typeof MARKINGS)[number];

/**
 * The strictest marking among the given ones (PUBLIC when there are none). A value the model
 * does not know counts as the strictest: a banner must never understate what a page holds.
 */
export function highestMarking(markings: Iterable<string | null | undefined>): Marking {
  let highest = 0;
  for (const marking of markings) {
    if (marking === null || marking === undefined) continue;
    const rank = (MARKINGS as readonly string[]).indexOf(marking);
    highest = Math.max(highest, rank < 0 ? MARKINGS.length - 1 : rank);
  }
  return MARKINGS[highest]!;
}

/**
 * Banner colours by marking, from the usual handling-caveat conventions (green, amber, red).
 * Keyed by the model's markings, so a new marking fails the type check until it has colours.
 */
export const MARKING_BANNER = {
  PUBLIC: { background: '#2e7d32', text: '#ffffff' },
  RESTRICTED: { background: '#f9a825', text: '#000000' },
  CONFIDENTIAL: { background: '#c62828', text: '#ffffff' },
} as const satisfies Record<Marking, { background: string; text: string }>;

export type LegendItem =
  | { group: 'kind'; key: Kind; caption: string; colour: string; shape: string; count: number }
  | { group: 'relationship'; key: RelationshipType; caption: string; colour: string; dashPattern: readonly number[]; count: number };

/** The kinds, then the relationship types, that the drawing holds, in the model's order, with counts. */
export function legendItems(nodes: Iterable<{ kind: string }>, edges: Iterable<{ type: string }>): LegendItem[] {
  const kindCounts = new Map<string, number>();
  for (const n of nodes) kindCounts.set(n.kind, (kindCounts.get(n.kind) ?? 0) + 1);
  const typeCounts = new Map<string, number>();
  for (const e of edges) typeCounts.set(e.type, (typeCounts.get(e.type) ?? 0) + 1);
  const items: LegendItem[] = [];
  for (const [key, spec] of Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]) {
    const count = kindCounts.get(key);
    if (count) items.push({ group: 'kind', key, caption: spec.caption, colour: spec.colour, shape: spec.shape, count });
  }
  for (const [key, spec] of Object.entries(RELATIONSHIPS) as [RelationshipType, (typeof RELATIONSHIPS)[RelationshipType]][]) {
    const count = typeCounts.get(key);
    if (count) {
      const look = relationshipLook(key);
      items.push({ group: 'relationship', key, caption: spec.caption, colour: look.colour, dashPattern: look.dashPattern, count });
    }
  }
  return items;
}

/**
 * Ids of the source documents the drawing rests on: those its relationships' evidence quotes
 * cite, and source documents drawn as nodes. Sorted, each once.
 */
export function citedSourceIds(nodes: Iterable<{ id: string; kind: string }>, edges: Iterable<{ evidence?: readonly { sourceId: string }[] | null }>): string[] {
  const ids = new Set<string>();
  for (const e of edges) for (const quote of e.evidence ?? []) if (quote.sourceId) ids.add(quote.sourceId);
  for (const n of nodes) if (n.kind === 'Source') ids.add(n.id);
  return [...ids].sort();
}
