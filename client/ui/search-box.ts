/**
 * Search with autocomplete, following the ARIA combobox pattern: type, move with the arrow keys,
 * Enter to choose (the keyboard then goes to the canvas, on the chosen node), Escape to close,
 * `/` selects the text typed so far. Each result shows its kind in the model's colour; analysts'
 * notes that match follow the entities, each naming what it is about, and open that.
 */
import { search } from '../api.ts';
import type { NoteHit, SearchHit } from '../api/api-types.ts';
import { ApiError } from '../api/graphql-transport.ts';
import { KINDS } from '../../server/domain/model.ts';
import { h, markedText } from './dom.ts';

const DEBOUNCE_MS = 180;

/** What choosing a result opens: an entity, or a relationship (with its ends) a note is about. */
export type SearchChoice = { kind: 'entity'; id: string } | { kind: 'link'; id: string; from: string; to: string };

/** One option of the list: an entity hit or a note hit, and what choosing it opens. */
interface Option {
  choice: SearchChoice;
  render: (attributes: Record<string, string>) => HTMLLIElement;
}

const noteDate = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en-GB', { dateStyle: 'medium' });
};

function entityOption(hit: SearchHit): Option {
  const kind = KINDS[hit.entity.kind];
  return {
    choice: { kind: 'entity', id: hit.entity.id },
    render: (attributes) => h(
      'li',
      { ...attributes, class: 'search-hit', 'data-id': hit.entity.id },
      h('span', { class: 'kind-badge', style: `--kind-colour: ${kind.colour}` }, kind.caption),
      h('span', { class: 'hit-name' }, hit.entity.name),
      hit.matchedField !== 'name' ? h('span', { class: 'hit-match' }, markedText(hit.highlight)) : null,
    ),
  };
}

function noteOption(hit: NoteHit): Option | null {
  const about = hit.entity ? hit.entity.name : hit.link ? `${hit.link.from.name} → ${hit.link.caption} → ${hit.link.to.name}` : null;
  if (!about) return null;
  const choice: SearchChoice = hit.entity
    ? { kind: 'entity', id: hit.entity.id }
    : { kind: 'link', id: hit.link!.id, from: hit.link!.from.id, to: hit.link!.to.id };
  return {
    choice,
    render: (attributes) => h(
      'li',
      { ...attributes, class: 'search-hit note-hit', 'data-note-id': hit.note.id, 'data-target-id': choice.id },
      h('span', { class: 'kind-badge note-badge' }, 'Note'),
      h('span', { class: 'hit-name' }, about),
      h('span', { class: 'hit-match' }, markedText(hit.highlight)),
      h('span', { class: 'hit-meta' }, `${hit.note.author} · ${noteDate(hit.note.createdAt)} · ${hit.note.marking}`),
    ),
  };
}

export class SearchBox {
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private hits: Option[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: AbortController | undefined;

  private readonly onChoose: (choice: SearchChoice) => void;

  constructor(root: HTMLElement, onChoose: (choice: SearchChoice) => void) {
    this.onChoose = onChoose;
    this.input = h('input', {
      type: 'search',
      id: 'search-input',
      placeholder: 'Search people-smuggling entities  ( / )',
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
      'aria-autocomplete': 'list',
      'aria-label': 'Search entities to add to the canvas',
    });
    this.list = h('ul', { id: 'search-results', role: 'listbox', class: 'search-results', hidden: true, 'aria-label': 'Search results' });
    root.append(this.input, this.list);
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    this.input.addEventListener('focus', () => {
      if (this.hits.length) this.open();
    });
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length < 2) {
      this.pending?.abort();
      this.render([]);
      return;
    }
    this.timer = setTimeout(() => void this.run(text), DEBOUNCE_MS);
  }

  private async run(text: string): Promise<void> {
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    try {
      const found = await search(text, { limit: 10, signal: controller.signal });
      if (controller.signal.aborted) return;
      const options = [...found.hits.map(entityOption), ...found.notes.map(noteOption).filter((o): o is Option => o !== null)];
      this.render(options, options.length ? undefined : `Nothing matches “${text}”.`);
    } catch (error) {
      if (controller.signal.aborted || (error as Error).name === 'AbortError') return;
      this.render([], `Search failed: ${error instanceof ApiError ? error.message : 'unexpected error.'}`);
    }
  }

  private render(hits: Option[], message?: string): void {
    this.hits = hits;
    this.active = hits.length ? 0 : -1;
    this.list.replaceChildren(
      ...hits.map((hit, i) => {
        const option = hit.render({ id: `search-hit-${i}`, role: 'option', 'aria-selected': String(i === this.active) });
        // mousedown, not click: it fires before the input's blur closes the list.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          this.choose(i);
        });
        return option;
      }),
      ...(message ? [h('li', { class: 'search-message', role: 'presentation' }, message)] : []),
    );
    if (hits.length || message) this.open();
    else this.close();
    this.updateActive();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.hits.length) return;
      this.open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.updateActive();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // "/" is the search key everywhere: in the box it selects what is there, to type anew.
      event.preventDefault();
      this.input.select();
    } else if (event.key === 'Escape') {
      if (!this.list.hidden) {
        event.stopPropagation();
        this.close();
      } else {
        this.input.blur();
      }
    }
  }

  private updateActive(): void {
    [...this.list.querySelectorAll('[role=option]')].forEach((option, i) => option.setAttribute('aria-selected', String(i === this.active)));
    const active = this.active >= 0 ? `search-hit-${this.active}` : '';
    if (active) {
      this.input.setAttribute('aria-activedescendant', active);
      this.list.querySelector(`#${active}`)?.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.close();
    this.input.value = '';
    this.hits = [];
    this.onChoose(hit.choice);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
