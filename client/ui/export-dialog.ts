/**
 * The small dialog a report-ready export asks its title in: prefilled with a sensible default,
 * Enter downloads, Escape cancels. Resolves with the title, or null when cancelled.
 */
import { h } from './dom.ts';

export function askExportTitle(format: 'PNG' | 'SVG', suggested: string): Promise<string | null> {
  const input = h('input', { type: 'text', id: 'export-title', value: suggested, size: 48, 'aria-label': 'Title' });
  const dialog = h(
    'dialog',
    { class: 'export-dialog', 'aria-label': `Export as ${format}` },
    h('form', { method: 'dialog' },
      h('h2', {}, `Export as ${format}`),
      h('p', { class: 'muted' }, 'The file shows this title, the highest marking on the canvas as a banner, the legend of what is drawn and the sources it cites.'),
      h('label', { for: 'export-title' }, 'Title'),
      ' ',
      input,
      h('div', { class: 'dialog-buttons' },
        h('button', { type: 'submit', value: 'cancel', formnovalidate: true }, 'Cancel'),
        h('button', { type: 'submit', value: 'export', class: 'primary', id: 'export-confirm' }, `Download ${format}`),
      ),
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const title = input.value.trim() || suggested;
      resolve(dialog.returnValue === 'export' ? title : null);
      dialog.remove();
    });
    dialog.showModal();
    input.select();
  });
}
