/** Evidence quotes with the documents they come from: shared by the details and paths panels. */
import type { Evidence, SourceRef } from '../api/api-types.ts';
import { sourceDocument } from '../api/source-documents.ts';
import { h } from './dom.ts';
import { enumText } from './enum-text.ts';

function describeSource(evidence: Evidence, source: SourceRef | null): [string, string] {
  const document = source ? source.title || source.name : `Document ${evidence.sourceId} (not visible to you)`;
  const details = [source?.publisher, evidence.date || source?.date, evidence.modality !== 'REPORTED' ? enumText(evidence.modality) : null].filter(Boolean).join(' · ');
  return [document, details ? ` — ${details}` : ''];
}

export function evidenceItem(evidence: Evidence): HTMLElement {
  const cite = h('cite', {});
  const details = h('span', {});
  const show = (source: SourceRef | null) => {
    const [document, more] = describeSource(evidence, source);
    cite.textContent = document;
    details.textContent = more;
  };
  if (evidence.source) show(evidence.source);
  else {
    cite.textContent = `Document ${evidence.sourceId}`;
    void sourceDocument(evidence.sourceId).then(show);
  }
  return h('li', { class: 'evidence' }, h('blockquote', {}, `“${evidence.quote}”`), h('p', { class: 'evidence-source' }, cite, details));
}

export function evidenceList(items: Evidence[], empty = 'No evidence quote is recorded for this.'): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, empty);
  return h('ul', { class: 'evidence-list' }, items.map(evidenceItem));
}
