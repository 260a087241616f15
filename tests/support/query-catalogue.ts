/**
 * Every query the server can send, for the tests that hold them to the visibility rule
 * (tests/unit/query-visibility.test.ts) and EXPLAIN them against Neo4j
 * (tests/integration/query-explain.int.test.ts):
 *
 * - staticQueries(): every cypher/queries/<folder>/<name>.cypher, with its placeholders
 *   ({{LABEL}}, {{TYPE}}, {{TYPES}}, {{MAX_HOPS}}) filled by server/db/labels.ts as the server
 *   fills them. A placeholder this file does not know fails loudly.
 * - compiledShapes(): statements compiled from GraphQL selections (server/query), one per shape
 *   worth covering, with the parameters the compilation produced. Made by running the
 *   representative selections of tests/support/compiled-shapes.ts through the schema.
 */
import { queryNames, q } from '../../server/db/cypher.ts';
import { relType, withLabel, withMaxHops, withRelType } from '../../server/db/labels.ts';
import { kindNames, relationshipTypes } from '../../server/domain/derive.ts';
import { compiledShapes as compiledRepresentativeShapes } from './compiled-shapes.ts';

/** How a folder's queries are held to the rule. */
export type Area =
  /** Reads graph data for a viewer: every node, relationship and evidence read needs the rule. */
  | 'read'
  /** Users, credentials, audit, seed version: must touch system labels only. */
  | 'bookkeeping'
  /** Writes that answer a viewer (saving and deleting a view): sent in WRITE mode, held to the rule like reads. */
  | 'viewer-write'
  /** Writes of the seed loader and of analysts' knowledge: checked by their own tests. */
  | 'write';

export const FOLDER_AREAS: Record<string, Area> = {
  entity: 'read',
  graph: 'read',
  search: 'read',
  polycriminality: 'read',
  analytics: 'read',
  meta: 'read',
  // Saved views: every query, the save and the delete included, answers a viewer and carries the
  // rule on the view's own marking (and on the entities a save holds).
  views: 'read',
  'view-writes': 'viewer-write',
  auth: 'bookkeeping',
  audit: 'bookkeeping',
  seed: 'write',
  knowledge: 'write',
  import: 'write',
  'import-lookup': 'read',
  // Exports (CSV, GraphML, GEXF) answer a viewer: what they may see, and nothing else.
  export: 'read',
  case: 'read',
  // Document ingest: what the ingesting user may see (the gazetteer, an earlier copy of the text,
  // rejected candidates) and the review queue answer a viewer; the writes are checked by
  // tests/integration/document-ingest.int.test.ts.
  ingest: 'read',
  'ingest-writes': 'write',
  // Analysts' notes: every read, and the add and the delete, answer a viewer and carry the rule
  // on the note and on what it is about. What knowledge writes do to the notes of what they
  // change (raise, delete with it) is in knowledge/, with those writes.
  notes: 'read',
  'notes-writes': 'viewer-write',
  // Duplicates: the queue, the resolved groups and lookups by an old id answer a viewer; judging
  // and undoing are checked by tests/integration/duplicates.int.test.ts.
  duplicates: 'read',
  'duplicates-writes': 'write',
};

export interface CatalogueQuery {
  /** `graph/neighbourhood` for a static file; a descriptive name for a compiled shape. */
  name: string;
  /** The folder (static) or the area of the read path it serves (compiled). */
  folder: string;
  area: Area;
  origin: 'static' | 'compiled';
  /** The text as sent, placeholders filled. */
  cypher: string;
  /**
   * True when the text ends with a clause the server completes (roots or a match left in scope
   * for a compiled tail): it is not a whole statement on its own.
   */
  open: boolean;
  /** Parameters as the server sends them (compiled shapes); static queries get dummies. */
  params?: Record<string, unknown>;
}

export function areaOf(folder: string): Area {
  const area = FOLDER_AREAS[folder];
  if (!area) throw new Error(`cypher/queries/${folder}/ is not classified: add it to FOLDER_AREAS in tests/support/query-catalogue.ts`);
  return area;
}

/** Fills the placeholders the server splices in, with names checked against the model. */
export function fillPlaceholders(name: string, template: string): string {
  let text = template;
  if (text.includes('{{LABEL}}')) text = withLabel(text, kindNames[0]!);
  if (text.includes('{{TYPE}}')) text = withRelType(text, relationshipTypes[0]!);
  if (text.includes('{{TYPES}}')) text = text.replaceAll('{{TYPES}}', relationshipTypes.slice(0, 3).map(relType).join('|'));
  if (text.includes('{{MAX_HOPS}}')) text = withMaxHops(text, 2, 3);
  const left = /\{\{[A-Z_]+\}\}/.exec(text);
  if (left) throw new Error(`${name}: placeholder ${left[0]} is not known to tests/support/query-catalogue.ts; fill it as the server does`);
  return text;
}

const CLAUSE = /\b(RETURN|WITH|SET|DELETE|REMOVE|CREATE|MERGE|FINISH|UNWIND|MATCH|CALL|YIELD|FOREACH|LOAD)\b/gi;

/** Whether the last top-level clause leaves the statement open (WITH, MATCH, UNWIND ...). */
export function endsOpen(cypher: string): boolean {
  const text = cypher.replace(/\/\/[^\n]*/g, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  let depth = 0;
  let last = '';
  let i = 0;
  for (const m of text.matchAll(CLAUSE)) {
    for (; i < m.index; i++) {
      const c = text[i]!;
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
    }
    if (depth === 0) last = m[1]!.toUpperCase();
  }
  return ['WITH', 'MATCH', 'UNWIND'].includes(last);
}

export function staticQueries(): CatalogueQuery[] {
  return queryNames().map((name) => {
    const folder = name.split('/')[0]!;
    const cypher = fillPlaceholders(name, q(name));
    return { name, folder, area: areaOf(folder), origin: 'static' as const, cypher, open: endsOpen(cypher) };
  });
}

/**
 * Compiled statements, one per shape worth covering (for instance a lookup with every field
 * selected, a list with filters, a neighbourhood, each path mode), each with `area: 'read'`,
 * the `folder` of the module that sends it and the parameters of its compilation.
 */
export async function compiledShapes(): Promise<CatalogueQuery[]> {
  return (await compiledRepresentativeShapes(['PUBLIC'])).map(({ name, cypher, params }) => ({
    name: `compiled: ${name}`,
    folder: 'compiled',
    area: 'read' as const,
    origin: 'compiled' as const,
    cypher,
    open: false,
    params,
  }));
}

export const allQueries = async (): Promise<CatalogueQuery[]> => [...staticQueries(), ...(await compiledShapes())];
