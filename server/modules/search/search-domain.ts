import type { AppContext } from '../../context.ts';
import { boundedInt } from '../../errors.ts';
import { loadRoots } from '../entity/entity-domain.ts';
import { highlight } from './highlight.ts';
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
  const { roots, extra } = await loadRoots(ctx, 'search/search-entities', { query, kinds: args.kinds?.length ? args.kinds : null, limit }, depth);
  const scores = (extra.scores as number[] | undefined) ?? [];
  const terms = searchTerms(args.query);
  return roots.map((entity, i) => ({ entity, score: scores[i] ?? 0, ...highlight(entity, terms) }));
}
