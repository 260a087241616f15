import type { AppContext } from '../../context.ts';
import { boundedInt } from '../../errors.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { q } from '../../db/cypher.ts';
import { kindNames } from '../../domain/derive.ts';
import { Compilation } from '../../query/compilation.ts';
import { entityProjection } from '../../query/entity-projection.ts';
import { fieldNodesNamed } from '../../query/selection.ts';
import { searchIndexFor } from '../../domain/derive.ts';
import { fold, highlight } from './highlight.ts';
import { isStopWord, luceneQuery, searchTerms } from './lucene-query.ts';

/** The text fields a hit is ranked and highlighted by. */
interface TextFields {
  name: string;
  aliases?: string[] | null;
  description?: string | null;
}

export interface SearchArgs {
  query: string;
  kinds?: string[] | null;
  limit?: number | null;
  fuzzy?: boolean | null;
}

export async function search(ctx: AppContext, args: SearchArgs, info: GraphQLResolveInfo) {
  const limit = boundedInt(args.limit, 'limit', 1, 100, 10);
  const query = luceneQuery(args.query.slice(0, 1000), args.fuzzy ?? true);
  if (!query) return [];
  // A wider pool than asked, so names that match what was typed can be moved up front.
  const pool = Math.min(Math.max(limit * 2, 30), 200);
  const c = new Compilation(info, ctx.viewer.markings);
  // The index of the viewer's clearance holds only what they may see, so hidden text moves no score.
  Object.assign(c.params, { index: searchIndexFor(ctx.viewer.markings), query, kinds: args.kinds?.length ? args.kinds : null, limit: pool });
  const entityNodes = fieldNodesNamed(info.fieldNodes, 'SearchHit', 'entity', c.scope);
  const rows = await ctx.db.readText(
    `${q('search/search-entities')}\nRETURN score, hit {.name, .aliases, .description} AS text, ${entityProjection(c, 'node', kindNames, entityNodes)} AS entity`,
    c.params,
  );
  const terms = searchTerms(args.query);
  // Highlights are made for the hits returned only.
  return rows
    .map((row) => {
      const text = row.text as TextFields;
      return { entity: row.entity, score: Number(row.score), text, tier: nameTier(text, args.query, terms) };
    })
    .sort((a, b) => a.tier - b.tier || b.score - a.score || a.text.name.length - b.text.name.length)
    .slice(0, limit)
    .map(({ entity, score, text }) => ({ entity, score, ...highlight(text, terms) }));
}


/** True when a and b differ by at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + (a.length === b.length ? 1 : 0));
  return a.length >= b.length ? tail(a, b) || a.slice(i + 1) === b.slice(i) : b.slice(i + 1) === a.slice(i);
}

/**
 * How well the names match what was typed: 0 a name or alias is exactly it; 1 every term starts
 * a word of one name; 2 every term is one typo away from a word of one name; 3 anything else.
 * Stop words count only when nothing else was typed, as in the query.
 */
function nameTier(entity: TextFields, typed: string, terms: string[]): number {
  const names = [entity.name, ...(Array.isArray(entity.aliases) ? (entity.aliases as string[]) : [])].map(fold);
  if (names.includes(fold(typed).trim())) return 0;
  const content = terms.filter((t) => !isStopWord(t));
  const wanted = (content.length > 0 ? content : terms).map(fold);
  const words = names.map((n) => n.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  if (words.some((ws) => wanted.every((t) => ws.some((w) => w.startsWith(t))))) return 1;
  if (words.some((ws) => wanted.every((t) => ws.some((w) => w.startsWith(t) || withinOneEdit(w, t))))) return 2;
  return 3;
}
