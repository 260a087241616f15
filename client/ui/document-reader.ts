/**
 * The document reader: a citation opens its document's full text beside the canvas, scrolled to
 * the quote, which is highlighted. The header says what the document is (title, publisher,
 * publication date, marking). The text comes from the API under the viewer's clearance; a
 * document above it reads the same as one that does not exist.
 */
import { locateQuote } from '../../server/domain/quote-match.ts';
import { sourceText } from '../api.ts';
import type { SourceText } from '../api/api-types.ts';
import { h } from './dom.ts';
import { publishedText } from './provenance-text.ts';

let reader: DocumentReader | null = null;

/** Opens `sourceId` at `quote` in the one reader of the page. */
export function openDocument(sourceId: string, quote: string | null): Promise<void> {
  reader ??= new DocumentReader();
  return reader.open(sourceId, quote);
}

class DocumentReader {
  private readonly dialog: HTMLDialogElement;
  private readonly header: HTMLElement;
  private readonly body: HTMLElement;
  /** The last document asked for: a slower earlier answer must not replace it. */
  private wanted = '';

  constructor() {
    this.header = h('header', { class: 'reader-header' });
    this.body = h('div', { class: 'reader-text', tabindex: '0' });
    this.dialog = h(
      'dialog',
      { class: 'document-reader', 'aria-label': 'Document reader' },
      h('form', { method: 'dialog', class: 'reader-close' }, h('button', { type: 'submit', class: 'small', 'aria-label': 'Close the document' }, 'Close')),
      this.header,
      this.body,
    );
    document.body.append(this.dialog);
  }

  async open(sourceId: string, quote: string | null): Promise<void> {
    this.wanted = `${sourceId}\u0000${quote ?? ''}`;
    const asked = this.wanted;
    this.header.replaceChildren(h('h2', {}, `Document ${sourceId}`));
    this.body.replaceChildren(h('p', { class: 'muted' }, 'Loading the document…'));
    if (!this.dialog.open) this.dialog.showModal();
    let doc: SourceText | null = null;
    try {
      doc = await sourceText(sourceId);
    } catch {
      if (asked !== this.wanted) return;
      this.body.replaceChildren(h('p', { class: 'muted' }, 'The document could not be loaded. Try again in a moment.'));
      return;
    }
    if (asked !== this.wanted) return;
    if (!doc) {
      this.body.replaceChildren(h('p', { class: 'muted' }, `Document ${sourceId} does not exist or is not visible to you.`));
      return;
    }
    this.header.replaceChildren(...describe(doc));
    this.showText(doc, quote);
  }

  private showText(doc: SourceText, quote: string | null): void {
    if (!doc.text) {
      this.body.replaceChildren(h('p', { class: 'muted' }, 'The text of this document is not in the graph.'));
      return;
    }
    const span = quote ? locateQuote(doc.text, quote) : null;
    if (!span) {
      this.body.replaceChildren(
        quote ? h('p', { class: 'reader-notice' }, 'The quote could not be found in this text; the whole document is shown.') : '',
        h('div', { class: 'reader-content' }, doc.text),
      );
      this.body.scrollTop = 0;
      return;
    }
    const mark = h('mark', { class: 'reader-quote' }, doc.text.slice(span.start, span.end));
    this.body.replaceChildren(h('div', { class: 'reader-content' }, doc.text.slice(0, span.start), mark, doc.text.slice(span.end)));
    // After layout, so the dialog has its size: the quote in the middle of the visible text.
    requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
  }
}

function describe(doc: SourceText): HTMLElement[] {
  const facts = [doc.publisher, publishedText(doc.date), doc.documentType].filter(Boolean).join(' · ');
  return [
    h('h2', {}, doc.title || doc.name),
    h('p', { class: 'reader-meta' }, facts, ' ', h('span', { class: `marking marking-${doc.marking.toLowerCase()}`, title: 'Handling marking' }, doc.marking)),
  ];
}
