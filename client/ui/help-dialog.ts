/** The keyboard shortcuts, opened with "?" or the Help button. */
import { h } from './dom.ts';

export const SHORTCUTS: [string, string][] = [
  ['/', 'Search (in the search box: select what is typed)'],
  ['↑ ↓ (in search)', 'Move through results; Enter adds the result, selects it and gives the keyboard to the canvas'],
  ['Arrow keys (on the canvas)', 'Select the nearest node in that direction'],
  ['Enter', 'Show the selected node or edge in Details'],
  ['E', 'Expand the selected node (again for the next page)'],
  ['Shift+E', 'Expand with options (relationship types, kinds, depth)'],
  ['H', 'Hide the selected nodes'],
  ['Delete', 'Remove the selected nodes or edges'],
  ['P', 'Pin or unpin the selected nodes'],
  ['Shift+F10 or Menu', 'Menu of the selected node'],
  ['Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)', 'Undo / redo any change to the canvas'],
  ['L', 'Lay out all nodes again (adding and expanding leave drawn nodes where they are)'],
  ['F', 'Fit the drawing to the window'],
  ['+ / −', 'Zoom in / out'],
  ['Escape', 'Clear the selection and highlight'],
  ['[ / ] / T', 'Hide or show the legend / the side panel / the timeline'],
  ['?', 'This help'],
];

export function helpDialog(): HTMLDialogElement {
  const dialog = h(
    'dialog',
    { class: 'help-dialog', 'aria-label': 'Keyboard shortcuts' },
    h('h2', {}, 'Keyboard shortcuts'),
    h('table', {}, h('tbody', {}, SHORTCUTS.map(([keys, action]) => h('tr', {}, h('th', { scope: 'row' }, h('kbd', {}, keys)), h('td', {}, action))))),
    h('p', { class: 'muted' }, 'Tab moves between the toolbar, legend, canvas, side panel and timeline. Double-click a node to expand it; right-click for its menu.'),
    h('form', { method: 'dialog' }, h('button', { type: 'submit', class: 'primary' }, 'Close')),
  );
  document.body.append(dialog);
  return dialog;
}
