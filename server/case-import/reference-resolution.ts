/**
 * Finds the other ends of imported links: rows of the same import, or entities already in the
 * graph that the importer may see (by id, or by exact name or alias). What the importer may not
 * see is not found, with the same words as what does not exist.
 */
import type { Db } from '../db/driver.ts';
import { relationshipSpec } from '../domain/derive.ts';
import type { Kind } from '../domain/model.ts';
import type { ImportProblem } from './import-problems.ts';
import type { Mapping } from './mapping.ts';
import type { End, EntityRecord, LinkRecord } from './row-conversion.ts';

const LOOKUP_BATCH = 10_000;

export interface ResolvedLink {
  record: LinkRecord;
  from: string;
  to: string;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function resolveLinks(db: Db, markings: string[], mapping: Mapping, entities: EntityRecord[], links: LinkRecord[]): Promise<{ links: ResolvedLink[]; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const kinds = new Map<string, Kind>(entities.map((e) => [e.id, e.kind]));
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const link of links) {
    for (const end of [link.from, link.to]) {
      if ('id' in end) {
        if (!kinds.has(end.id)) ids.add(end.id);
      } else names.add(end.name);
    }
    // Property values that name a reference entity (a member's role) must be one.
    for (const [name, value] of Object.entries(link.props)) if (relationshipSpec(link.type).properties[name]?.idOf && typeof value === 'string') ids.add(value);
  }
  for (const batch of chunks([...ids], LOOKUP_BATCH)) {
    for (const row of await db.read('import-lookup/find-by-ids', { ids: batch, markings }, 120_000)) kinds.set(String(row.id), row.kind as Kind);
  }
  const byName = new Map<string, { id: string; kind: Kind }[]>();
  if (names.size) {
    for (const row of await db.read('import-lookup/find-by-names', { names: [...names], kinds: null, markings }, 120_000)) {
      for (const name of new Set([String(row.name), ...(row.aliases as string[])])) {
        if (!names.has(name)) continue;
        const list = byName.get(name) ?? [];
        list.push({ id: String(row.id), kind: row.kind as Kind });
        byName.set(name, list);
      }
    }
  }

  const resolved: ResolvedLink[] = [];
  for (const link of links) {
    const spec = relationshipSpec(link.type);
    const problem = (reason: string) => problems.push({ file: mapping.file, line: link.line, column: link.column, field: link.field, reason });
    const find = (end: End, allowed: readonly string[], side: 'from' | 'to'): string | undefined => {
      const wanted = (end.kind ? [end.kind] : allowed).filter((k) => allowed.includes(k));
      if ('id' in end) {
        const kind = kinds.get(end.id);
        if (!kind) return void problem(`no ${wanted.join(' or ')} with id "${end.given}" in the graph or in this file`);
        if (!wanted.includes(kind)) return void problem(`"${end.id}" is a ${kind}: a ${link.type} link ${side === 'from' ? 'starts at' : 'ends at'} ${wanted.join(' or ')}`);
        return end.id;
      }
      const found = (byName.get(end.name) ?? []).filter((c) => wanted.includes(c.kind));
      if (found.length === 0) return void problem(`no ${wanted.join(' or ')} is named "${end.name}" (exact name or alias)`);
      if (found.length > 1) return void problem(`"${end.name}" names ${found.length} entities (${found.map((f) => f.id).join(', ')}): give the id instead`);
      return found[0]!.id;
    };
    const from = find(link.from, spec.from, 'from');
    const to = find(link.to, spec.to, 'to');
    let fine = true;
    for (const [name, value] of Object.entries(link.props)) {
      const kind = spec.properties[name]?.idOf;
      if (!kind || typeof value !== 'string' || kinds.get(value) === kind) continue;
      const at = link.propColumns[name]!;
      problems.push({ file: mapping.file, line: link.line, column: at.position, field: at.column, reason: `"${value}" is not the id of a ${kind}` });
      fine = false;
    }
    if (from && to && fine) resolved.push({ record: link, from, to });
  }
  return { links: resolved, problems };
}

/**
 * Ids this import would write that something it may not change holds already (problems), and
 * those it will update rather than create (`existing`).
 */
export async function heldIds(db: Db, markings: string[], mapping: Mapping, entities: EntityRecord[]): Promise<{ problems: ImportProblem[]; existing: Set<string> }> {
  const problems: ImportProblem[] = [];
  const existing = new Set<string>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const batch of chunks([...byId.keys()], LOOKUP_BATCH)) {
    for (const row of await db.read('import/existing-ids', { ids: batch, markings }, 120_000)) {
      const entity = byId.get(String(row.id))!;
      existing.add(entity.id);
      if (row.visible !== true || row.kind !== entity.kind) {
        problems.push({ file: mapping.file, line: entity.line, field: 'id', reason: `id "${entity.id}" is held by an entity this import may not change` });
      }
    }
  }
  return { problems, existing };
}

/**
 * Ids of this import (its rows' and its links' ends) that an analyst has resolved into another
 * entity since: the row's entity stays resolved (its data is not written again, so importing the
 * same file again changes nothing), and links to or from it go to the entity it was resolved
 * into, where its links are. A resolution into something the importer may not change is a
 * problem like any id held by such an entity.
 */
export async function resolvedIds(db: Db, markings: string[], mapping: Mapping, entities: EntityRecord[], links: LinkRecord[]): Promise<{ survivors: Map<string, string>; problems: ImportProblem[] }> {
  const lines = new Map<string, number>();
  for (const e of entities) lines.set(e.id, e.line);
  for (const l of links) for (const end of [l.from, l.to]) if ('id' in end && !lines.has(end.id)) lines.set(end.id, l.line);
  const survivors = new Map<string, string>();
  const problems: ImportProblem[] = [];
  for (const batch of chunks([...lines.keys()], LOOKUP_BATCH)) {
    for (const row of await db.read('import/resolved-ids', { ids: batch, markings }, 120_000)) {
      if (row.visible === true) survivors.set(String(row.id), String(row.survivor));
      else problems.push({ file: mapping.file, line: lines.get(String(row.id))!, field: 'id', reason: `id "${String(row.id)}" is held by an entity this import may not change` });
    }
  }
  return { survivors, problems };
}

/** The import with resolved ids replaced: their rows left out, links moved to what they became. */
export function withoutResolved(entities: EntityRecord[], links: LinkRecord[], survivors: ReadonlyMap<string, string>): { entities: EntityRecord[]; links: LinkRecord[] } {
  if (survivors.size === 0) return { entities, links };
  const now = (end: End): End => ('id' in end && survivors.has(end.id) ? { ...end, id: survivors.get(end.id)! } : end);
  return {
    entities: entities.filter((e) => !survivors.has(e.id)),
    links: links.map((l) => {
      const [from, to] = [now(l.from), now(l.to)];
      if (from === l.from && to === l.to) return l;
      return { ...l, from, to, ...(from !== l.from ? { keyFrom: (l.from as { id: string }).id } : {}), ...(to !== l.to ? { keyTo: (l.to as { id: string }).id } : {}) };
    }),
  };
}
