/**
 * Named views saved in this browser: save the canvas under a name, reopen or delete a saved one.
 * (Links are for sharing; saved views are for coming back, positions included.)
 */
import type { SavedView, SavedViews } from '../state/saved-views.ts';
import { h } from './dom.ts';
import type { Notices } from './notices.ts';

export class ViewsDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly list: HTMLElement;
  private readonly name: HTMLInputElement;
  private readonly views: SavedViews;
  private readonly current: () => Omit<SavedView, 'name' | 'savedAt'>;
  private readonly open: (view: SavedView) => void;
  private readonly notices: Notices;

  constructor(
    views: SavedViews,
    current: () => Omit<SavedView, 'name' | 'savedAt'>,
    open: (view: SavedView) => void,
    notices: Notices,
  ) {
    this.views = views;
    this.current = current;
    this.open = open;
    this.notices = notices;
    this.name = h('input', { type: 'text', id: 'view-name', required: true, maxlength: 80, placeholder: 'e.g. Central Mediterranean, 2015' });
    this.list = h('ul', { class: 'saved-views' });
    const form = h('form', { class: 'save-view' }, h('label', { for: 'view-name' }, 'Save this view as'), this.name, h('button', { type: 'submit', class: 'primary' }, 'Save'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    this.dialog = h(
      'dialog',
      { class: 'views-dialog', 'aria-label': 'Saved views' },
      h('h2', {}, 'Saved views'),
      h('p', { class: 'muted' }, 'Kept in this browser only. To share a view, copy the link instead.'),
      form,
      this.list,
      h('form', { method: 'dialog' }, h('button', { type: 'submit', class: 'secondary' }, 'Close')),
    );
    document.body.append(this.dialog);
  }

  show(): void {
    this.render();
    this.dialog.showModal();
    this.name.focus();
  }

  private save(): void {
    const name = this.name.value.trim();
    if (!name) return;
    try {
      this.views.save({ name, savedAt: new Date().toISOString(), ...this.current() });
      this.name.value = '';
      this.render();
      this.notices.show(`View “${name}” saved in this browser.`, 'success');
    } catch {
      this.notices.show('The view could not be saved: this browser\'s storage is full or disabled.', 'error');
    }
  }

  private render(): void {
    const views = this.views.list();
    this.list.replaceChildren(
      ...(views.length === 0
        ? [h('li', { class: 'muted' }, 'No saved views yet.')]
        : views.map((view) =>
            h(
              'li',
              {},
              h('span', { class: 'view-name' }, view.name),
              h('span', { class: 'muted' }, ` ${view.state.ids.length} nodes · ${new Date(view.savedAt).toLocaleString()}`),
              h('button', { type: 'button', class: 'small', onclick: () => { this.dialog.close(); this.open(view); } }, 'Open'),
              h('button', { type: 'button', class: 'small secondary', onclick: () => { this.views.remove(view.name); this.render(); } }, 'Delete'),
            ),
          )),
    );
  }
}
