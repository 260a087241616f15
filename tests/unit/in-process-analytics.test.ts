import { describe, expect, it } from 'vitest';
import { buildGraph, centralityScores, communityOf } from '../../server/modules/analytics/in-process-analytics.ts';

// Two triangles joined through a broker: b sits on every path between the two groups.
const rows = [
  { node: { id: 'a1' }, targets: ['a2', 'a3', 'b'] },
  { node: { id: 'a2' }, targets: ['a3'] },
  { node: { id: 'a3' }, targets: [] },
  { node: { id: 'b' }, targets: ['c1', 'missing'] },
  { node: { id: 'c1' }, targets: ['c2', 'c3', 'c1'] },
  { node: { id: 'c2' }, targets: ['c3'] },
  { node: { id: 'c3' }, targets: [] },
];

describe('analytics without Graph Data Science (graphology)', () => {
  const graph = buildGraph(rows);

  it('builds an undirected simple graph, ignoring self-loops and unknown targets', () => {
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(8);
  });

  it('counts degree', () => {
    const degree = centralityScores(graph, 'DEGREE');
    expect(degree.get('a1')).toBe(3);
    expect(degree.get('b')).toBe(2);
  });

  it('ranks the broker first by betweenness', () => {
    const scores = [...centralityScores(graph, 'BETWEENNESS')].sort((x, y) => y[1] - x[1]);
    expect(scores[0]![0]).toBe('b');
  });

  it('gives PageRank scores that sum to one', () => {
    const total = [...centralityScores(graph, 'PAGERANK').values()].reduce((s, v) => s + v, 0);
    expect(total).toBeCloseTo(1, 5);
  });

  it('finds the two groups as communities', () => {
    const community = communityOf(graph);
    expect(community.get('a1')).toBe(community.get('a2'));
    expect(community.get('c1')).toBe(community.get('c3'));
    expect(community.get('a1')).not.toBe(community.get('c1'));
  });

  it('handles a graph without relationships', () => {
    const lonely = buildGraph([{ node: { id: 'x' }, targets: [] }, { node: { id: 'y' }, targets: [] }]);
    expect(centralityScores(lonely, 'PAGERANK').get('x')).toBe(0.5);
    expect(new Set(communityOf(lonely).values()).size).toBe(2);
  });
});
