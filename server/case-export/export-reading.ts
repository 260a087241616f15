/**
 * What an export holds: the entities and links of its scope that the viewer may see, read with
 * the static queries of cypher/queries/export/ (the visibility rule on every node, relationship
 * and evidence item), in batches so that a whole import at the report's scale is read in pieces.
 *
 * Scopes: a selection (entity ids, with the links among them), a neighbourhood (a selection
 * grown by some hops), or a whole import (every entity and link whose provenance cites its
 * source). Links of a whole import may end at entities outside it (a curated country, a route):
 * those ends are read as `boundary` entities, so that graph files hold every end of every edge.
 */
import type { Db } from '../db/driver.ts';
import { kindNames, kindSpec, relationshipSpec, relationshipTypes, structuralTypes } from '../domain/derive.ts';
import { COMMON_PROPERTIES, type Kind, type PropertySpec, type RelationshipType } from '../domain/model.ts';
import type { PropertyValue } from '../domain/property-checks.ts';

export const READ_BATCH = 2_000;
const READ_TIMEOUT_MS = 120_000;
/** Most entities a neighbourhood scope grows to. */
export const MAX_NEIGHBOURHOOD = 20_000;
export const MAX_DEPTH = 2;

export type ExportScope =
  | { ids: string[]; depth?: number }
  | { source: string };

export interface ExportEntity {
  id: string;
  kind: Kind;
  marking: string;
  properties: Record<string, PropertyValue>;
  /** Sources the viewer may see. */
  sources: string[];
  /** Date of the first evidence item the viewer may see (of the scope's source, for a whole import). */
  evidenceDate?: string;
}

export interface ExportLink {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  marking: string;
  properties: Record<string, PropertyValue>;
  sources: string[];
  evidenceDate?: string;
}

export interface SourceDetails {
  id: string;
  title: string;
  date: string;
  publisher: string;
  description?: string;
  marking: string;
}

export interface ExportSet {
  /** The entities of the scope, by id. */
  entities: ExportEntity[];
  /** Ends of exported links outside the scope (whole imports only). */
  boundary: ExportEntity[];
  links: ExportLink[];
  /** The scope's source, for a whole import. */
  source?: SourceDetails;
}

export interface ReadProgress {
  phase: 'entities' | 'links';
  done: number;
  total: number;
}

/** Thrown for a scope that names nothing the viewer may see, in the same words as for nothing at all. */
export class ExportScopeError extends Error {
  /** The scope exists but holds more than the caller allows. */
  readonly tooLarge: boolean;
  constructor(message: string, tooLarge = false) {
    super(message);
    this.name = 'ExportScopeError';
    this.tooLarge = tooLarge;
  }
}

/**
 * Every property the model lets an entity or a link hold, provenance lists and what a feature
 * derives for itself (the ingest's mention offsets) aside: what an export reads of each.
 */
const exported = (p: PropertySpec) => !p.long && !p.derivedBy;
export const ENTITY_PROPERTY_KEYS = [...new Set([
  ...Object.keys(COMMON_PROPERTIES).filter((k) => k !== 'id' && k !== 'marking'),
  ...kindNames.flatMap((k) => Object.entries(kindSpec(k).properties as Record<string, PropertySpec>).filter(([, p]) => exported(p)).map(([name]) => name)),
])];
export const LINK_PROPERTY_KEYS = [...new Set(relationshipTypes.flatMap((t) => Object.entries(relationshipSpec(t).properties as Record<string, PropertySpec>).filter(([, p]) => exported(p)).map(([name]) => name)))];

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const pairs = (value: unknown): Record<string, PropertyValue> => Object.fromEntries((value as [string, PropertyValue][]).map(([k, v]) => [k, v]));
const firstDate = (value: unknown) => (value as string[]).find((d) => typeof d === 'string' && d !== '');

function toEntity(row: Record<string, unknown>): ExportEntity {
  const evidenceDate = firstDate(row.evidenceDates);
  return {
    id: String(row.id),
    kind: row.kind as Kind,
    marking: String(row.marking),
    properties: pairs(row.properties),
    sources: row.sources as string[],
    ...(evidenceDate ? { evidenceDate } : {}),
  };
}

function toLink(row: Record<string, unknown>): ExportLink {
  const evidenceDate = firstDate(row.evidenceDates);
  return {
    id: String(row.id),
    type: row.type as RelationshipType,
    from: String(row.from),
    to: String(row.to),
    marking: String(row.marking),
    properties: pairs(row.properties),
    sources: row.sources as string[],
    ...(evidenceDate ? { evidenceDate } : {}),
  };
}

async function readEntities(db: Db, markings: string[], ids: string[], source: string | null, onProgress: (done: number) => void): Promise<ExportEntity[]> {
  const entities: ExportEntity[] = [];
  for (const batch of chunks(ids, READ_BATCH)) {
    const rows = await db.read('export/entities-by-ids', { ids: batch, markings, propertyKeys: ENTITY_PROPERTY_KEYS, source }, READ_TIMEOUT_MS);
    entities.push(...rows.map(toEntity));
    onProgress(entities.length);
  }
  return entities;
}

/** The ids of a selection grown by `depth` hops over links the viewer may see. */
async function grow(db: Db, markings: string[], ids: string[], depth: number): Promise<string[]> {
  const all = new Set(ids);
  let frontier = ids;
  // One past the most, so that a neighbourhood too large is refused rather than cut short.
  const most = MAX_NEIGHBOURHOOD + 1;
  for (let hop = 0; hop < depth && frontier.length && all.size < most; hop++) {
    const next: string[] = [];
    for (const batch of chunks(frontier, READ_BATCH)) {
      const rows = await db.read('export/neighbour-ids', { ids: batch, markings, structuralTypes, limit: most }, READ_TIMEOUT_MS);
      for (const row of rows) {
        const id = String(row.id);
        if (!all.has(id) && all.size < most) {
          all.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  return [...all];
}

/** Reads what the viewer may see of a scope. */
export async function readExport(db: Db, markings: string[], scope: ExportScope, onProgress: (p: ReadProgress) => void = () => {}, maxEntities = Infinity): Promise<ExportSet> {
  const limit = 'source' in scope ? maxEntities : Math.min(maxEntities, MAX_NEIGHBOURHOOD);
  const bounded = (count: number) => {
    if (count > limit) throw new ExportScopeError(`This scope holds ${count} entities; an export of ${'source' in scope ? 'an import' : 'a selection'} here holds at most ${limit}${limit < MAX_NEIGHBOURHOOD || 'source' in scope ? ': export it with npm run export' : ''}.`, true);
  };
  if ('source' in scope) {
    const [row] = await db.read('export/source-details', { source: scope.source, markings });
    if (!row) throw new ExportScopeError(`No source with id "${scope.source}" to export.`);
    const source: SourceDetails = {
      id: String(row.id),
      title: String(row.title ?? row.id),
      date: String(row.date ?? ''),
      publisher: String(row.publisher ?? ''),
      ...(row.description ? { description: String(row.description) } : {}),
      marking: String(row.marking),
    };
    const ids = (await db.read('export/source-entity-ids', { source: source.id, markings }, READ_TIMEOUT_MS)).map((r) => String(r.id));
    bounded(ids.length);
    const entities = await readEntities(db, markings, ids, source.id, (done) => onProgress({ phase: 'entities', done, total: ids.length }));
    const refs = (await db.read('export/source-link-refs', { source: source.id, markings, structuralTypes }, READ_TIMEOUT_MS)).map((r) => String(r.ref));
    const links: ExportLink[] = [];
    for (const batch of chunks(refs, READ_BATCH)) {
      links.push(...(await db.read('export/links-by-refs', { refs: batch, markings, propertyKeys: LINK_PROPERTY_KEYS, source: source.id }, READ_TIMEOUT_MS)).map(toLink));
      onProgress({ phase: 'links', done: links.length, total: refs.length });
    }
    const inScope = new Set(entities.map((e) => e.id));
    const outside = [...new Set(links.flatMap((l) => [l.from, l.to]).filter((id) => !inScope.has(id)))];
    const boundary = await readEntities(db, markings, outside, null, () => {});
    return { entities, boundary, links: sortById(links), source };
  }

  const depth = scope.depth ?? 0;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) throw new ExportScopeError(`depth must be a whole number from 0 to ${MAX_DEPTH}.`);
  const given = [...new Set(scope.ids.map((id) => id.trim()).filter((id) => id !== ''))];
  if (given.length === 0) throw new ExportScopeError('Name at least one entity to export.');
  bounded(given.length);
  const ids = depth > 0 ? await grow(db, markings, given, depth) : given;
  bounded(ids.length);
  const entities = await readEntities(db, markings, ids, null, (done) => onProgress({ phase: 'entities', done, total: ids.length }));
  if (entities.length === 0) throw new ExportScopeError('None of these entities exists.');
  const visible = entities.map((e) => e.id);
  const links: ExportLink[] = [];
  let started = 0;
  for (const batch of chunks(visible, READ_BATCH)) {
    links.push(...(await db.read('export/links-among', { starts: batch, ids: visible, markings, propertyKeys: LINK_PROPERTY_KEYS, source: null }, READ_TIMEOUT_MS)).map(toLink));
    // Counted by the entities whose outgoing links have been read: the number of links is not known before.
    started += batch.length;
    onProgress({ phase: 'links', done: started, total: visible.length });
  }
  return { entities: sortById(entities), boundary: [], links: sortById(links) };
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
