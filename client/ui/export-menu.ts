/**
 * One "Export" button in the toolbar opening every export: the drawing (PNG, SVG, report-ready),
 * the canvas (JSON), and its data (CSV in the import format, GraphML, GEXF). One button instead
 * of six keeps the toolbar within a 1280 px window.
 */
import { h } from './dom.ts';

export interface ExportMenuItem {
  id: string;
  label: string;
  title: string;
  run: () => void;
}

export function exportMenu(items: ExportMenuItem[]): HTMLElement {
  const button = h('button', { type: 'button', id: 'export-menu', 'aria-haspopup': 'menu', 'aria-expanded': 'false', title: 'Export the drawing, the canvas or its data' }, 'Export ▾');
  const menu = h('div', { class: 'toolbar-menu', role: 'menu', hidden: true, 'aria-label': 'Export' });
  const close = () => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  for (const item of items) {
    const entry = h('button', { type: 'button', role: 'menuitem', id: item.id, title: item.title }, item.label);
    entry.addEventListener('click', () => {
      close();
      item.run();
    });
    menu.append(entry);
  }
  button.addEventListener('click', () => {
    menu.hidden = !menu.hidden;
    button.setAttribute('aria-expanded', String(!menu.hidden));
    if (!menu.hidden) (menu.firstElementChild as HTMLElement | null)?.focus();
  });
  menu.addEventListener('keydown', (event) => {
    const entries = [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      close();
      button.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      entries[(at + (event.key === 'ArrowDown' ? 1 : -1) + entries.length) % entries.length]?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!menu.hidden && !wrapper.contains(event.target as Node)) close();
  });
  const wrapper = h('div', { class: 'toolbar-menu-wrapper' }, button, menu);
  return wrapper;
}
