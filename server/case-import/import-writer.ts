/**
 * Writes a checked import: its Source, then its entities by kind, then its links by type, in
 * batched transactions of UNWIND $rows. Every write is an upsert by id, so writing the same
 * import again changes nothing, and an interrupted one is completed by running it again.
 *
 * Two batches are written at a time: one transaction uses one of Neo4j's cores, and while one
 * batch is sent and checked the other is being written. Batches never share an entity; two
 * that link to the same node may deadlock, and the driver retries the one Neo4j chose to stop.
 */
import { q } from '../db/cypher.ts';
import type { Db } from '../db/driver.ts';
import { withLabel, withRelType } from '../db/labels.ts';
import { searchLabelParams } from '../domain/derive.ts';
import { mentionLinks } from '../domain/provenance.ts';
import { importSourceId, type Mapping } from './mapping.ts';
import type { ResolvedLink } from './reference-resolution.ts';
import { evidenceProps, importedLinkId, rowLinkIdPrefix, type EntityRecord } from './row-conversion.ts';

export const WRITE_BATCH = 5_000;
const BATCH_TIMEOUT_MS = 120_000;
const WRITERS = 2;

/** Runs `write` over the batches, at most WRITERS at a time. */
async function eachBatch<T>(items: readonly T[], write: (batch: T[]) => Promise<void>): Promise<void> {
  let next = 0;
  const writer = async () => {
    while (next < items.length) {
      const batch = items.slice(next, next + WRITE_BATCH);
      next += WRITE_BATCH;
      await write(batch);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITERS, Math.ceil(items.length / WRITE_BATCH)) }, writer));
}

export interface WriteProgress {
  phase: 'entities' | 'links';
  done: number;
  total: number;
}

export interface WriteSummary {
  sourceId: string;
  entities: number;
  links: number;
}


/**
 * Entities and links that do not exist yet are created (the fast path of a first import); those
 * that do are merged, keeping what other sources said of them.
 */
export async function writeImport(db: Db, markings: string[], mapping: Mapping, entities: EntityRecord[], existing: ReadonlySet<string>, links: ResolvedLink[], onProgress: (p: WriteProgress) => void = () => {}): Promise<WriteSummary> {
  const source = importSourceId(mapping);
  await db.write('import/merge-source', {
    id: source,
    props: {
      id: source,
      kind: 'Source',
      name: mapping.source.title,
      title: mapping.source.title,
      date: mapping.source.date,
      publisher: mapping.source.suppliedBy,
      documentType: 'case data',
      description: mapping.source.description ?? `Case data imported from ${mapping.file}.`,
      marking: mapping.marking,
    },
    ...searchLabelParams,
  });

  let written = 0;
  const searchLabels = searchLabelParams.searchLabelsByMarking[mapping.marking] ?? [];
  for (const [kind, group] of Map.groupBy(entities, (e) => `${e.kind}|${existing.has(e.id) ? 'merge' : 'create'}`)) {
    const [label, how] = kind.split('|') as [string, 'merge' | 'create'];
    const cypher = withLabel(q(how === 'create' ? 'import/create-entities' : 'import/merge-entities'), label);
    await eachBatch(group, async (batch) => {
      const rows = batch.map((e) => {
        const [mention] = mentionLinks(e.id, [e.evidence], mapping.marking);
        const props = { ...e.props, id: e.id, marking: mapping.marking };
        const evidence = evidenceProps(e.evidence, mapping.marking);
        return how === 'create'
          ? { props: { ...props, ...evidence }, searchLabels, mention: mention!.props }
          : { id: e.id, props, evidence, mention: { id: mention!.id, props: mention!.props } };
      });
      const [row] = await db.writeText(cypher, { source, rows, ...searchLabelParams }, BATCH_TIMEOUT_MS);
      written += Number(row?.written ?? 0);
      onProgress({ phase: 'entities', done: written, total: entities.length });
    });
  }

  const created = new Set(entities.filter((e) => !existing.has(e.id)).map((e) => e.id));
  let linked = 0;
  let processed = 0;
  for (const [type, group] of Map.groupBy(links, (l) => l.record.type)) {
    // Links kept by their row's id can only be held already when an import of this namespace
    // wrote some before, and other links only when the graph has links of this type at all: one
    // lookup tells, instead of one per batch.
    const prefix = group.every((l) => l.record.key.rowId) ? rowLinkIdPrefix(type, mapping) : '';
    const noneHeld = (await db.readText(withRelType(q('import/link-ids-held'), type), { prefix })).length === 0;
    await eachBatch(group, async (group) => {
      const batch = group.map(({ record, from, to }) => ({
        id: importedLinkId(record, from, to, mapping),
        from,
        to,
        props: { ...record.props, marking: mapping.marking },
        evidence: evidenceProps(record.evidence, mapping.marking),
      }));
      // A link at an entity this import creates cannot exist yet: only the others are looked up.
      const couldExist = noneHeld ? [] : batch.filter((l) => !created.has(l.from) && !created.has(l.to)).map((l) => l.id);
      const known = couldExist.length
        ? new Set((await db.readText(withRelType(q('import/existing-link-ids'), type), { ids: couldExist }, BATCH_TIMEOUT_MS)).map((r) => String(r.id)))
        : new Set<string>();
      const fresh = batch.filter((l) => !known.has(l.id)).map((l) => ({ from: l.from, to: l.to, props: { ...l.props, id: l.id, ...l.evidence } }));
      const merged = batch.filter((l) => known.has(l.id));
      // (`linked += await …` would read `linked` before the other writer adds to it.)
      const createdCount = fresh.length ? Number((await db.writeText(withRelType(q('import/create-links'), type), { markings, rows: fresh }, BATCH_TIMEOUT_MS))[0]?.written ?? 0) : 0;
      const mergedCount = merged.length ? Number((await db.writeText(withRelType(q('import/merge-links'), type), { source, markings, rows: merged }, BATCH_TIMEOUT_MS))[0]?.written ?? 0) : 0;
      linked += createdCount + mergedCount;
      processed += batch.length;
      onProgress({ phase: 'links', done: processed, total: links.length });
    });
  }
  return { sourceId: source, entities: written, links: linked };
}

/** Runs a removal query (`$source`, `$batch`) until a batch removes less than a whole one; returns how many went. */
async function removeInBatches(db: Db, query: string, source: string, onProgress: (removed: number) => void): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write(query, { source, batch: WRITE_BATCH }, BATCH_TIMEOUT_MS);
    const removed = Number(row?.removed ?? 0);
    total += removed;
    onProgress(total);
    if (removed < WRITE_BATCH) return total;
  }
}

/** Removes what imports citing `source` wrote and nothing else; returns how many entities and links went. */
export async function removeImportedSource(db: Db, source: string, onProgress: (removed: number, what?: 'relationships' | 'entities') => void = () => {}): Promise<{ entities: number; links: number }> {
  // The entities' relationships go first, a batch at a time: a place tens of thousands are
  // nationals of would otherwise take them all into one transaction's memory.
  const entityLinks = await removeInBatches(db, 'import/remove-source-entity-links', source, (n) => onProgress(n, 'relationships'));
  const entities = await removeInBatches(db, 'import/remove-source-entities', source, (n) => onProgress(n, 'entities'));
  const links = await removeInBatches(db, 'import/remove-source-links', source, () => {});
  await db.write('import/remove-source', { source });
  return { entities, links: entityLinks + links };
}
