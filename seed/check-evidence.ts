/**
 * Verifies that every evidence quote occurs verbatim in the document it cites, forgiving
 * whitespace, typographic quotes and dashes, markdown emphasis and footnote markers (the
 * documents were converted from PDF and web pages).
 */
import fs from 'node:fs';
import path from 'node:path';
import { normaliseForMatch } from '../server/domain/quote-match.ts';
import type { Problem, SeedGraph } from './validate.ts';

export { normaliseForMatch };

/** Reads each cited document from `documentsDir` (<source id>.txt); a missing one is reported once. */
export function checkEvidence(graph: SeedGraph, documentsDir: string): Problem[] {
  const problems: Problem[] = [];
  const documents = new Map<string, string | null>();
  const documentText = (source: string) => {
    if (!documents.has(source)) {
      const file = path.join(documentsDir, `${source}.txt`);
      documents.set(source, fs.existsSync(file) ? normaliseForMatch(fs.readFileSync(file, 'utf8')) : null);
    }
    return documents.get(source);
  };
  const seen = new Set<string>();
  const check = (file: string, entry: string, what: string, evidence: { source: string; quote: string }[]) => {
    evidence.forEach((e, i) => {
      const text = documentText(e.source);
      if (text === null) {
        if (!seen.has(e.source)) problems.push({ file, entry, reason: `document ${e.source}.txt not found in ${documentsDir}` });
        seen.add(e.source);
        return;
      }
      if (text !== undefined && !text.includes(normaliseForMatch(e.quote))) {
        problems.push({ file, entry, reason: `${what}evidence #${i + 1}: quote not found verbatim in ${e.source}: "${e.quote}"` });
      }
    });
  };
  for (const node of graph.nodes) check(node.file, node.id, '', node.evidence);
  for (const link of graph.links) {
    if (link.type === 'MENTIONED_IN' || link.type === 'MEASURES') continue;
    check(link.file, link.from, `link ${link.type} → ${link.to}: `, link.evidence);
  }
  return problems;
}
