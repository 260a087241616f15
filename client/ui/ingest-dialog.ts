/**
 * "Ingest…": choose a document (.txt, .md, .html, .pdf), give its title, publisher, date and
 * marking, and ingest it; then read its text with the known entities it names highlighted, and
 * review what it proposes (./candidate-review.ts): accept a candidate as a new entity, as another
 * name of an entity or as a link between two the document names, edit it first, or reject it.
 * Reading, matching and the review are the server's (server/ingest, server/modules/ingest), as
 * `npm run ingest`.
 */
import { INGESTED_DOCUMENT_DEFAULT_MARKING, MARKINGS } from '../../server/domain/model.ts';
import { documentWithMentions, ingestDocument, MAX_UPLOAD_BYTES, reviewQueue, type DocumentMention } from '../api/ingest-api.ts';
import type { User } from '../api/session.ts';
import { CandidateReview, type NamedEntity } from './candidate-review.ts';
import { h } from './dom.ts';

export interface IngestDialogHandlers {
  /** Adds an entity the review made or changed to the canvas. */
  addEntity(id: string): Promise<void>;
}

const base64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

export class IngestDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly fileInput = h('input', { type: 'file', id: 'ingest-file', accept: '.txt,.md,.html,.htm,.pdf' });
  private readonly title = h('input', { type: 'text', id: 'ingest-title', size: 50 });
  private readonly publisher = h('input', { type: 'text', id: 'ingest-publisher', size: 30 });
  private readonly date = h('input', { type: 'text', id: 'ingest-date', size: 12, placeholder: 'YYYY-MM-DD' });
  private readonly marking = h('select', { id: 'ingest-marking' });
  private readonly status = h('p', { id: 'ingest-status', role: 'status' });
  private readonly text = h('div', { id: 'ingest-text', class: 'ingest-text', hidden: true });
  private readonly queue = h('ol', { id: 'ingest-queue', class: 'ingest-queue' });
  private readonly startButton = h('button', { type: 'button', id: 'ingest-start', class: 'primary' }, 'Ingest');
  private readonly handlers: IngestDialogHandlers;

  constructor(handlers: IngestDialogHandlers) {
    this.handlers = handlers;
    this.dialog = h('dialog', { class: 'ingest-dialog', 'aria-label': 'Ingest a document' },
      h('form', { method: 'dialog' },
        h('h2', {}, 'Ingest a document'),
        h('p', { class: 'muted' }, 'The known entities it names are found; what looks new is proposed for review, and nothing becomes an entity until you accept it. The same text again changes nothing.'),
        h('p', {}, h('label', { for: 'ingest-file' }, 'Document (.txt, .md, .html, .pdf) '), this.fileInput),
        h('p', {}, h('label', { for: 'ingest-title' }, 'Title '), this.title),
        h('p', {}, h('label', { for: 'ingest-publisher' }, 'Publisher '), this.publisher, ' ', h('label', { for: 'ingest-date' }, 'Date '), this.date),
        h('p', {}, h('label', { for: 'ingest-marking' }, 'Marking '), this.marking),
        this.status,
        this.text,
        this.queue,
        h('div', { class: 'dialog-buttons' },
          h('button', { type: 'submit', value: 'close', class: 'secondary', id: 'ingest-close' }, 'Close'),
          this.startButton)));
    document.body.append(this.dialog);
    this.fileInput.addEventListener('change', () => {
      const chosen = this.fileInput.files?.[0];
      if (chosen && !this.title.value) this.title.value = chosen.name.replace(/\.[^.]+$/, '');
    });
    this.startButton.addEventListener('click', () => void this.start());
  }

  open(user: User): void {
    const allowed = MARKINGS.slice(0, MARKINGS.indexOf(user.clearance as never) + 1);
    this.marking.replaceChildren(...allowed.map((m) => h('option', { value: m }, m)));
    this.marking.value = allowed.includes(INGESTED_DOCUMENT_DEFAULT_MARKING) ? INGESTED_DOCUMENT_DEFAULT_MARKING : allowed.at(-1)!;
    if (!this.dialog.open) this.dialog.showModal();
  }

  private say(text: string, tone: 'info' | 'error' | 'success' = 'info'): void {
    this.status.textContent = text;
    this.status.dataset.tone = tone;
  }

  private async start(): Promise<void> {
    const file = this.fileInput.files?.[0];
    if (!file) return this.say('Choose a document first.', 'error');
    if (file.size > MAX_UPLOAD_BYTES) return this.say(`${file.name} is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`, 'error');
    if (!this.title.value.trim()) return this.say('Give the document a title.', 'error');
    this.startButton.disabled = true;
    this.say(`Ingesting ${file.name}…`);
    try {
      const result = await ingestDocument({
        fileName: file.name,
        contentBase64: await base64(file),
        title: this.title.value.trim(),
        ...(this.publisher.value.trim() ? { publisher: this.publisher.value.trim() } : {}),
        ...(this.date.value.trim() ? { date: this.date.value.trim() } : {}),
        marking: this.marking.value,
      });
      this.say(result.created
        ? `Ingested: ${result.mentionCount} mentions of ${result.mentionedEntityCount} known entities, ${result.candidateCount} candidates for review.`
        : 'This text was ingested before: nothing was written. Its mentions and candidates are shown.', 'success');
      await this.show(result.sourceId);
    } catch (error) {
      this.say((error as Error).message, 'error');
    } finally {
      this.startButton.disabled = false;
    }
  }

  /** The text with each mention highlighted (its entity's name as the tooltip), then the queue. */
  private async show(sourceId: string): Promise<void> {
    const [{ text, mentions }, queue] = await Promise.all([documentWithMentions(sourceId), reviewQueue(sourceId)]);
    this.text.replaceChildren(...highlighted(text, mentions));
    this.text.hidden = false;
    const context = { named: namedEntities(mentions), addEntity: (id: string) => this.handlers.addEntity(id) };
    this.queue.replaceChildren(...queue.candidates.map((c) => new CandidateReview(c, context).element));
  }
}

/** The entities a document names, in the order it first names them, with the sentences naming each. */
function namedEntities(mentions: DocumentMention[]): NamedEntity[] {
  const byId = new Map<string, NamedEntity>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const entity = byId.get(m.entityId) ?? { id: m.entityId, kind: m.kind, name: m.name, sentences: new Set<string>() };
    entity.sentences.add(m.sentence);
    byId.set(m.entityId, entity);
  }
  return [...byId.values()];
}

/** The text as nodes, each mention a <mark> (overlapping mentions: the first wins). */
function highlighted(text: string, mentions: DocumentMention[]): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    out.push(document.createTextNode(text.slice(at, m.start)));
    out.push(h('mark', { title: `${m.name} (${m.kind})`, 'data-entity': m.entityId }, text.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(document.createTextNode(text.slice(at)));
  return out;
}
