/**
 * Messages to the analyst: progress, results ("12 neighbours added, 37 more") and failures.
 * Errors stay until dismissed and say that the canvas is untouched; others fade after a while.
 */
import { ApiError } from '../api/graphql-transport.ts';
import { h } from './dom.ts';

export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

export interface NoticeAction {
  label: string;
  run: () => void;
}

const FADE_MS = 6000;

export class Notices {
  private busyCount = 0;

  private readonly root: HTMLElement;
  private readonly busyIndicator: HTMLElement;

  constructor(root: HTMLElement, busyIndicator: HTMLElement) {
    this.root = root;
    this.busyIndicator = busyIndicator;
  }

  show(message: string, kind: NoticeKind = 'info', action?: NoticeAction): HTMLElement {
    const close = h('button', { type: 'button', class: 'notice-close', 'aria-label': 'Dismiss message' }, '×');
    const notice = h(
      'div',
      { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      h('span', { class: 'notice-text' }, message),
      action && h('button', { type: 'button', class: 'notice-action', onclick: () => { action.run(); notice.remove(); } }, action.label),
      close,
    );
    close.addEventListener('click', () => notice.remove());
    this.root.append(notice);
    // Keep the stack short: the oldest non-error messages go first.
    const transient = [...this.root.querySelectorAll('.notice:not(.notice-error)')];
    for (const old of transient.slice(0, Math.max(0, transient.length - 3))) old.remove();
    if (kind !== 'error') setTimeout(() => notice.remove(), FADE_MS);
    return notice;
  }

  /** A failed request: the API's explanation, and the reassurance that nothing was lost. */
  error(what: string, error: unknown, retry?: () => void): void {
    if ((error as Error)?.name === 'AbortError') return;
    const reason = error instanceof ApiError ? error.message : 'Something went wrong in the explorer.';
    if (!(error instanceof ApiError)) console.warn(`${what} failed:`, error);
    const unchanged = error instanceof ApiError && error.kind === 'bad-request' ? '' : ' The canvas is unchanged.';
    this.show(`${what} failed. ${reason}${unchanged}`, 'error', retry ? { label: 'Try again', run: retry } : undefined);
  }

  /** Shows the busy indicator while the work runs; concurrent work keeps it up until all ends. */
  async track<T>(label: string, work: Promise<T>): Promise<T> {
    this.busyCount++;
    this.busyIndicator.textContent = `${label}…`;
    this.busyIndicator.hidden = false;
    try {
      return await work;
    } finally {
      this.busyCount--;
      if (this.busyCount === 0) this.busyIndicator.hidden = true;
    }
  }
}
