import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../../client/api/api-types.ts';
import { CAPTION_MAX_CHARS, edgeCaption, newElements, nodeCaption, nodeElement, shortName } from '../../client/graph/elements.ts';

const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  kind: 'Organisation',
  label: id.toUpperCase(),
  degree: 2,
  distance: 0,
  evidenceCount: 2,
  latitude: null,
  longitude: null,
  date: null,
  marking: 'PUBLIC',
  ...extra,
});

const edge = (source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id: `${source}|INVOLVED|${target}`,
  source,
  target,
  type: 'INVOLVED',
  label: 'involved',
  weight: 1,
  share: null,
  year: null,
  order: null,
  linkKind: null,
  marking: 'PUBLIC',
  evidenceCount: 1,
  evidence: [{ sourceId: 'doc-1', quote: 'Cooperation with Europol will be carried out.', date: null, modality: 'REPORTED', source: null }],
  ...extra,
});

const graph: Graph = {
  nodes: [node('op-hydra', { kind: 'Operation', date: '2015-06' }), node('org-europol'), node('loc-libya', { kind: 'Location', latitude: 32.9, longitude: 13.2 })],
  edges: [edge('op-hydra', 'org-europol'), edge('op-hydra', 'loc-libya', { type: 'TOOK_PLACE_IN', id: 'op-hydra|TOOK_PLACE_IN|loc-libya', label: 'took place in' })],
  truncated: false,
  totalNodes: 3,
};

describe('API graph → Cytoscape elements', () => {
  it('maps every node and edge one-to-one, keeping the fields the explorer draws and filters by', () => {
    const elements = newElements(graph);
    expect(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['op-hydra', 'org-europol', 'loc-libya']);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(2);
    const hydra = elements.find((e) => e.data.id === 'op-hydra')!;
    expect(hydra.data).toMatchObject({ kind: 'Operation', date: '2015-06', evidenceCount: 2, more: 0, caption: 'OP-HYDRA [2]' });
    const libya = elements.find((e) => e.data.id === 'loc-libya')!;
    expect(libya.data).toMatchObject({ latitude: 32.9, longitude: 13.2 });
    const involved = elements.find((e) => e.data.id === 'op-hydra|INVOLVED|org-europol')!;
    expect(involved.data).toMatchObject({ source: 'op-hydra', target: 'org-europol', type: 'INVOLVED', weight: 1 });
    expect(involved.data.evidence[0].quote).toContain('Europol');
  });

  it('loads into a headless Cytoscape instance as a connected graph', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: newElements(graph) });
    expect(cy.nodes()).toHaveLength(3);
    expect(cy.$id('op-hydra').neighborhood('node').map((n) => n.id()).sort()).toEqual(['loc-libya', 'org-europol']);
    expect(cy.$id('op-hydra|INVOLVED|org-europol').data('caption')).toBe('involved [1]');
    cy.destroy();
  });

  it('leaves out what is already drawn, and never adds an edge whose end is missing', () => {
    const drawn = new Set(['org-europol', 'op-hydra|INVOLVED|org-europol']);
    const partial: Graph = { ...graph, edges: [...graph.edges, edge('op-hydra', 'org-missing')] };
    const ids = newElements(partial, drawn).map((e) => e.data.id);
    expect(ids).toEqual(['op-hydra', 'loc-libya', 'op-hydra|TOOK_PLACE_IN|loc-libya']);
  });

  it('deduplicates nodes and edges that arrive twice in one answer', () => {
    const doubled: Graph = { ...graph, nodes: [...graph.nodes, graph.nodes[0]!], edges: [...graph.edges, graph.edges[0]!] };
    expect(newElements(doubled)).toHaveLength(5);
  });

  it('captions say the evidence count, the share and year of a polycriminality link, and what is left to load', () => {
    expect(nodeCaption('Europol', 0, 0)).toBe('Europol');
    expect(nodeCaption('Europol', 4, 37)).toBe('Europol [4]\n+37 more');
    expect(edgeCaption({ label: 'linked to', share: 22, year: 2015, evidenceCount: 1 })).toBe('linked to 22% 2015 [1]');
    expect(nodeElement(node('x'), 5).data.caption).toBe('X [2]\n+5 more');
  });

  it('cuts long names at a word, keeping the closing (place, date) that tells similar events apart', () => {
    const lyon = 'First Operational Forum on Countering Migrant Smuggling Networks (Lyon, 2015)';
    const hague = 'Second Operational Forum on Countering Migrant Smuggling Networks (The Hague, 2016)';
    expect(shortName(lyon)).toBe('First Operational Forum on Countering… (Lyon, 2015)');
    expect(shortName(hague)).toBe('Second Operational Forum on… (The Hague, 2016)');
    expect(shortName('Migration from the least developed countries to Western Europe, Australia and North America')).toBe('Migration from the least developed countries to…');
    expect(shortName('European Migrant Smuggling Centre')).toBe('European Migrant Smuggling Centre');
    expect(shortName('x'.repeat(80))).toHaveLength(CAPTION_MAX_CHARS);
    expect(nodeElement({ ...node('op'), label: lyon }).data).toMatchObject({ label: lyon, caption: 'First Operational Forum on Countering… (Lyon, 2015) [2]' });
  });
});
