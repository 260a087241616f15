/**
 * "Duplicates…": the judgement queue over the whole graph, or one kind: pairs of entities that
 * may be one, best first, each judged same, not the same or unsure. Scoring and the rules (what
 * is never proposed again) are the server's (server/duplicates, server/modules/duplicates).
 */
import { KINDS, RESOLVABLE_KINDS } from '../../server/domain/model.ts';
import type { Kind } from '../api/api-types.ts';
import { duplicateCandidates, judgeDuplicate, type DuplicateCandidate, type JudgementResult, type Verdict } from '../api/duplicates-api.ts';
import { h } from './dom.ts';
import { duplicatePairItem, verdictText } from './duplicate-pair.ts';

export interface DuplicatesDialogHandlers {
  changed(result: JudgementResult): Promise<void>;
  open(id: string): void;
}

const PAGE = 20;

export class DuplicatesDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly kind = h('select', { id: 'duplicates-kind' });
  private readonly status = h('p', { id: 'duplicates-status', role: 'status' });
  private readonly list = h('ol', { id: 'duplicates-queue', class: 'duplicate-pairs' });
  private readonly more = h('button', { type: 'button', id: 'duplicates-more', class: 'secondary', hidden: true }, 'More pairs');
  private readonly handlers: DuplicatesDialogHandlers;
  private cursor: string | null = null;
  /** The latest load: an earlier one still under way (another kind chosen meanwhile) is dropped. */
  private loading = 0;

  constructor(handlers: DuplicatesDialogHandlers) {
    this.handlers = handlers;
    this.kind.append(h('option', { value: '' }, 'All kinds'), ...RESOLVABLE_KINDS.map((k) => h('option', { value: k }, KINDS[k].plural)));
    this.dialog = h('dialog', { class: 'duplicates-dialog', 'aria-label': 'Possible duplicates' },
      h('form', { method: 'dialog' },
        h('h2', {}, 'Possible duplicates'),
        h('p', { class: 'muted' }, 'Pairs of entities of one kind that may be the same thing, best first. "Same" resolves them into one (undo in the details panel brings both back); "Not the same" is remembered, also for what is later resolved into either.'),
        h('p', {}, h('label', { for: 'duplicates-kind' }, 'Kind '), this.kind),
        this.status,
        this.list,
        this.more,
        h('div', { class: 'dialog-buttons' }, h('button', { type: 'submit', value: 'close', class: 'secondary', id: 'duplicates-close' }, 'Close'))));
    document.body.append(this.dialog);
    this.kind.addEventListener('change', () => void this.load(true));
    this.more.addEventListener('click', () => void this.load(false));
  }

  open(): void {
    if (!this.dialog.open) this.dialog.showModal();
    void this.load(true);
  }

  private async judge(pair: DuplicateCandidate, verdict: Verdict): Promise<string> {
    const result = await judgeDuplicate(pair.a.id, pair.b.id, verdict);
    if (verdict === 'SAME') await this.handlers.changed(result);
    return verdictText(pair, verdict, result.survivorId);
  }

  private async load(fresh: boolean): Promise<void> {
    const load = ++this.loading;
    if (fresh) {
      this.cursor = null;
      this.list.replaceChildren();
      this.more.hidden = true;
    }
    this.status.textContent = 'Comparing names…';
    this.status.dataset.tone = 'info';
    try {
      const page = await duplicateCandidates({ kind: (this.kind.value || null) as Kind | null, first: PAGE, after: fresh ? null : this.cursor });
      if (load !== this.loading) return;
      this.cursor = page.endCursor;
      this.list.append(...page.candidates.map((p) => duplicatePairItem(p, { judge: (pair, verdict) => this.judge(pair, verdict), open: this.handlers.open }, true)));
      this.more.hidden = !page.hasNextPage;
      this.status.textContent = page.totalCount === 0 ? 'No possible duplicates.' : `${page.totalCount.toLocaleString('en-GB')} possible duplicate pair${page.totalCount === 1 ? '' : 's'}.`;
      this.status.dataset.tone = 'info';
    } catch (error) {
      if (load !== this.loading) return;
      this.status.textContent = (error as Error).message;
      this.status.dataset.tone = 'error';
    }
  }
}
