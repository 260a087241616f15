import { describe, expect, it } from 'vitest';
import { PENDING_VIEW_TTL_MS, PendingView } from '../../client/state/pending-view.ts';
import { emptyViewState, encodeViewState } from '../../client/state/view-state.ts';

/** A Storage over a Map: the browser's localStorage behaves the same for these calls. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

const view = { ...emptyViewState(), ids: ['org-europol', 'op-hydra'], layout: 'geographic' as const, selectedId: 'op-hydra' };

describe('a shared view opened while signed out', () => {
  it('is opened once after signing in through another address', () => {
    const storage = memoryStorage();
    new PendingView(storage).remember(`#${encodeViewState(view)}`);
    const later = new PendingView(storage);
    expect(later.take()).toEqual(view);
    expect(later.take()).toBeNull();
  });

  it('is forgotten when too old, and nothing is remembered from a fragment that holds no view', () => {
    const storage = memoryStorage();
    let now = 1_000_000;
    const pending = new PendingView(storage, () => now);
    pending.remember(`#${encodeViewState(view)}`);
    now += PENDING_VIEW_TTL_MS + 1;
    expect(pending.take()).toBeNull();
    pending.remember('');
    pending.remember('#not-a-view');
    expect(pending.take()).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('survives a corrupt stored entry', () => {
    const storage = memoryStorage();
    storage.setItem('smuggling-explorer:pending-view:v1', '{not json');
    expect(new PendingView(storage).take()).toBeNull();
    expect(storage.length).toBe(0);
  });
});
