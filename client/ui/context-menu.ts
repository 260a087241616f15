/**
 * The right-click menu of a node, an edge or the background; also opened from the keyboard
 * (the Menu key or Shift+F10 on the canvas). Arrow keys move, Enter runs, Escape closes and
 * gives the focus back to the canvas.
 */
import { h } from './dom.ts';

export interface MenuItem {
  label: string;
  shortcut?: string;
  run: () => void;
  disabled?: boolean;
}

export class ContextMenu {
  private readonly menu: HTMLElement;
  private returnFocus: HTMLElement | undefined;

  constructor() {
    this.menu = h('div', { class: 'context-menu', role: 'menu', hidden: true, 'aria-label': 'Actions' });
    this.menu.addEventListener('keydown', (event) => this.onKey(event));
    document.body.append(this.menu);
    document.addEventListener('pointerdown', (event) => {
      if (!this.menu.hidden && !this.menu.contains(event.target as Node)) this.close(false);
    });
  }

  open(items: MenuItem[], at: { x: number; y: number }, returnFocus?: HTMLElement): void {
    this.returnFocus = returnFocus;
    this.menu.replaceChildren(
      ...items.map((item) => {
        const button = h(
          'button',
          { type: 'button', role: 'menuitem', class: 'menu-item', tabindex: -1, disabled: item.disabled ?? false },
          h('span', {}, item.label),
          item.shortcut ? h('kbd', {}, item.shortcut) : null,
        );
        button.addEventListener('click', () => {
          this.close(true);
          item.run();
        });
        return button;
      }),
    );
    this.menu.hidden = false;
    // Keep the menu inside the window at 1280×800 even when opened near an edge.
    const { width, height } = this.menu.getBoundingClientRect();
    this.menu.style.left = `${Math.min(at.x, window.innerWidth - width - 8)}px`;
    this.menu.style.top = `${Math.min(at.y, window.innerHeight - height - 8)}px`;
    this.items()[0]?.focus();
  }

  get isOpen(): boolean {
    return !this.menu.hidden;
  }

  close(restoreFocus: boolean): void {
    this.menu.hidden = true;
    if (restoreFocus) this.returnFocus?.focus();
  }

  private items(): HTMLButtonElement[] {
    return [...this.menu.querySelectorAll<HTMLButtonElement>('.menu-item:not([disabled])')];
  }

  private onKey(event: KeyboardEvent): void {
    const items = this.items();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      this.close(true);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? items[0] : items.at(-1))?.focus();
    }
  }
}
