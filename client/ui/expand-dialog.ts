/**
 * "Expand…": choose which relationship types to follow, which kinds to bring in and how deep,
 * before loading a node's neighbours. Defaults are what the legend currently shows.
 */
import type { Kind, RelationshipType } from '../api/api-types.ts';
import type { ExpandOptions } from '../app/explorer-actions.ts';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { kindNames, linkTypes, relationshipTypes } from '../../server/domain/derive.ts';
import { KINDS, RELATIONSHIPS } from '../../server/domain/model.ts';
import { h } from './dom.ts';
import { Checklist } from './type-checklist.ts';

export class ExpandDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly title: HTMLElement;
  private readonly types: Checklist<RelationshipType>;
  private readonly kinds: Checklist<Kind>;
  private readonly depth: HTMLSelectElement;
  private nodeId = '';

  private readonly canvas: ExplorerCanvas;
  private readonly onExpand: (id: string, options: ExpandOptions) => void;

  constructor(canvas: ExplorerCanvas, onExpand: (id: string, options: ExpandOptions) => void) {
    this.canvas = canvas;
    this.onExpand = onExpand;
    this.types = new Checklist(
      'expand-type',
      'Follow these relationships',
      relationshipTypes.map((t) => ({ value: t, caption: RELATIONSHIPS[t].caption, description: RELATIONSHIPS[t].description })),
      new Set(linkTypes),
    );
    this.kinds = new Checklist(
      'expand-kind',
      'Bring in these kinds',
      kindNames.map((k) => ({ value: k, caption: KINDS[k].plural, description: KINDS[k].description })),
      new Set(kindNames),
    );
    this.depth = h('select', { id: 'expand-depth' }, h('option', { value: '1' }, '1 hop (neighbours)'), h('option', { value: '2' }, '2 hops'));
    this.title = h('h2', {}, 'Expand');
    const form = h(
      'form',
      { method: 'dialog', class: 'expand-form' },
      this.title,
      h('div', { class: 'expand-columns' }, this.types.element, this.kinds.element),
      h('p', {}, h('label', { for: 'expand-depth' }, 'Depth '), this.depth),
      h('div', { class: 'dialog-buttons' },
        h('button', { type: 'submit', value: 'cancel', class: 'secondary' }, 'Cancel'),
        h('button', { type: 'submit', value: 'expand', class: 'primary' }, 'Expand')),
    );
    this.dialog = h('dialog', { class: 'expand-dialog', 'aria-label': 'Expand options' }, form);
    this.dialog.addEventListener('close', () => {
      if (this.dialog.returnValue !== 'expand') return;
      this.onExpand(this.nodeId, { types: this.types.values(), kinds: this.kinds.values(), depth: Number(this.depth.value) });
    });
    document.body.append(this.dialog);
  }

  open(id: string): void {
    this.nodeId = id;
    this.title.textContent = `Expand ${this.canvas.node(id)?.data('label') ?? id}`;
    const { hiddenKinds, hiddenTypes } = this.canvas.filters;
    this.types.set(new Set(linkTypes.filter((t) => !hiddenTypes.has(t))));
    this.kinds.set(new Set(kindNames.filter((k) => !hiddenKinds.has(k))));
    this.dialog.returnValue = '';
    this.dialog.showModal();
  }
}
