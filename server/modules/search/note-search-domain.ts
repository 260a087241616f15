/**
 * Search over analysts' notes: the note index of the viewer's clearance (NOTE_SEARCH in the
 * model) holds only notes they may see, so hidden notes move neither hits nor scores; the rule
 * (visibleNote) is applied again to each hit with what it is about, and the entity or the
 * relationship with its ends is compiled from the request's selection like any entity.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { q } from '../../db/cypher.ts';
import { kindNames, noteSearchIndexFor, relationshipSpec } from '../../domain/derive.ts';
import type { RelationshipType } from '../../domain/model.ts';
import { boundedInt } from '../../errors.ts';
import { Compilation } from '../../query/compilation.ts';
import { entityProjection, mapOf } from '../../query/entity-projection.ts';
import { noteMap } from '../../query/note-projection.ts';
import { fieldNodesNamed } from '../../query/selection.ts';
import { resolvedInto, visible } from '../../query/visibility.ts';
import { textHighlight } from './highlight.ts';
import { noteLuceneQuery, searchTerms } from './lucene-query.ts';

export interface NoteSearchArgs {
  query: string;
  limit?: number | null;
}

/** The entity a hit's note is about (or that it was resolved into), under the rule; null for a note on a relationship. */
function targetEntity(c: Compilation, info: GraphQLResolveInfo): string {
  const nodes = fieldNodesNamed(info.fieldNodes, 'NoteHit', 'entity', c.scope);
  if (nodes.length === 0) return 'null';
  const t = c.variable('target');
  const d = c.variable('resolved');
  const into = c.variable('into');
  // A note on an entity resolved into another since is about what it became.
  return `head(COLLECT { MATCH (${t}:Entity {id: node.targetId}) WHERE node.targetType = 'entity' AND ${visible(t)} ` +
    `RETURN ${entityProjection(c, t, kindNames, nodes)} } + ` +
    `COLLECT { MATCH (${d}:Resolved {id: node.targetId})${resolvedInto(c.variable('x'), c.variable('s'), c.variable('y'))}(${into}:Entity) ` +
    `WHERE node.targetType = 'entity' AND ${visible(d)} AND ${visible(into)} RETURN ${entityProjection(c, into, kindNames, nodes)} })`;
}

/** The relationship a hit's note is about, with both its ends, under the rule; null for a note on an entity. */
function targetLink(c: Compilation, info: GraphQLResolveInfo): string {
  const nodes = fieldNodesNamed(info.fieldNodes, 'NoteHit', 'link', c.scope);
  if (nodes.length === 0) return 'null';
  const [a, r, b] = [c.variable('from'), c.variable('rel'), c.variable('to')];
  const end = (name: string, v: string) => entityProjection(c, v, kindNames, fieldNodesNamed(nodes, 'NoteLink', name, c.scope));
  const link = mapOf([['id', `${r}.id`], ['type', `type(${r})`], ['from', end('from', a)], ['to', end('to', b)]]);
  return `head(COLLECT { MATCH (${a}:Entity {id: node.fromId})-[${r}]->(${b}:Entity {id: node.toId}) ` +
    `WHERE node.targetType = 'link' AND ${r}.id = node.targetId AND ${visible(r)} AND ${visible(a)} AND ${visible(b)} RETURN ${link} })`;
}

export async function searchNotes(ctx: AppContext, args: NoteSearchArgs, info: GraphQLResolveInfo) {
  const limit = boundedInt(args.limit, 'limit', 1, 100, 10);
  const query = noteLuceneQuery(args.query.slice(0, 1000));
  if (!query) return [];
  const c = new Compilation(info, ctx.viewer.markings);
  Object.assign(c.params, { index: noteSearchIndexFor(ctx.viewer.markings), query, limit });
  const rows = await ctx.db.readText(
    `${q('search/search-notes')}\nRETURN score, ${noteMap('node')} AS note, ${targetEntity(c, info)} AS entity, ${targetLink(c, info)} AS link`,
    c.params,
  );
  const terms = searchTerms(args.query);
  return rows.map((row) => {
    const note = row.note as { text: string };
    return { note, score: Number(row.score), highlight: textHighlight(note.text, terms), entity: row.entity ?? null, link: row.link ?? null };
  });
}

export const linkCaption = (link: { type: string }): string => relationshipSpec(link.type as RelationshipType).caption;
