/**
 * Asked before the first expansion of a node with very many links (a network hub, a phone
 * number everyone called): drawing them all would bury the canvas, so the analyst chooses the
 * first page, a filtered expansion (the expand dialog: some relationship types or kinds), or
 * nothing. The degree comes with the node from the API.
 */
import { degreeText } from './degree-text.ts';
import { h } from './dom.ts';

/** Links above which an expansion asks first. */
export const SUPERNODE_DEGREE = 500;

export type SupernodeChoice = 'page' | 'filter' | 'cancel';

export function askSupernode(name: string, degree: number, page: number): Promise<SupernodeChoice> {
  const dialog = h('dialog', { class: 'supernode-dialog', id: 'supernode-warning', 'aria-label': 'Many links' },
    h('form', { method: 'dialog' },
      h('h2', {}, `${name} has ${degreeText(degree)} links`),
      h('p', {}, `Drawing them all would bury the canvas. Expand page by page (${page} at a time; expand again for the next), choose which relationship types and kinds to follow, or leave it.`),
      h('div', { class: 'dialog-buttons' },
        h('button', { type: 'submit', value: 'cancel', class: 'secondary', id: 'supernode-cancel' }, 'Cancel'),
        h('button', { type: 'submit', value: 'filter', class: 'secondary', id: 'supernode-filter' }, 'Filter…'),
        h('button', { type: 'submit', value: 'page', class: 'primary', id: 'supernode-page' }, `First ${page}`))));
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const value = dialog.returnValue;
      resolve(value === 'page' || value === 'filter' ? value : 'cancel');
      dialog.remove();
    });
    dialog.showModal();
  });
}
