/**
 * Undo and redo for every change to the canvas. A change knows how to undo and redo itself
 * (it keeps the elements, positions or flags it touched), so the history is just two stacks.
 */

export interface Change {
  /** What a person would call it: "Expand Europol", "Hide 3 nodes". */
  label: string;
  undo(): void;
  redo(): void;
}

export class History {
  private done: Change[] = [];
  private undone: Change[] = [];
  private listeners = new Set<() => void>();
  private readonly limit: number;

  constructor(limit = 200) {
    this.limit = limit;
  }

  /** Records a change that has already been applied. */
  push(change: Change): void {
    this.done.push(change);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
    this.notify();
  }

  undo(): Change | undefined {
    const change = this.done.pop();
    if (!change) return undefined;
    change.undo();
    this.undone.push(change);
    this.notify();
    return change;
  }

  redo(): Change | undefined {
    const change = this.undone.pop();
    if (!change) return undefined;
    change.redo();
    this.done.push(change);
    this.notify();
    return change;
  }

  get nextUndo(): string | undefined {
    return this.done.at(-1)?.label;
  }

  get nextRedo(): string | undefined {
    return this.undone.at(-1)?.label;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.notify();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
