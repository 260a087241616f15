/**
 * The notes of the details panel: what analysts wrote about the selected entity or relationship
 * (text, author, date, marking), newest first; for analysts, a form to add one (text and marking,
 * by default as strict as what it is about) and a delete button on their own notes (an admin's
 * on every note). The server decides what is visible and what may be written; the form only
 * offers the markings it would accept.
 */
import { ApiError } from '../api/graphql-transport.ts';
import { addNote, currentMe, deleteNote, notesOf, type Me, type Note } from '../api/notes-api.ts';
import type { Marking } from '../api/schema-types.ts';
import { MARKINGS, NOTE_LIMITS } from '../../server/domain/model.ts';
import { h } from './dom.ts';
import type { Notices } from './notices.ts';

export interface NoteTarget {
  id: string;
  /** Its marking: a note may not be less strict (a relationship's ends may raise the floor further; the server says so). */
  marking: string;
  /** How the section names it ("this entity", "this relationship"). */
  noun: string;
}

const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

/** Markings a note on the target may have for this user: from the target's up to their clearance. */
function markingChoices(target: NoteTarget, me: Me): Marking[] {
  const from = Math.max(0, MARKINGS.indexOf(target.marking as Marking));
  const to = MARKINGS.indexOf(me.clearance as Marking);
  return (MARKINGS as readonly Marking[]).slice(from, to + 1);
}

/**
 * The section for `target`: shows `initial` notes at once when the caller has them (the entity
 * details bring theirs), else loads them; asks who the user is for the form and delete buttons.
 */
export function notesSection(target: NoteTarget, notices: Notices, initial?: Note[]): HTMLElement {
  let notes: Note[] = initial ?? [];
  let me: Me | null = null;
  const heading = h('h3', {}, 'Notes');
  const list = h('ul', { class: 'note-list', 'aria-label': 'Notes' });
  const form = h('form', { class: 'note-form', hidden: true });
  const section = h('section', { class: 'notes-section', 'aria-label': `Notes on ${target.noun}` }, heading, list, form);

  const render = () => {
    heading.textContent = `Notes (${notes.length})`;
    list.replaceChildren(
      ...(notes.length ? notes.map(item) : [h('li', { class: 'muted note-empty' }, `No notes on ${target.noun}.`)]),
    );
  };

  const item = (note: Note) => {
    const deletable = me !== null && (note.mine || me.role === 'ADMIN');
    const remove = async (button: HTMLButtonElement) => {
      button.disabled = true;
      try {
        await deleteNote(note.id);
        notes = notes.filter((n) => n.id !== note.id);
        render();
      } catch (error) {
        button.disabled = false;
        notices.error('Deleting the note', error);
      }
    };
    return h(
      'li',
      { class: 'note', 'data-id': note.id },
      h('p', { class: 'note-text' }, note.text),
      h(
        'p',
        { class: 'note-meta' },
        h('span', { class: 'note-author' }, note.author),
        ' · ',
        h('time', { datetime: note.createdAt }, when(note.createdAt)),
        ' · ',
        h('span', { class: `note-marking marking marking-${note.marking.toLowerCase()}` }, note.marking),
        deletable
          ? h('button', { type: 'button', class: 'small note-delete', title: 'Delete this note', onclick: (event: Event) => void remove(event.currentTarget as HTMLButtonElement) }, 'Delete')
          : null,
      ),
    );
  };

  const buildForm = (user: Me) => {
    const text = h('textarea', { id: 'note-text', rows: 3, maxlength: NOTE_LIMITS.text, required: true, placeholder: `A note on ${target.noun}`, 'aria-label': 'Note text' });
    const marking = h(
      'select',
      { id: 'note-marking', 'aria-label': 'Marking of the note' },
      h('option', { value: '' }, `${target.marking} (as ${target.noun})`),
      markingChoices(target, user).filter((m) => m !== target.marking).map((m) => h('option', { value: m }, m)),
    );
    const submit = h('button', { type: 'submit', id: 'note-add' }, 'Add note');
    const status = h('p', { class: 'note-status muted', role: 'status' });
    form.replaceChildren(text, h('div', { class: 'note-form-row' }, h('label', {}, 'Marking ', marking), submit), status);
    form.onsubmit = async (event) => {
      event.preventDefault();
      const value = text.value.trim();
      if (!value) return;
      submit.disabled = true;
      status.textContent = '';
      try {
        const note = await addNote(target.id, value, (marking.value || null) as Marking | null);
        notes = [note, ...notes];
        text.value = '';
        marking.value = '';
        render();
      } catch (error) {
        // The server's words say what to change (the text's length, a marking too open for what it is about).
        status.textContent = error instanceof ApiError ? error.message : 'The note could not be added.';
        if (!(error instanceof ApiError && error.kind === 'bad-request')) notices.error('Adding the note', error);
      } finally {
        submit.disabled = false;
      }
    };
    form.hidden = false;
  };

  const load = async () => {
    try {
      if (initial) me = await currentMe();
      else ({ notes, me } = await notesOf(target.id));
      if (me.role === 'ANALYST' || me.role === 'ADMIN') buildForm(me);
      render();
    } catch (error) {
      list.replaceChildren(h('li', { class: 'muted' }, 'Notes could not be loaded.'));
      notices.error(`Loading the notes on ${target.noun}`, error);
    }
  };
  if (initial) render();
  else list.replaceChildren(h('li', { class: 'muted' }, 'Loading notes…'));
  void load();
  return section;
}
