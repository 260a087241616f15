/**
 * Write authority, the one rule every knowledge write follows (upsertEntity, upsertLink,
 * deleteEntity, deleteLink all go through these functions):
 *
 *   A write may only create, change or remove what the writer can see (server/query/visibility.ts),
 *   and never lowers the marking of anything or removes provenance above the writer's clearance.
 *
 * What follows from it:
 * - What the writer cannot see is, to them, absent: an update or delete of a hidden target is
 *   refused exactly like one of an unused id (NOT_FOUND), and an upsert with a hidden entity's id
 *   creates a new entity as with an unused id.
 * - New entities and links get a server-made unique id (`newEntityId`, `newLinkId`), so a new
 *   id never collides observably with a hidden one: the id a writer suggests is only a prefix.
 * - An upsert of a link changes the visible link of that type between those entities with the
 *   same discriminators (order, year, linkKind) if there is one; hidden links are never touched.
 * - An edit replaces only the evidence items the editor can see (`mergeEvidence`); the others are
 *   kept, in their order, with their own marking made explicit.
 * - Deleting something that carries evidence or relationships the writer cannot see is refused.
 */
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { stricterMarking, type Evidence } from '../../domain/provenance.ts';

/** The stored form of provenance on a node or relationship: `marking` and the parallel `evidence*` lists. */
export type StoredProvenance = Record<string, unknown>;

export const canSee = (ctx: AppContext, marking: unknown): boolean => typeof marking === 'string' && ctx.viewer.markings.includes(marking);

/** Something the writer cannot see reads exactly like something that does not exist. */
export function visibleOrAbsent<T extends Record<string, unknown>>(ctx: AppContext, record: T | null | undefined): T | null {
  return record && canSee(ctx, record.marking) ? record : null;
}

export const noEntity = (id: string) => notFound(`No entity with id "${id}".`);
export const noLink = (id: string) => notFound(`No relationship with id "${id}".`);

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Every stored evidence item, with its marking made explicit (falling back to the element's). */
export function storedEvidence(record: StoredProvenance): Evidence[] {
  const marking = String(record.marking ?? 'PUBLIC');
  const sources = list(record.evidenceSources);
  const quotes = list(record.evidenceQuotes);
  const dates = list(record.evidenceDates);
  const modalities = list(record.evidenceModalities);
  const markings = list(record.evidenceMarkings);
  return quotes.map((quote, i) => ({
    source: String(sources[i] ?? ''),
    quote: String(quote),
    date: String(dates[i] ?? ''),
    modality: String(modalities[i] ?? 'reported'),
    marking: stricterMarking(String(markings[i] ?? marking), marking),
  }));
}

/** The sources an existing record's evidence cites (to ask which of them the writer can see). */
export const citedSources = (record: StoredProvenance | null): string[] => (record ? [...new Set(storedEvidence(record).map((e) => e.source))] : []);

/** An evidence item is the writer's to change when its own marking and its source document are visible. */
const editable = (ctx: AppContext, item: Evidence, visibleSources: Set<string>) => canSee(ctx, item.marking) && visibleSources.has(item.source);

/** The evidence items of an existing record the writer cannot see. */
export function hiddenEvidence(ctx: AppContext, record: StoredProvenance | null, visibleSources: Set<string>): Evidence[] {
  return record ? storedEvidence(record).filter((e) => !editable(ctx, e, visibleSources)) : [];
}

/** An edit's evidence: what the writer sends replaces what they can see; everything else stays, in order, after it. */
export function mergeEvidence(ctx: AppContext, existing: StoredProvenance | null, incoming: Evidence[], visibleSources: Set<string>): Evidence[] {
  return [...incoming, ...hiddenEvidence(ctx, existing, visibleSources)];
}

const suffix = () => randomBytes(3).toString('hex');

/**
 * A new entity's id: the suggested id (or the kind's prefix and a slug of the name) and a random
 * suffix, retried while any entity, visible or not, holds it (`taken` looks at all of them).
 */
export async function newEntityId(base: string, taken: (id: string) => Promise<boolean>): Promise<string> {
  for (;;) {
    const id = `${base}-${suffix()}`;
    if (!(await taken(id))) return id;
  }
}

/** A new relationship's id: its natural key (provenance.ts linkId) and a random suffix, retried while taken. */
export async function newLinkId(naturalKey: string, taken: (id: string) => Promise<boolean>): Promise<string> {
  for (;;) {
    const id = `${naturalKey}|${suffix()}`;
    if (!(await taken(id))) return id;
  }
}
