import type { AppContext } from '../../context.ts';
import { boundedInt } from '../../errors.ts';
import { loadRoots } from '../entity/entity-domain.ts';
import type { EntityRecord } from '../entity/request-graph.ts';
import { fold, highlight } from './highlight.ts';
import { luceneQuery, searchTerms } from './lucene-query.ts';

export interface SearchArgs {
  query: string;
  kinds?: string[] | null;
  limit?: number | null;
  fuzzy?: boolean | null;
}

export async function search(ctx: AppContext, args: SearchArgs, depth: number) {
  const limit = boundedInt(args.limit, 'limit', 1, 100, 10);
  const query = luceneQuery(args.query.slice(0, 1000), args.fuzzy ?? true);
  if (!query) return [];
  // A wider pool than asked, so names that match what was typed can be moved up front.
  const pool = Math.min(Math.max(limit * 5, 50), 300);
  const { roots, extra } = await loadRoots(ctx, 'search/search-entities', { query, kinds: args.kinds?.length ? args.kinds : null, limit: pool }, depth);
  const scores = (extra.scores as number[] | undefined) ?? [];
  const terms = searchTerms(args.query);
  return roots
    .map((entity, i) => ({ entity, score: scores[i] ?? 0, tier: nameTier(entity, args.query, terms), ...highlight(entity, terms) }))
    .sort((a, b) => a.tier - b.tier || b.score - a.score || a.entity.name.length - b.entity.name.length)
    .slice(0, limit)
    .map(({ tier: _tier, ...hit }) => hit);
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
 */
function nameTier(entity: EntityRecord, typed: string, terms: string[]): number {
  const names = [entity.name, ...(Array.isArray(entity.aliases) ? (entity.aliases as string[]) : [])].map(fold);
  if (names.includes(fold(typed).trim())) return 0;
  const wanted = terms.map(fold);
  const words = names.map((n) => n.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  if (words.some((ws) => wanted.every((t) => ws.some((w) => w.startsWith(t))))) return 1;
  if (words.some((ws) => wanted.every((t) => ws.some((w) => w.startsWith(t) || withinOneEdit(w, t))))) return 2;
  return 3;
}
