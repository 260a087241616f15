/**
 * Source documents for evidence quotes that arrive without theirs (the API leaves
 * Evidence.source empty on graph edges): fetched once per document, many ids per request.
 */
import { sourceDocuments } from '../api.ts';
import type { SourceRef } from './api-types.ts';

const known = new Map<string, Promise<SourceRef | null>>();
let queued = new Map<string, (doc: SourceRef | null) => void>();

function flush(): void {
  const batch = queued;
  queued = new Map();
  sourceDocuments([...batch.keys()])
    .then((docs) => {
      const byId = new Map(docs.map((d) => [d.id, d]));
      for (const [id, resolve] of batch) resolve(byId.get(id) ?? null);
    })
    .catch(() => {
      // Not cached as missing: a later look may succeed once the API is back.
      for (const [id, resolve] of batch) {
        known.delete(id);
        resolve(null);
      }
    });
}

/** The document, or null when it does not exist or is above the viewer's clearance. */
export function sourceDocument(id: string): Promise<SourceRef | null> {
  let doc = known.get(id);
  if (!doc) {
    doc = new Promise((resolve) => {
      if (queued.size === 0) queueMicrotask(flush);
      queued.set(id, resolve);
    });
    known.set(id, doc);
  }
  return doc;
}
