/**
 * One pair of the duplicate queue, as the queue and the details panel show it: both names (each
 * opens its entity on the canvas), their kind, how sure the match is and why, and the three
 * verdicts. What happens after a verdict is the caller's.
 */
import { KINDS } from '../../server/domain/model.ts';
import type { DuplicateCandidate, DuplicateMember, Verdict } from '../api/duplicates-api.ts';
import { h } from './dom.ts';
import { shapeSwatch } from './shape-swatch.ts';

export interface PairHandlers {
  /** Sends the verdict; the returned text is shown on the pair (what became of it). */
  judge(pair: DuplicateCandidate, verdict: Verdict): Promise<string>;
  open(id: string): void;
}

const VERDICTS: [Verdict, string, string][] = [
  ['SAME', 'Same', 'The same thing: resolve them into one entity (undo brings both back)'],
  ['NOT_SAME', 'Not the same', 'Different things: never propose this pair again'],
  ['UNSURE', 'Unsure', 'Keep the pair in the queue, after the others'],
];

function member(m: DuplicateMember, open: (id: string) => void): HTMLElement {
  const spec = KINDS[m.kind];
  return h('span', { class: 'duplicate-member' },
    h('button', { type: 'button', class: 'link-button', title: `Show ${m.name} on the canvas`, onclick: () => open(m.id) }, shapeSwatch(spec.shape, spec.colour), m.name),
    m.aliases.length ? h('span', { class: 'muted' }, ` (${m.aliases.join(', ')})`) : '',
    m.marking !== 'PUBLIC' ? h('span', { class: 'marking-badge' }, ` ${m.marking}`) : '');
}

export function duplicatePairItem(pair: DuplicateCandidate, handlers: PairHandlers, canJudge: boolean): HTMLLIElement {
  const state = h('p', { class: 'duplicate-state', role: 'status' }, pair.verdict === 'UNSURE' ? 'Judged unsure' : '');
  const buttons = VERDICTS.map(([verdict, caption, title]) => h('button', { type: 'button', 'data-verdict': verdict, title, class: verdict === 'SAME' ? 'primary small' : 'small' }, caption));
  const item = h('li', { class: 'duplicate-pair', 'data-a': pair.a.id, 'data-b': pair.b.id },
    h('p', {}, member(pair.a, handlers.open), ' ≟ ', member(pair.b, handlers.open)),
    h('p', { class: 'muted' }, `${KINDS[pair.a.kind].caption} · ${Math.round(pair.score * 100)}% · ${pair.reasons.join('; ')}`),
    canJudge ? h('div', { class: 'duplicate-verdicts', role: 'group', 'aria-label': 'Judge this pair' }, buttons) : null,
    state);
  for (const button of buttons) {
    button.addEventListener('click', async () => {
      for (const b of buttons) b.disabled = true;
      state.dataset.tone = 'info';
      state.textContent = 'Saving…';
      try {
        state.textContent = await handlers.judge(pair, button.dataset.verdict as Verdict);
        state.dataset.tone = 'success';
        item.classList.add('judged');
      } catch (error) {
        state.textContent = (error as Error).message;
        state.dataset.tone = 'error';
        for (const b of buttons) b.disabled = false;
      }
    });
  }
  return item;
}

/** What a verdict did, in words. */
export function verdictText(pair: DuplicateCandidate, verdict: Verdict, survivorId: string | null): string {
  if (verdict === 'NOT_SAME') return 'Not the same: this pair will not be proposed again.';
  if (verdict === 'UNSURE') return 'Judged unsure: the pair stays in the queue.';
  const [kept, merged] = survivorId === pair.b.id ? [pair.b, pair.a] : [pair.a, pair.b];
  return `Resolved: "${merged.name}" is now part of "${kept.name}".`;
}
