/** A checkbox list of relationship types or kinds, in the model's order and captions. */
import { h } from './dom.ts';

export interface ChecklistItem<T extends string> {
  value: T;
  caption: string;
  description: string;
}

export class Checklist<T extends string> {
  readonly element: HTMLElement;
  private readonly boxes = new Map<T, HTMLInputElement>();

  constructor(idPrefix: string, legend: string, items: ChecklistItem<T>[], checked: ReadonlySet<T>) {
    const list = h('ul', { class: 'checklist' });
    for (const item of items) {
      const id = `${idPrefix}-${item.value}`;
      const box = h('input', { type: 'checkbox', id, checked: checked.has(item.value) });
      this.boxes.set(item.value, box);
      list.append(h('li', { title: item.description }, box, h('label', { for: id }, item.caption)));
    }
    const setAll = (value: boolean) => this.boxes.forEach((b) => (b.checked = value));
    this.element = h(
      'fieldset',
      { class: 'checklist-fieldset' },
      h('legend', {}, legend),
      h('div', { class: 'checklist-buttons' },
        h('button', { type: 'button', class: 'small', onclick: () => setAll(true) }, 'All'),
        h('button', { type: 'button', class: 'small', onclick: () => setAll(false) }, 'None')),
      list,
    );
  }

  values(): T[] {
    return [...this.boxes].filter(([, box]) => box.checked).map(([value]) => value);
  }

  set(values: ReadonlySet<T>): void {
    this.boxes.forEach((box, value) => (box.checked = values.has(value)));
  }
}
