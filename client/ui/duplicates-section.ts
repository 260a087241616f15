/**
 * The details panel's part on duplicates of the shown entity: the entities resolved into it
 * (each with its own names and quotes, who judged it and when, and an undo), and the pairs the
 * queue proposes with it, to judge on the spot. Loaded after the details, in a request of its own.
 */
import { MARKINGS } from '../../server/domain/model.ts';
import type { EntityDetails, Evidence } from '../api/api-types.ts';
import { duplicateCandidates, judgeDuplicate, resolvedDuplicates, undoResolution, type JudgementResult, type ResolvedDuplicate } from '../api/duplicates-api.ts';
import { h } from './dom.ts';
import { duplicatePairItem, verdictText } from './duplicate-pair.ts';
import { evidenceList } from './evidence-list.ts';

export interface DuplicateHandlers {
  /** Analysts and admins judge and undo; viewers only read. */
  canJudge(): boolean;
  /** After a merge or an undo: redraw what changed. */
  changed(result: JudgementResult, undone: boolean): Promise<void>;
  open(id: string): void;
}

const PROPOSED = 5;

function resolvedItem(r: ResolvedDuplicate, handlers: DuplicateHandlers): HTMLLIElement {
  const state = h('p', { class: 'duplicate-state', role: 'status' });
  const undo = h('button', { type: 'button', class: 'small', 'data-action': 'undo', title: `Make "${r.name}" an entity of its own again, with the links it had` }, 'Undo');
  undo.addEventListener('click', async () => {
    undo.disabled = true;
    try {
      const result = await undoResolution(r.id);
      state.textContent = `Undone: "${r.name}" is an entity of its own again.`;
      state.dataset.tone = 'success';
      await handlers.changed(result, true);
    } catch (error) {
      state.textContent = (error as Error).message;
      state.dataset.tone = 'error';
      undo.disabled = false;
    }
  });
  const evidence = r.evidence.map((e) => ({ ...e, source: null }) as unknown as Evidence);
  return h('li', { class: 'resolved-duplicate', 'data-id': r.id },
    h('p', {}, h('strong', {}, r.name), r.aliases.length ? ` (${r.aliases.join(', ')})` : '', r.marking !== 'PUBLIC' ? ` · ${r.marking}` : ''),
    h('p', { class: 'muted' }, `Judged the same by ${r.judgedBy} on ${r.judgedAt.slice(0, 10)}${r.reasons.length ? ` — ${r.reasons.join('; ')}` : ''}`),
    evidence.length ? evidenceList(evidence) : null,
    handlers.canJudge() ? undo : null,
    state);
}

export async function duplicatesSection(entity: EntityDetails, handlers: DuplicateHandlers, signal: AbortSignal): Promise<HTMLElement | null> {
  const [resolved, proposed] = await Promise.all([
    resolvedDuplicates(entity.id, { signal }),
    duplicateCandidates({ entityId: entity.id, first: PROPOSED }, { signal }),
  ]);
  if (resolved.length === 0 && proposed.candidates.length === 0) return null;
  const judge = async (pair: Parameters<typeof verdictText>[0], verdict: Parameters<typeof verdictText>[1]) => {
    // The entity shown is kept, unless it is marked above the other (the server then keeps the other).
    const other = pair.a.id === entity.id ? pair.b : pair.a;
    const keep = verdict === 'SAME' && MARKINGS.indexOf(entity.marking as never) <= MARKINGS.indexOf(other.marking as never) ? entity.id : undefined;
    const result = await judgeDuplicate(pair.a.id, pair.b.id, verdict, keep);
    const text = verdictText(pair, verdict, result.survivorId);
    if (verdict === 'SAME') await handlers.changed(result, false);
    return text;
  };
  return h('section', { class: 'duplicates-section' },
    resolved.length ? h('h3', {}, `Resolved into this entity (${resolved.length})`) : null,
    resolved.length ? h('ul', { class: 'resolved-duplicates' }, resolved.map((r) => resolvedItem(r, handlers))) : null,
    proposed.candidates.length ? h('h3', {}, `Possible duplicates (${proposed.totalCount})`) : null,
    proposed.candidates.length ? h('ul', { class: 'duplicate-pairs' }, proposed.candidates.map((p) => duplicatePairItem(p, { judge, open: handlers.open }, handlers.canJudge()))) : null);
}
