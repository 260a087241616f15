/**
 * The centrality ranking as a table: rank, name (click: add it to the canvas, select and focus
 * it), kind and the score normalised so the best node scores 100, with the measure named in the
 * header. Raw scores differ by measure (a degree of 40, a PageRank of 0.03); 0–100 reads alike.
 */
import type { CentralityMeasure, CentralityResult } from '../api/api-types.ts';
import { KINDS } from '../../server/domain/model.ts';
import { h } from './dom.ts';

/** Column header names of the measures. */
export const MEASURE_NAMES: Record<CentralityMeasure, string> = {
  DEGREE: 'Degree',
  BETWEENNESS: 'Betweenness',
  PAGERANK: 'PageRank',
};

/** Rows shown; the sizes on the canvas use every score. */
export const RANKING_ROWS = 25;

/** Scores scaled so the highest is 100 (all 0 when every score is 0). */
export function normalisedScores(scores: readonly number[]): number[] {
  const best = Math.max(0, ...scores);
  return scores.map((s) => (best > 0 ? (s / best) * 100 : 0));
}

export function rankingTable(result: CentralityResult, open: (id: string) => void): HTMLTableElement {
  const rows = result.scores.slice(0, RANKING_ROWS);
  const normalised = normalisedScores(result.scores.map((s) => s.score));
  return h(
    'table',
    { class: 'ranking-table', id: 'ranking-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Rank'),
      h('th', { scope: 'col' }, 'Name'),
      h('th', { scope: 'col' }, 'Kind'),
      h('th', { scope: 'col', class: 'score', title: 'Scores scaled so the highest is 100' }, `${MEASURE_NAMES[result.measure]} (0–100)`))),
    h('tbody', {}, rows.map((s, i) => h('tr', { 'data-id': s.entity.id },
      h('td', { class: 'rank' }, String(s.rank)),
      h('td', {}, h('button', { type: 'button', class: 'link-button', title: 'Add to the canvas and focus it', onclick: () => open(s.entity.id) }, s.entity.name)),
      h('td', { class: 'kind' }, KINDS[s.entity.kind].caption),
      h('td', { class: 'score', title: `Raw score ${s.score}` }, normalised[i]!.toFixed(0))))),
  );
}
