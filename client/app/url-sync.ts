/**
 * Keeps the URL fragment equal to the canvas (ids, layout, filters, hides, pins, selection) so
 * the address bar is always a link to what is on screen, and opens a view when the fragment is
 * changed by hand or a link is pasted into the same tab.
 */
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { savedViewFragment, savedViewIdOf } from '../state/view-link.ts';
import { decodeViewState, encodeViewState, type ViewState } from '../state/view-state.ts';

const WRITE_DELAY_MS = 250;

export class UrlSync {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private written = window.location.hash;
  private paused = false;
  /** The long fragment of the canvas a short link was shown for: while it is unchanged, the short link stays. */
  private shortFor: string | null = null;

  private readonly canvas: ExplorerCanvas;

  constructor(canvas: ExplorerCanvas, onNavigate: (state: ViewState) => void, onNavigateSaved: (id: string) => void) {
    this.canvas = canvas;
    canvas.onChange(() => this.schedule());
    canvas.onInstance((cy) => cy.on('select unselect', () => this.schedule()));
    window.addEventListener('hashchange', () => {
      if (window.location.hash === this.written) return;
      const saved = savedViewIdOf(window.location.hash);
      if (saved) return onNavigateSaved(saved);
      const state = decodeViewState(window.location.hash);
      if (state) onNavigate(state);
    });
  }

  /** The view in the address the page was opened with, if any. */
  initialState(): ViewState | null {
    return decodeViewState(window.location.hash);
  }

  /** The id of the stored view in the address the page was opened with (a short link), if any. */
  initialSavedViewId(): string | null {
    return savedViewIdOf(window.location.hash);
  }

  /**
   * Shows a short link in the address bar for the canvas as it is; the next change of the canvas
   * writes the long form again (the address bar always reopens what is on screen).
   */
  showShortLink(id: string): void {
    clearTimeout(this.timer);
    this.shortFor = `#${encodeViewState(this.canvas.viewState())}`;
    this.written = savedViewFragment(id);
    window.history.replaceState(null, '', this.written);
  }

  /** While a view is being opened, the half-built canvas must not overwrite the link. */
  pause(paused: boolean): void {
    this.paused = paused;
    if (!paused) this.schedule();
  }

  /** The long link: the whole view in the fragment, for when no short link can be stored. */
  link(): string {
    return `${window.location.origin}${window.location.pathname}#${encodeViewState(this.canvas.viewState())}`;
  }

  /** The link of a stored view. */
  shortLink(id: string): string {
    return `${window.location.origin}${window.location.pathname}${savedViewFragment(id)}`;
  }

  private schedule(): void {
    if (this.paused) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(), WRITE_DELAY_MS);
  }

  private write(): void {
    if (this.paused) return;
    const hash = `#${encodeViewState(this.canvas.viewState())}`;
    if (hash === this.written || hash === this.shortFor) return;
    this.shortFor = null;
    this.written = hash;
    window.history.replaceState(null, '', hash);
  }
}
