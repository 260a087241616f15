/** The side panel's tabs, following the ARIA tabs pattern (arrow keys move between tabs). */
import { h } from './dom.ts';

export class Tabs<Name extends string> {
  private readonly buttons = new Map<Name, HTMLButtonElement>();
  private readonly panels = new Map<Name, HTMLElement>();

  constructor(root: HTMLElement, tabs: { name: Name; caption: string }[]) {
    const list = h('div', { role: 'tablist', class: 'tablist', 'aria-label': 'Side panel' });
    for (const { name, caption } of tabs) {
      const button = h('button', { type: 'button', role: 'tab', id: `tab-${name}`, 'aria-controls': `panel-${name}`, tabindex: -1 }, caption);
      button.addEventListener('click', () => this.select(name));
      button.addEventListener('keydown', (event) => this.onKey(event, name));
      const panel = h('section', { role: 'tabpanel', id: `panel-${name}`, 'aria-labelledby': `tab-${name}`, class: 'tabpanel', hidden: true });
      this.buttons.set(name, button);
      this.panels.set(name, panel);
      list.append(button);
    }
    root.append(list, ...this.panels.values());
    this.select(tabs[0]!.name);
  }

  panel(name: Name): HTMLElement {
    return this.panels.get(name)!;
  }

  select(name: Name): void {
    for (const [n, button] of this.buttons) {
      const on = n === name;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      this.panels.get(n)!.hidden = !on;
    }
  }

  private onKey(event: KeyboardEvent, name: Name): void {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const names = [...this.buttons.keys()];
    const next = names[(names.indexOf(name) + (event.key === 'ArrowRight' ? 1 : -1) + names.length) % names.length]!;
    this.select(next);
    this.buttons.get(next)!.focus();
  }
}
