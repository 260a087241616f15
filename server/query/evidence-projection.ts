/**
 * Evidence of a node or relationship, compiled: the quotes, their documents, and their number,
 * each limited by the visibility rule to the items the viewer may see.
 */
import type { FieldNode } from 'graphql';
import type { Compilation } from './compilation.ts';
import { entityProjection, mapOf } from './entity-projection.ts';
import { selectedFields } from './selection.ts';
import { visible, visibleEvidenceIndexes } from './visibility.ts';

const orNull = (expr: string) => `CASE WHEN ${expr} = '' THEN null ELSE ${expr} END`;

/** The visible source document with id `idExpr`, projected as the selection asks. */
function sourceDocument(c: Compilation, idExpr: string, nodes: FieldNode[]): string {
  const s = c.variable('s');
  return `head(COLLECT { MATCH (${s}:Entity:Source {id: ${idExpr}}) WHERE ${visible(s)} RETURN ${entityProjection(c, s, ['Source'], nodes)} })`;
}

/** `[Evidence!]!` of `owner`. */
export function evidenceList(c: Compilation, owner: string, nodes: FieldNode[]): string {
  const i = c.variable('i');
  const at = (list: string) => `${owner}.${list}[${i}]`;
  const entries = selectedFields(nodes, 'Evidence', c.scope).map((f) => {
    switch (f.name) {
      case 'sourceId': return [f.key, at('evidenceSources')] as const;
      case 'quote': return [f.key, at('evidenceQuotes')] as const;
      case 'date': return [f.key, orNull(at('evidenceDates'))] as const;
      case 'modality': return [f.key, `coalesce(${orNull(at('evidenceModalities'))}, 'reported')`] as const;
      case 'source': return [f.key, sourceDocument(c, at('evidenceSources'), f.nodes)] as const;
      default: throw new Error(`Evidence.${f.name} has no compiled form`);
    }
  });
  return `[${i} IN ${visibleEvidenceIndexes(owner, c.variable('i'), c.variable('src'))} | ${mapOf(entries)}]`;
}

/** Number of evidence items of `owner` the viewer may see. */
export function evidenceCount(c: Compilation, owner: string): string {
  return `size(${visibleEvidenceIndexes(owner, c.variable('i'), c.variable('src'))})`;
}

/** `[SourceSupport!]!` of `owner`: each visible document once, in order of first quote, with its visible quotes. */
export function sourceSupports(c: Compilation, owner: string, nodes: FieldNode[]): string {
  const sid = c.variable('sid');
  const acc = c.variable('acc');
  const j = c.variable('j');
  const k = c.variable('k');
  const at = (i: string) => `${owner}.evidenceSources[${i}]`;
  const entries = selectedFields(nodes, 'SourceSupport', c.scope).map((f) => {
    switch (f.name) {
      case 'source': return [f.key, sourceDocument(c, sid, f.nodes)] as const;
      case 'quotes': return [f.key, `[${k} IN ${visibleEvidenceIndexes(owner, c.variable('i'), c.variable('src'))} WHERE ${at(k)} = ${sid} | ${owner}.evidenceQuotes[${k}]]`] as const;
      default: throw new Error(`SourceSupport.${f.name} has no compiled form`);
    }
  });
  // Aggregating functions inside a subquery expression confuse Neo4j's grouping of the
  // enclosing RETURN, so the documents are gathered with reduce().
  const documents = `reduce(${acc} = [], ${j} IN ${visibleEvidenceIndexes(owner, c.variable('i'), c.variable('src'))} | ` +
    `CASE WHEN ${at(j)} IN ${acc} THEN ${acc} ELSE ${acc} + ${at(j)} END)`;
  return `[${sid} IN ${documents} | ${mapOf(entries)}]`;
}
