/**
 * "Copy link": a short link (#v=<id>) to the canvas as it is, stored on the server on demand as
 * an unlisted view (it stays out of other people's lists; anyone cleared for everything in it
 * can open the link). Copying again without changing the canvas reuses the same view.
 */
import { saveView } from '../api/views-api.ts';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { encodeViewState } from '../state/view-state.ts';

export class ShareLink {
  private last: { fragment: string; id: string } | null = null;
  private readonly canvas: ExplorerCanvas;

  constructor(canvas: ExplorerCanvas) {
    this.canvas = canvas;
  }

  /** The id of a stored view of the canvas, or null when the canvas is empty (nothing to store). */
  async viewId(): Promise<string | null> {
    const state = this.canvas.viewState();
    if (state.ids.length === 0) return null;
    const fragment = encodeViewState(state);
    if (this.last?.fragment !== fragment) {
      const saved = await saveView(`Link of ${new Date().toLocaleString()}`, state, state.positions, false);
      this.last = { fragment, id: saved.id };
    }
    return this.last.id;
  }
}
