/**
 * Saved views without a database: the explorer's GraphQL documents for them are valid against the
 * schema; short links are told from long ones (old long links keep opening); a short link survives
 * signing in; the server's checks of a view's state and positions.
 */
import { buildSchema, parse, validate } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteView, fetchView, listViews, saveView } from '../../client/api/views-api.ts';
import { PendingView } from '../../client/state/pending-view.ts';
import { savedViewFragment, savedViewIdOf } from '../../client/state/view-link.ts';
import { decodeViewState, emptyViewState, encodeViewState } from '../../client/state/view-state.ts';
import { VIEW_LIMITS } from '../../server/modules/views/view-limits.ts';
import { checkPositions, checkState, newViewId } from '../../server/modules/views/views-domain.ts';
import { typeDefs } from '../../server/schema.ts';

const memoryStorage = (): Storage => {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
};

afterEach(() => vi.unstubAllGlobals());

describe('the explorer\'s saved-view requests', () => {
  it('are valid against the API schema, and send the state without its positions', async () => {
    const sent: { query: string; variables: Record<string, any> }[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify({ data: { saveView: {}, views: [], view: null, deleteView: {} } }), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const state = { ...emptyViewState(), ids: ['org-europol'], positions: { 'org-europol': { x: 1, y: 2 } } };
    await saveView('A view', state, state.positions);
    await listViews();
    expect(await fetchView('abcdefghij')).toBeNull();
    await deleteView('abcdefghij');
    const schema = buildSchema(typeDefs().join('\n'));
    for (const { query } of sent) expect(validate(schema, parse(query)).map((e) => e.message), query.slice(0, 60)).toEqual([]);
    expect(sent[0]!.variables.input).toEqual({ name: 'A view', state: { ...emptyViewState(), ids: ['org-europol'] }, positions: { 'org-europol': { x: 1, y: 2 } }, shared: false });
  });
});

describe('short links', () => {
  it('are #v=<10-character id>, and a long link is never read as one', () => {
    const id = newViewId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(savedViewIdOf(savedViewFragment(id))).toBe(id);
    expect(savedViewIdOf(`v=${id}`)).toBe(id);
    const long = `#${encodeViewState({ ...emptyViewState(), ids: ['org-europol'] })}`;
    expect(savedViewIdOf(long)).toBeNull();
    expect(decodeViewState(long)?.ids).toEqual(['org-europol']);
    expect(decodeViewState(savedViewFragment(id))).toBeNull();
    for (const bad of ['#v=1', '#v=short', '#v=abcdefghijk', '#v=abc$efghij', '#ids=a', '']) expect(savedViewIdOf(bad), bad).toBeNull();
  });

  it('are kept while signing in, like long links', () => {
    const storage = memoryStorage();
    new PendingView(storage).remember('#v=abcdefghij');
    expect(new PendingView(storage).takeFragment()).toBe('#v=abcdefghij');
    expect(new PendingView(storage).takeFragment()).toBeNull();
    new PendingView(storage).remember('#v=abcdefghij');
    expect(new PendingView(storage).take()).toBeNull();
  });
});

describe('the server\'s checks of a view', () => {
  it('keep only what a view state holds, and refuse what is malformed with a clear message', () => {
    expect(checkState({ ids: ['a', 'b', 'a'], layout: 'geographic', pinnedIds: ['b'], selectedId: 'a', marking: 'PUBLIC', extra: 1 })).toEqual({
      ids: ['a', 'b'], layout: 'geographic', hiddenKinds: [], hiddenTypes: [], hiddenIds: [], pinnedIds: ['b'], timeRange: null, selectedId: 'a',
    });
    const refused = (state: unknown) => {
      try {
        checkState(state);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refused(null)).toContain('state must be an object');
    expect(refused({ ids: [] })).toContain('at least one entity');
    expect(refused({ ids: Array.from({ length: VIEW_LIMITS.ids + 1 }, (_, i) => `x${i}`) })).toContain(`at most ${VIEW_LIMITS.ids}`);
    expect(refused({ ids: [42] })).toContain('list of ids');
    expect(refused({ ids: ['a'], hiddenIds: ['b'] })).toContain('not in state.ids');
    expect(refused({ ids: ['a'], selectedId: 'b' })).toContain('selectedId');
    expect(refused({ ids: ['a'], hiddenTypes: ['NOPE'] })).toContain('not a relationship type');
    expect(refused({ ids: ['a'], timeRange: { from: '2016-01-01', to: '2015-01-01' } })).toContain('timeRange');
    expect(refused({ ids: ['a'], layout: '<script>' })).toContain('layout');
  });

  it('keep positions of the view\'s ids only, as finite numbers', () => {
    expect(checkPositions({ a: { x: 1.26, y: -2 } }, ['a'])).toEqual({ a: { x: 1.3, y: -2 } });
    expect(checkPositions(null, ['a'])).toBeNull();
    expect(() => checkPositions({ b: { x: 1, y: 2 } }, ['a'])).toThrow('not in state.ids');
    expect(() => checkPositions({ a: { x: Infinity, y: 2 } }, ['a'])).toThrow('finite numbers');
    expect(() => checkPositions([1], ['a'])).toThrow('positions must be an object');
  });
});
