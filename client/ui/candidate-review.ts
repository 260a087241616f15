/**
 * One candidate of an ingested document's review queue (client/ui/ingest-dialog.ts): its text,
 * kind and sentence, and what an analyst may do with it: accept it as a new entity, as another
 * name of an entity (one the document names, or any found by search), or as a link between two
 * entities the document names (of a type the model allows between their kinds); edit its text
 * and kind first; or reject it. The server decides and explains (write authority, markings):
 * its refusal is shown on the candidate, which stays open for another choice.
 */
import { kindNames } from '../../server/domain/derive.ts';
import { KINDS, type Kind } from '../../server/domain/model.ts';
import { search } from '../api.ts';
import { acceptAsAlias, acceptAsLink, acceptAsNewEntity, editCandidate, rejectCandidate, type Candidate } from '../api/ingest-api.ts';
import { h } from './dom.ts';
import { linkChoices } from './link-choices.ts';

/** An entity the document names, as the review offers it. */
export interface NamedEntity {
  id: string;
  kind: Kind;
  name: string;
  /** The sentences it is named in. */
  sentences: Set<string>;
}

export interface CandidateReviewContext {
  /** The entities the document names, in the order it first names them. */
  named: NamedEntity[];
  /** Draws an entity the review made or changed on the canvas. */
  addEntity(id: string): Promise<void>;
}

/** Kinds a candidate may be given: any kind of entity but a document (documents are ingested). */
const CANDIDATE_KINDS = kindNames.filter((k) => k !== 'Source');
const SEARCH_LIMIT = 8;

const kindCaption = (kind: Kind) => KINDS[kind].caption;
const option = (value: string, text: string, selected = false) => h('option', { value, selected }, text);

/** The document's entities, those named in this sentence first. */
function entityOptions(named: NamedEntity[], sentence: string): HTMLOptGroupElement[] {
  const here = named.filter((e) => e.sentences.has(sentence));
  const elsewhere = named.filter((e) => !e.sentences.has(sentence));
  const group = (label: string, entities: NamedEntity[]) => h('optgroup', { label }, ...entities.map((e) => option(e.id, `${e.name} (${kindCaption(e.kind)})`)));
  return [here.length ? group('Named in this sentence', here) : null, elsewhere.length ? group('Named elsewhere in the document', elsewhere) : null].filter((g): g is HTMLOptGroupElement => g !== null);
}

export class CandidateReview {
  readonly element: HTMLLIElement;
  private candidate: Candidate;
  private readonly context: CandidateReviewContext;
  private readonly title = h('strong', {});
  private readonly about = h('span', { class: 'ingest-candidate-about' });
  private readonly state = h('span', { class: 'ingest-candidate-state', role: 'status' });
  private readonly buttons: HTMLButtonElement[] = [];
  private readonly forms = new Map<string, HTMLElement>();
  private readonly known = new Map<string, { kind: Kind; name: string }>();

  // Alias: the entity it is another name of.
  private readonly aliasOf = h('select', { 'data-field': 'alias-entity', 'aria-label': 'Entity it is another name of' });
  private readonly aliasSearch = h('input', { type: 'search', 'data-field': 'alias-search', placeholder: 'Search any entity', size: 24, 'aria-label': 'Search any entity' });
  private readonly aliasResults = h('ul', { class: 'ingest-alias-results', 'data-field': 'alias-results' });
  // Link: two entities the document names, and a type the model allows between them.
  private readonly linkFrom = h('select', { 'data-field': 'link-from', 'aria-label': 'From' });
  private readonly linkType = h('select', { 'data-field': 'link-type', 'aria-label': 'Relationship' });
  private readonly linkTo = h('select', { 'data-field': 'link-to', 'aria-label': 'To' });
  // Edit: the text and the kind.
  private readonly editText = h('input', { type: 'text', 'data-field': 'edit-text', size: 40, 'aria-label': 'Text' });
  private readonly editKind = h('select', { 'data-field': 'edit-kind', 'aria-label': 'Kind' }, ...CANDIDATE_KINDS.map((k) => option(k, kindCaption(k))));

  constructor(candidate: Candidate, context: CandidateReviewContext) {
    this.candidate = candidate;
    this.context = context;
    for (const e of context.named) this.known.set(e.id, e);
    // A date dates an operation (edited in its details); it is not accepted as an entity.
    const dated = candidate.reason === 'operation-date';
    const accept = this.button('accept', 'Accept as new entity', () => this.decide(async () => {
      const id = await acceptAsNewEntity(this.candidate.id);
      await this.context.addEntity(id);
      return `Accepted as ${id}`;
    }));
    accept.hidden = dated;
    const edit = this.button('edit', 'Edit…', () => this.toggle('edit'));
    edit.hidden = dated;
    const alias = this.button('alias', 'Another name of…', () => this.toggle('alias'));
    alias.hidden = dated;
    this.element = h('li', { class: 'ingest-candidate', 'data-candidate': candidate.id },
      this.title, this.about,
      h('blockquote', {}, candidate.sentence),
      h('div', { class: 'ingest-candidate-actions' },
        accept, ' ',
        alias, ' ',
        this.button('link', 'Link…', () => this.toggle('link')), ' ',
        edit, ' ',
        this.button('reject', 'Reject', () => this.decide(async () => {
          await rejectCandidate(this.candidate.id);
          return 'Rejected';
        })), ' ',
        this.state),
      this.aliasForm(), this.linkForm(), this.editForm());
    this.describe();
  }

  private button(action: string, text: string, onClick: () => void): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'secondary', 'data-action': action }, text);
    button.addEventListener('click', onClick);
    this.buttons.push(button);
    return button;
  }

  private describe(): void {
    const c = this.candidate;
    this.title.textContent = c.text;
    this.about.textContent = `${c.acronym ? ` (${c.acronym})` : ''} — ${c.kind}, ${Math.round(c.confidence * 100)}%`;
  }

  private say(text: string, tone: 'info' | 'error' | 'success' = 'info'): void {
    this.state.textContent = text;
    this.state.dataset.tone = tone;
  }

  /** Shows one form (or hides it when it is open), hiding the others. */
  private toggle(name: string): void {
    const form = this.forms.get(name)!;
    const open = form.hidden;
    for (const f of this.forms.values()) f.hidden = true;
    form.hidden = !open;
    if (open && name === 'edit') {
      this.editText.value = this.candidate.text;
      this.editKind.value = this.candidate.kind;
    }
    if (open) this.say('');
  }

  private form(name: string, ...children: (Node | string)[]): HTMLElement {
    const form = h('div', { class: 'ingest-candidate-form', 'data-form': name, hidden: true }, ...children);
    this.forms.set(name, form);
    return form;
  }

  /** Runs a review step: the candidate is settled when it succeeds, and open again with the reason when it fails. */
  private async decide(work: () => Promise<string>, settles = true): Promise<void> {
    for (const b of this.buttons) b.disabled = true;
    this.say('Working…');
    try {
      const done = await work();
      this.say(done, 'success');
      if (settles) {
        for (const f of this.forms.values()) f.hidden = true;
        this.element.dataset.settled = 'true';
        return;
      }
    } catch (error) {
      this.say((error as Error).message, 'error');
    }
    for (const b of this.buttons) b.disabled = false;
  }

  private aliasForm(): HTMLElement {
    this.aliasOf.replaceChildren(option('', 'Choose an entity…'), ...entityOptions(this.context.named, this.candidate.sentence));
    let searching: AbortController | null = null;
    const find = async () => {
      const text = this.aliasSearch.value.trim();
      searching?.abort();
      if (text.length < 2) return this.aliasResults.replaceChildren();
      searching = new AbortController();
      try {
        const { hits } = await search(text, { limit: SEARCH_LIMIT, noteLimit: 1, signal: searching.signal });
        this.aliasResults.replaceChildren(...(hits.length ? hits.map((hit) => h('li', {},
          h('button', { type: 'button', class: 'small', 'data-entity': hit.entity.id, onclick: () => this.chooseAlias(hit.entity.id, hit.entity.kind as Kind, hit.entity.name) },
            `${hit.entity.name} (${kindCaption(hit.entity.kind as Kind)})`))) : [h('li', { class: 'muted' }, `Nothing found for "${text}".`)]));
      } catch (error) {
        if ((error as Error).name !== 'AbortError') this.aliasResults.replaceChildren(h('li', { class: 'muted' }, (error as Error).message));
      }
    };
    this.aliasSearch.addEventListener('input', () => void find());
    const confirm = this.button('confirm-alias', 'Accept as another name', () => {
      const id = this.aliasOf.value;
      if (!id) return this.say('Choose the entity this is another name of: one the document names, or one found by search.', 'error');
      void this.decide(async () => {
        const entityId = await acceptAsAlias(this.candidate.id, id);
        await this.context.addEntity(entityId);
        return `Accepted as another name of ${this.known.get(entityId)?.name ?? entityId}`;
      });
    });
    return this.form('alias', h('label', {}, 'Another name of ', this.aliasOf), ' ', this.aliasSearch, this.aliasResults, confirm);
  }

  /** An entity found by search becomes the choice (and stays among the choices). */
  private chooseAlias(id: string, kind: Kind, name: string): void {
    this.known.set(id, { kind, name });
    let found = this.aliasOf.querySelector<HTMLOptGroupElement>('optgroup[data-found]');
    if (!found) {
      found = h('optgroup', { label: 'Found by search', 'data-found': 'true' });
      this.aliasOf.append(found);
    }
    if (![...this.aliasOf.options].some((o) => o.value === id)) found.append(option(id, `${name} (${kindCaption(kind)})`));
    this.aliasOf.value = id;
    this.aliasResults.replaceChildren();
    this.say('');
  }

  private linkForm(): HTMLElement {
    const named = this.context.named;
    const options = entityOptions(named, this.candidate.sentence);
    this.linkFrom.replaceChildren(...options.map((g) => g.cloneNode(true)));
    this.linkTo.replaceChildren(...options.map((g) => g.cloneNode(true)));
    // The first two entities of its sentence (else of the document) are the likeliest ends.
    const ordered = [...this.linkFrom.options].map((o) => o.value);
    if (ordered[0]) this.linkFrom.value = ordered[0];
    if (ordered[1]) this.linkTo.value = ordered[1];
    this.linkFrom.addEventListener('change', () => this.updateLinkTypes());
    this.linkTo.addEventListener('change', () => this.updateLinkTypes());
    const confirm = this.button('confirm-link', 'Accept as link', () => {
      const [type, direction] = this.linkType.value.split('|');
      if (named.length < 2) return this.say('The document names fewer than two known entities: there is nothing to link.', 'error');
      if (this.linkFrom.value === this.linkTo.value) return this.say('Choose two different entities to link.', 'error');
      if (!type) return this.say('The model allows no relationship between these two: choose others.', 'error');
      const [from, to] = direction === 'in' ? [this.linkTo.value, this.linkFrom.value] : [this.linkFrom.value, this.linkTo.value];
      void this.decide(async () => {
        const linkId = await acceptAsLink(this.candidate.id, type as never, from, to);
        await this.context.addEntity(from);
        await this.context.addEntity(to);
        return `Accepted as the link ${linkId}`;
      });
    });
    this.updateLinkTypes();
    return this.form('link', h('label', {}, 'From ', this.linkFrom), ' ', h('label', {}, 'relationship ', this.linkType), ' ', h('label', {}, 'to ', this.linkTo), ' ', confirm);
  }

  /** The types the model allows between the two chosen entities, either way. */
  private updateLinkTypes(): void {
    const from = this.known.get(this.linkFrom.value);
    const to = this.known.get(this.linkTo.value);
    const choices = from && to && this.linkFrom.value !== this.linkTo.value ? linkChoices(from.kind, to.kind) : [];
    this.linkType.replaceChildren(...(choices.length
      ? choices.map((c) => option(`${c.type}|${c.reversed ? 'in' : 'out'}`, c.reversed ? `← ${c.caption}` : `${c.caption} →`))
      : [option('', from && to && this.linkFrom.value !== this.linkTo.value ? `none between a ${kindCaption(from.kind)} and a ${kindCaption(to.kind)}` : 'choose two entities')]));
  }

  private editForm(): HTMLElement {
    const save = this.button('confirm-edit', 'Save', () => {
      const text = this.editText.value.trim();
      if (!text) return this.say('Give the candidate a text.', 'error');
      void this.decide(async () => {
        this.candidate = { ...this.candidate, ...(await editCandidate(this.candidate.id, { text, kind: this.editKind.value as Kind })) };
        this.describe();
        this.forms.get('edit')!.hidden = true;
        return 'Edited: accept it now, or change it again';
      }, false);
    });
    return this.form('edit', h('label', {}, 'Text ', this.editText), ' ', h('label', {}, 'Kind ', this.editKind), ' ', save);
  }
}
