/**
 * Evidence quotes with the documents they come from: shared by the details, paths and crime-links
 * panels. The document's publication date and the date the fact refers to are shown apart and
 * labelled, the modality is explained, and the citation opens the document at its quote.
 */
import type { Evidence, SourceRef } from '../api/api-types.ts';
import { sourceDocument } from '../api/source-documents.ts';
import { openDocument } from './document-reader.ts';
import { h } from './dom.ts';
import { modalityText, publishedText, refersToText } from './provenance-text.ts';

function citation(evidence: Evidence): HTMLElement {
  const cite = h('cite', {}, `Document ${evidence.sourceId}`);
  const publisher = h('span', { class: 'evidence-publisher' });
  const published = h('span', { class: 'evidence-published' });
  const button = h(
    'button',
    { type: 'button', class: 'citation link-button', title: 'Open the document at this quote', onclick: () => void openDocument(evidence.sourceId, evidence.quote) },
    cite,
  );
  const show = (source: SourceRef | null) => {
    if (!source) {
      cite.textContent = `Document ${evidence.sourceId} (not visible to you)`;
      button.disabled = true;
      button.title = 'This document is not visible to you';
      return;
    }
    cite.textContent = source.title || source.name;
    publisher.textContent = source.publisher ? ` — ${source.publisher}` : '';
    published.textContent = publishedText(source.date) ?? 'publication date not given';
  };
  if (evidence.source) show(evidence.source);
  else void sourceDocument(evidence.sourceId).then(show);
  const refers = refersToText(evidence.date);
  const modality = modalityText(evidence.modality);
  return h(
    'div',
    { class: 'evidence-source' },
    h('p', {}, button, publisher),
    h(
      'p',
      { class: 'evidence-dates' },
      published,
      refers ? [' · ', h('span', { class: 'evidence-refers' }, refers)] : null,
    ),
    h('p', { class: `evidence-modality modality-${modality.word}` }, h('strong', {}, modality.word), modality.explanation ? ` — ${modality.explanation}` : ''),
  );
}

export function evidenceItem(evidence: Evidence): HTMLElement {
  return h('li', { class: 'evidence' }, h('blockquote', {}, `“${evidence.quote}”`), citation(evidence));
}

export function evidenceList(items: Evidence[], empty = 'No evidence quote is recorded for this.'): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, empty);
  return h('ul', { class: 'evidence-list' }, items.map(evidenceItem));
}
