/**
 * Keeps the URL fragment equal to the canvas (ids, layout, filters, hides, pins, selection) so
 * the address bar is always a link to what is on screen, and opens a view when the fragment is
 * changed by hand or a link is pasted into the same tab.
 */
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { decodeViewState, encodeViewState, type ViewState } from '../state/view-state.ts';

const WRITE_DELAY_MS = 250;

export class UrlSync {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private written = window.location.hash;
  private paused = false;

  private readonly canvas: ExplorerCanvas;

  constructor(canvas: ExplorerCanvas, onNavigate: (state: ViewState) => void) {
    this.canvas = canvas;
    canvas.onChange(() => this.schedule());
    canvas.onInstance((cy) => cy.on('select unselect', () => this.schedule()));
    window.addEventListener('hashchange', () => {
      if (window.location.hash === this.written) return;
      const state = decodeViewState(window.location.hash);
      if (state) onNavigate(state);
    });
  }

  /** The view in the address the page was opened with, if any. */
  initialState(): ViewState | null {
    return decodeViewState(window.location.hash);
  }

  /** While a view is being opened, the half-built canvas must not overwrite the link. */
  pause(paused: boolean): void {
    this.paused = paused;
    if (!paused) this.schedule();
  }

  link(): string {
    return `${window.location.origin}${window.location.pathname}#${encodeViewState(this.canvas.viewState())}`;
  }

  private schedule(): void {
    if (this.paused) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(), WRITE_DELAY_MS);
  }

  private write(): void {
    if (this.paused) return;
    const hash = `#${encodeViewState(this.canvas.viewState())}`;
    if (hash === this.written) return;
    this.written = hash;
    window.history.replaceState(null, '', hash);
  }
}
