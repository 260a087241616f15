/**
 * Named views stored on the server: save the canvas under a name, list your views and those
 * others shared that you may open (name, owner, date, marking, size), open one, delete your own.
 * Views saved in this browser before views were kept on the server are listed apart, "In this
 * browser", each with an Upload button (and one for all), until they are uploaded or deleted.
 */
import { deleteView, listViews, saveView, type SavedViewSummary } from '../api/views-api.ts';
import { VIEW_LIMITS } from '../../server/modules/views/view-limits.ts';
import type { SavedView, SavedViews } from '../state/saved-views.ts';
import { h } from './dom.ts';
import type { Notices } from './notices.ts';

const nodes = (n: number) => `${n} node${n === 1 ? '' : 's'}`;

export interface ViewsDialogActions {
  /** The canvas as it is: its view state and node positions. */
  current: () => Omit<SavedView, 'name' | 'savedAt'>;
  /** Opens a view stored on the server by its id. */
  openStored: (id: string) => void;
  /** Opens a view kept in this browser. */
  openLocal: (view: SavedView) => void;
}

export class ViewsDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly list: HTMLElement;
  private readonly local: HTMLElement;
  private readonly name: HTMLInputElement;
  private readonly shared: HTMLInputElement;
  private readonly localViews: SavedViews;
  private readonly actions: ViewsDialogActions;
  private readonly notices: Notices;

  constructor(localViews: SavedViews, actions: ViewsDialogActions, notices: Notices) {
    this.localViews = localViews;
    this.actions = actions;
    this.notices = notices;
    this.name = h('input', { type: 'text', id: 'view-name', required: true, maxlength: VIEW_LIMITS.name, placeholder: 'e.g. Central Mediterranean, 2015' });
    this.list = h('ul', { class: 'saved-views', 'aria-label': 'Views on the server' });
    this.local = h('section', { class: 'local-views', 'aria-label': 'In this browser' });
    this.shared = h('input', { type: 'checkbox', id: 'view-shared' });
    const form = h(
      'form',
      { class: 'save-view' },
      h('label', { for: 'view-name' }, 'Save this view as'),
      this.name,
      h('label', { class: 'view-shared' }, this.shared, 'List for everyone cleared to see it'),
      h('button', { type: 'submit', class: 'primary' }, 'Save'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    this.dialog = h(
      'dialog',
      { class: 'views-dialog', 'aria-label': 'Saved views' },
      h('h2', {}, 'Saved views'),
      h('p', { class: 'muted' }, 'Kept on the server: yours, and those others listed for everyone. A view is marked with the highest marking of what it holds, and only people cleared for all of it can open it or its link.'),
      form,
      this.list,
      this.local,
      h('form', { method: 'dialog' }, h('button', { type: 'submit', class: 'secondary' }, 'Close')),
    );
    document.body.append(this.dialog);
  }

  show(): void {
    void this.render();
    this.dialog.showModal();
    this.name.focus();
  }

  private async save(): Promise<void> {
    const name = this.name.value.trim();
    if (!name) return;
    const { state, positions } = this.actions.current();
    try {
      await this.notices.track('Saving the view', saveView(name, state, positions, this.shared.checked));
      this.name.value = '';
      this.notices.show(`View “${name}” saved.`, 'success');
      await this.render();
    } catch (error) {
      this.notices.error(`Saving “${name}”`, error);
    }
  }

  private async remove(view: SavedViewSummary): Promise<void> {
    try {
      await deleteView(view.id);
      this.notices.show(`View “${view.name}” deleted.`, 'success');
    } catch (error) {
      this.notices.error(`Deleting “${view.name}”`, error);
    }
    await this.render();
  }

  /** Uploads views kept in this browser; each one uploaded is removed from it. */
  private async upload(views: SavedView[]): Promise<void> {
    let uploaded = 0;
    for (const view of views) {
      try {
        await this.notices.track('Uploading the view', saveView(view.name, view.state, view.positions ?? view.state.positions));
        this.localViews.remove(view.name);
        uploaded++;
      } catch (error) {
        this.notices.error(`Uploading “${view.name}”`, error);
      }
    }
    if (uploaded) this.notices.show(`${uploaded} view${uploaded === 1 ? '' : 's'} uploaded to the server.`, 'success');
    await this.render();
  }

  private async render(): Promise<void> {
    this.renderLocal();
    this.list.replaceChildren(h('li', { class: 'muted' }, 'Loading the views…'));
    let views: SavedViewSummary[];
    try {
      views = await listViews();
    } catch (error) {
      this.list.replaceChildren(h('li', { class: 'muted' }, 'The views could not be loaded.'));
      this.notices.error('Loading the saved views', error);
      return;
    }
    this.list.replaceChildren(
      ...(views.length === 0
        ? [h('li', { class: 'muted' }, 'No saved views yet.')]
        : views.map((view) =>
            h(
              'li',
              { 'data-view-id': view.id },
              h('span', { class: 'view-name' }, view.name),
              h('span', { class: `marking-badge marking-${view.marking.toLowerCase()}`, title: 'The highest marking of what the view holds' }, view.marking),
              h('span', { class: 'muted' }, ` ${nodes(view.nodeCount)} · ${view.mine ? 'yours' : view.owner}${view.mine && view.shared ? ', listed for everyone' : ''} · ${new Date(view.savedAt).toLocaleString()}`),
              h('button', { type: 'button', class: 'small', onclick: () => { this.dialog.close(); this.actions.openStored(view.id); } }, 'Open'),
              view.mine && h('button', { type: 'button', class: 'small secondary', onclick: () => void this.remove(view) }, 'Delete'),
            ),
          )),
    );
  }

  private renderLocal(): void {
    const views = this.localViews.list();
    if (views.length === 0) {
      this.local.replaceChildren();
      return;
    }
    this.local.replaceChildren(
      h('h3', {}, 'In this browser'),
      h('p', { class: 'muted' }, 'Saved here before views were kept on the server. Upload them to open them anywhere and share them.'),
      h('button', { type: 'button', class: 'small', onclick: () => void this.upload(views) }, `Upload all (${views.length})`),
      h(
        'ul',
        { class: 'saved-views' },
        ...views.map((view) =>
          h(
            'li',
            {},
            h('span', { class: 'view-name' }, view.name),
            h('span', { class: 'muted' }, ` ${nodes(view.state.ids.length)} · ${new Date(view.savedAt).toLocaleString()}`),
            h('button', { type: 'button', class: 'small', onclick: () => { this.dialog.close(); this.actions.openLocal(view); } }, 'Open'),
            h('button', { type: 'button', class: 'small', onclick: () => void this.upload([view]) }, 'Upload'),
            h('button', { type: 'button', class: 'small secondary', onclick: () => { this.localViews.remove(view.name); this.renderLocal(); } }, 'Delete'),
          ),
        ),
      ),
    );
  }
}
