/**
 * Writes a checked import: its Source, then its entities by kind, then its links by type, in
 * batched transactions of UNWIND $rows. Every write is an upsert by id, so writing the same
 * import again changes nothing, and an interrupted one is completed by running it again.
 */
import { q } from '../db/cypher.ts';
import type { Db } from '../db/driver.ts';
import { withLabel, withRelType } from '../db/labels.ts';
import { searchLabelParams } from '../domain/derive.ts';
import { mentionLinks } from '../domain/provenance.ts';
import { importSourceId, type Mapping } from './mapping.ts';
import type { ResolvedLink } from './reference-resolution.ts';
import { evidenceProps, importedLinkId, type EntityRecord } from './row-conversion.ts';

export const WRITE_BATCH = 5_000;
const BATCH_TIMEOUT_MS = 120_000;

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
    for (let i = 0; i < group.length; i += WRITE_BATCH) {
      const rows = group.slice(i, i + WRITE_BATCH).map((e) => {
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
    }
  }

  const created = new Set(entities.filter((e) => !existing.has(e.id)).map((e) => e.id));
  let linked = 0;
  let processed = 0;
  for (const [type, group] of Map.groupBy(links, (l) => l.record.type)) {
    for (let i = 0; i < group.length; i += WRITE_BATCH) {
      const batch = group.slice(i, i + WRITE_BATCH).map(({ record, from, to }) => ({
        id: importedLinkId(record, from, to, mapping),
        from,
        to,
        props: { ...record.props, marking: mapping.marking },
        evidence: evidenceProps(record.evidence, mapping.marking),
      }));
      // A link at an entity this import creates cannot exist yet: only the others are looked up.
      const couldExist = batch.filter((l) => !created.has(l.from) && !created.has(l.to)).map((l) => l.id);
      const known = couldExist.length
        ? new Set((await db.readText(withRelType(q('import/existing-link-ids'), type), { ids: couldExist }, BATCH_TIMEOUT_MS)).map((r) => String(r.id)))
        : new Set<string>();
      const fresh = batch.filter((l) => !known.has(l.id)).map((l) => ({ from: l.from, to: l.to, props: { ...l.props, id: l.id, ...l.evidence } }));
      const merged = batch.filter((l) => known.has(l.id));
      if (fresh.length) linked += Number((await db.writeText(withRelType(q('import/create-links'), type), { markings, rows: fresh }, BATCH_TIMEOUT_MS))[0]?.written ?? 0);
      if (merged.length) linked += Number((await db.writeText(withRelType(q('import/merge-links'), type), { source, markings, rows: merged }, BATCH_TIMEOUT_MS))[0]?.written ?? 0);
      processed += batch.length;
      onProgress({ phase: 'links', done: processed, total: links.length });
    }
  }
  return { sourceId: source, entities: written, links: linked };
}

/** Removes what imports citing `source` wrote and nothing else; returns how many entities and links went. */
export async function removeImportedSource(db: Db, source: string, onProgress: (removed: number) => void = () => {}): Promise<{ entities: number; links: number }> {
  let entities = 0;
  for (;;) {
    const [row] = await db.write('import/remove-source-entities', { source, batch: WRITE_BATCH }, BATCH_TIMEOUT_MS);
    const removed = Number(row?.removed ?? 0);
    entities += removed;
    onProgress(entities);
    if (removed < WRITE_BATCH) break;
  }
  let links = 0;
  for (;;) {
    const [row] = await db.write('import/remove-source-links', { source, batch: WRITE_BATCH }, BATCH_TIMEOUT_MS);
    const removed = Number(row?.removed ?? 0);
    links += removed;
    if (removed < WRITE_BATCH) break;
  }
  await db.write('import/remove-source', { source });
  return { entities, links };
}
