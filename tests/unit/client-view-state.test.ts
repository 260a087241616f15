import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../client/api/api-types.ts';
import { CanvasEdits } from '../../client/canvas/canvas-edits.ts';
import { ExplorerCanvas, noFilters, USER_HIDDEN } from '../../client/canvas/explorer-canvas.ts';
import { elementsForView } from '../../client/app/view-loader.ts';
import { newElements } from '../../client/graph/elements.ts';
import { LAYOUT_NAMES } from '../../client/graph/layouts.ts';
import { decodeViewState, emptyViewState, encodeViewState, type ViewState } from '../../client/state/view-state.ts';
import { kindNames, relationshipTypes } from '../../server/domain/derive.ts';

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,30}$/);
const isoDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const viewStates = fc
  .record({
    ids: fc.uniqueArray(slug, { maxLength: 40 }),
    layout: fc.constantFrom(...LAYOUT_NAMES),
    hiddenKinds: fc.subarray([...kindNames]),
    hiddenTypes: fc.subarray([...relationshipTypes]),
    range: fc.option(fc.tuple(isoDate, isoDate), { nil: null }),
    hiddenShare: fc.nat(3),
    pinnedShare: fc.nat(3),
    select: fc.boolean(),
    placed: fc.boolean(),
    coordinates: fc.array(fc.tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -100_000, max: 100_000 })), { minLength: 40, maxLength: 40 }),
  })
  .map(({ ids, layout, hiddenKinds, hiddenTypes, range, hiddenShare, pinnedShare, select, placed, coordinates }): ViewState => ({
    ids,
    layout,
    hiddenKinds,
    hiddenTypes,
    hiddenIds: ids.filter((_, i) => i % 4 < hiddenShare),
    pinnedIds: ids.filter((_, i) => i % 4 >= 4 - pinnedShare),
    timeRange: range ? { from: [...range].sort()[0]!, to: [...range].sort()[1]! } : null,
    selectedId: select && ids.length ? ids[0]! : null,
    ...(placed && ids.length ? { positions: Object.fromEntries(ids.map((id, i) => [id, { x: coordinates[i]![0], y: coordinates[i]![1] }])) } : {}),
  }));

describe('view state in the URL fragment', () => {
  it('round-trips any view: ids, layout, filters, hides, pins, time range, selection and positions', () => {
    fc.assert(
      fc.property(viewStates, (state) => {
        expect(decodeViewState(`#${encodeViewState(state)}`)).toEqual(state);
      }),
    );
  });

  it('keeps ids with characters that need escaping', () => {
    const state = { ...emptyViewState(), ids: ['004_7cf82133f37c6018', 'a,b', 'x&y=z', 'é'] };
    expect(decodeViewState(encodeViewState(state))?.ids).toEqual(state.ids);
  });

  it('keeps positions compactly, in whole pixels in the order of the ids', () => {
    const state = { ...emptyViewState(), ids: ['a', 'b'], positions: { b: { x: 0.4, y: 1e3 }, a: { x: -12.6, y: 45.5 } } };
    const link = encodeViewState(state);
    expect(link).toContain('&pos=-13_46,0_1000');
    expect(decodeViewState(link)?.positions).toEqual({ a: { x: -13, y: 46 }, b: { x: 0, y: 1000 } });
  });

  it('opens links without positions, or with positions that do not fit, as before: without positions', () => {
    expect(decodeViewState('#v=1&ids=a,b&layout=force')).not.toHaveProperty('positions');
    for (const pos of ['1_2', '1_2,3', '1_2,x_4', '1_2,3_4_5', '1_2,3_', '1_2,,', '']) {
      expect(decodeViewState(`#v=1&ids=a,b&layout=force&pos=${pos}`), pos).not.toHaveProperty('positions');
    }
    // A canvas where a node lacks a position (never the case on screen) makes a link without any.
    expect(encodeViewState({ ...emptyViewState(), ids: ['a', 'b'], positions: { a: { x: 1, y: 2 } } })).not.toContain('pos=');
  });

  it('drops what the model no longer knows instead of failing, and ignores fragments that hold no view', () => {
    const decoded = decodeViewState('#v=1&ids=a,b&layout=spiral&hk=Organisation,Dragon&ht=LED_BY,FLIES_TO&hidden=a,zz&from=2016-01-01&to=2015-01-01');
    expect(decoded).toEqual({ ...emptyViewState(), ids: ['a', 'b'], hiddenKinds: ['Organisation'], hiddenTypes: ['LED_BY'], hiddenIds: ['a'] });
    expect(decodeViewState('')).toBeNull();
    expect(decodeViewState('#section-2')).toBeNull();
    expect(decodeViewState('#v=2&ids=a')).toBeNull();
  });
});

const node = (id: string, kind: GraphNode['kind'] = 'Organisation'): GraphNode => ({
  id, kind, label: id, degree: 1, distance: 0, evidenceCount: 1, latitude: null, longitude: null, date: null, marking: 'PUBLIC',
});
const graph: Graph = {
  nodes: [node('op-hydra', 'Operation'), node('org-europol'), node('org-interpol'), node('loc-italy', 'Location')],
  edges: [
    { id: 'e1', source: 'op-hydra', target: 'org-europol', type: 'INVOLVED', label: 'involved', weight: 1, share: null, year: null, order: null, linkKind: null, marking: 'PUBLIC', evidenceCount: 0, evidence: [] },
    { id: 'e2', source: 'org-europol', target: 'org-interpol', type: 'PARTNER_OF', label: 'partner of', weight: 1, share: null, year: null, order: null, linkKind: null, marking: 'PUBLIC', evidenceCount: 0, evidence: [] },
  ],
  truncated: false,
  totalNodes: 4,
};

describe('a canvas → URL → canvas round trip (headless Cytoscape)', () => {
  it('reopens the same nodes, layout, filters, hides, pins and selection', async () => {
    const original = new ExplorerCanvas(undefined, { webgl: false });
    const edits = new CanvasEdits(original);
    await edits.addGraph(graph, { label: 'Add', layout: 'none' });
    original.layoutName = 'geographic';
    edits.setHidden(['org-interpol'], true);
    edits.setPinned(['op-hydra'], true);
    edits.setFilters({ ...noFilters(), hiddenKinds: new Set(['Location']), timeRange: { from: '2014-01-01', to: '2016-12-31' } }, 'Filter');
    original.cy.$id('org-europol').select();

    const link = encodeViewState(original.viewState());
    const state = decodeViewState(link)!;
    const reopened = new ExplorerCanvas(undefined, { webgl: false });
    await new CanvasEdits(reopened).replaceCanvas(
      {
        elements: elementsForView(newElements(graph), state),
        layout: state.layout,
        filters: { hiddenKinds: new Set(state.hiddenKinds), hiddenTypes: new Set(state.hiddenTypes), timeRange: state.timeRange },
      },
      'Open link',
      { runLayout: false },
    );
    expect(reopened.viewState()).toEqual(original.viewState());
    expect(reopened.cy.$id('org-interpol').hasClass(USER_HIDDEN)).toBe(true);
    expect(reopened.cy.$id('op-hydra').locked()).toBe(true);
    expect(reopened.visibleNodes().map((n) => n.id()).sort()).toEqual(['op-hydra', 'org-europol']);
    original.cy.destroy();
    reopened.cy.destroy();
  });
});

describe('undo and redo of canvas changes (headless Cytoscape)', () => {
  it('undoes every change back to the empty canvas and redoes them all', async () => {
    const canvas = new ExplorerCanvas(undefined, { webgl: false });
    const edits = new CanvasEdits(canvas);
    // Order on the canvas does not matter (undoing a removal adds the elements back at the end).
    const snapshot = () => {
      const view = canvas.viewState();
      const sorted = {
        ...view,
        ids: [...view.ids].sort(),
        hiddenIds: [...view.hiddenIds].sort(),
        pinnedIds: [...view.pinnedIds].sort(),
        positions: Object.fromEntries(Object.entries(view.positions ?? {}).sort(([a], [b]) => a.localeCompare(b))),
      };
      const elements = canvas.cy.elements().map((e) => [e.id(), [...e.classes()].sort(), e.isNode() && e.locked()]).sort();
      return JSON.stringify({ view: sorted, elements });
    };
    const states = [snapshot()];
    await edits.addGraph(graph, { label: 'Add', layout: 'none' });
    states.push(snapshot());
    edits.setHidden(['org-interpol'], true);
    states.push(snapshot());
    edits.setPinned(['org-europol'], true);
    states.push(snapshot());
    edits.remove(['org-europol']);
    states.push(snapshot());
    edits.setFilters({ ...noFilters(), hiddenTypes: new Set(['INVOLVED']) }, 'Hide involved');
    states.push(snapshot());
    expect(canvas.cy.$id('org-europol').empty()).toBe(true);

    for (let i = states.length - 2; i >= 0; i--) {
      canvas.history.undo();
      expect(snapshot(), `after undoing to state ${i}`).toBe(states[i]);
    }
    expect(canvas.history.undo()).toBeUndefined();
    for (let i = 1; i < states.length; i++) {
      canvas.history.redo();
      expect(snapshot(), `after redoing to state ${i}`).toBe(states[i]);
    }
    canvas.cy.destroy();
  });

  it('adding and expanding leave drawn nodes where they are, and undo and redo restore every position', async () => {
    const canvas = new ExplorerCanvas(undefined, { webgl: false });
    const edits = new CanvasEdits(canvas);
    await edits.addGraph({ nodes: [node('org-europol'), node('org-interpol')], edges: [graph.edges[1]!] }, { label: 'Add', layout: 'none' });
    const placed = canvas.positions();
    canvas.cy.$id('org-interpol').position({ x: 400, y: -300 });
    edits.recordMove(placed);
    const moved = canvas.positions();
    await edits.addGraph(graph, { label: 'Expand Europol', layout: 'incremental', anchorId: 'org-europol' });
    const expanded = canvas.positions();
    for (const [id, position] of moved) expect(expanded.get(id), id).toEqual(position);
    const europol = moved.get('org-europol')!;
    const hydra = expanded.get('op-hydra')!;
    expect(Math.hypot(hydra.x - europol.x, hydra.y - europol.y)).toBeGreaterThan(50);
    expect(Math.hypot(hydra.x - europol.x, hydra.y - europol.y)).toBeLessThan(300);

    canvas.history.undo();
    expect(canvas.positions()).toEqual(moved);
    canvas.history.undo();
    expect(canvas.positions()).toEqual(placed);
    canvas.history.redo();
    expect(canvas.positions()).toEqual(moved);
    canvas.history.redo();
    expect(canvas.positions()).toEqual(expanded);
    canvas.cy.destroy();
  });

  it('opens a view at its positions, and one without positions (an older link or view) without any', () => {
    const state = { ...emptyViewState(), ids: ['op-hydra', 'org-europol'] };
    const positions = { 'op-hydra': { x: 10, y: 20 }, 'org-europol': { x: -30, y: 40 } };
    const nodes = (elements: ReturnType<typeof elementsForView>) => elements.filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.position]);
    const elements = newElements({ nodes: graph.nodes.slice(0, 2), edges: graph.edges.slice(0, 1) });
    expect(nodes(elementsForView(elements, { ...state, positions }))).toEqual([['op-hydra', positions['op-hydra']], ['org-europol', positions['org-europol']]]);
    expect(nodes(elementsForView(elements, state, positions))).toEqual([['op-hydra', positions['op-hydra']], ['org-europol', positions['org-europol']]]);
    expect(nodes(elementsForView(elements, state))).toEqual([['op-hydra', undefined], ['org-europol', undefined]]);
  });

  it('a paged expansion records the "N more" count, and undo restores it', async () => {
    const canvas = new ExplorerCanvas(undefined, { webgl: false });
    const edits = new CanvasEdits(canvas);
    await edits.addGraph({ nodes: [node('org-europol')], edges: [] }, { label: 'Add', layout: 'none' });
    await edits.addGraph(graph, { label: 'Expand', layout: 'none', anchorId: 'org-europol', more: { id: 'org-europol', count: 37 } });
    expect(canvas.cy.$id('org-europol').data('caption')).toBe('org-europol [1]\n+37 more');
    canvas.history.undo();
    expect(canvas.cy.$id('org-europol').data('more')).toBe(0);
    expect(canvas.cy.nodes()).toHaveLength(1);
    canvas.cy.destroy();
  });
});
