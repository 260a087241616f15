/**
 * Named views kept in this browser (localStorage): the view state plus node positions, so a
 * saved view reopens exactly as it was left, force layout included. A view without positions
 * (hand-edited, or from before they were kept) opens with its layout run afresh.
 */
import type { Position } from '../graph/geographic-positions.ts';
import type { ViewState } from './view-state.ts';

export interface SavedView {
  name: string;
  savedAt: string;
  /** Kept without `state.positions`: they are stored once, here. */
  state: ViewState;
  positions?: Record<string, Position>;
}

const STORAGE_KEY = 'smuggling-explorer:saved-views:v1';

export class SavedViews {
  private readonly storage: Storage;

  constructor(storage: Storage = window.localStorage) {
    this.storage = storage;
  }

  list(): SavedView[] {
    try {
      const parsed = JSON.parse(this.storage.getItem(STORAGE_KEY) ?? '[]') as unknown;
      return Array.isArray(parsed) ? (parsed as SavedView[]).filter((v) => typeof v?.name === 'string' && Array.isArray(v.state?.ids)) : [];
    } catch {
      // A hand-edited or corrupt entry must not break the explorer: treat it as no views.
      return [];
    }
  }

  get(name: string): SavedView | undefined {
    return this.list().find((v) => v.name === name);
  }

  /** Saves under a name, replacing a view of the same name. Throws when storage is full. */
  save(view: SavedView): void {
    const others = this.list().filter((v) => v.name !== view.name);
    this.storage.setItem(STORAGE_KEY, JSON.stringify([...others, view].sort((a, b) => a.name.localeCompare(b.name))));
  }

  remove(name: string): void {
    this.storage.setItem(STORAGE_KEY, JSON.stringify(this.list().filter((v) => v.name !== name)));
  }
}
