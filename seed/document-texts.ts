/**
 * The full text of each source document, read from seed/documents/<source id>.txt, goes onto its
 * Source node with a SHA-256 of it: the document reader shows a quote in its context, and the
 * hash says which version of the text the quotes were checked against.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash } from '../server/domain/content-hash.ts';
import type { SeedGraph } from './validate.ts';

export { contentHash };

/** Where the documents are kept, in the repository next to the seed data. */
export const DOCUMENTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'documents');

/**
 * The graph with `text` and `contentHash` on every Source whose file is in `documentsDir`; a
 * Source without a file keeps what the seed says (the reader then tells the viewer so).
 */
export function withDocumentTexts(graph: SeedGraph, documentsDir = DOCUMENTS_DIR): SeedGraph {
  const nodes = graph.nodes.map((node) => {
    if (node.kind !== 'Source') return node;
    const file = path.join(documentsDir, `${node.id}.txt`);
    if (!fs.existsSync(file)) return node;
    const text = fs.readFileSync(file, 'utf8');
    return { ...node, props: { ...node.props, text, contentHash: contentHash(text) } };
  });
  return { ...graph, nodes };
}
