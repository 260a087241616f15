/**
 * The view a signed-out visitor was sent (a shared link), kept until they have signed in.
 * A one-time sign-in link from an administrator is a different address (/auth/signin?token=…)
 * that the server answers with a redirect to "/", and URL fragments never reach the server, so
 * without this the shared view would be lost. Kept in localStorage because the sign-in link
 * usually opens in another tab; kept only briefly, so an old view never surprises anyone later.
 */
import { savedViewIdOf } from './view-link.ts';
import { decodeViewState, type ViewState } from './view-state.ts';

const STORAGE_KEY = 'smuggling-explorer:pending-view:v1';
/** Long enough to find the sign-in link in a mailbox, short enough to be clearly this visit. */
export const PENDING_VIEW_TTL_MS = 30 * 60 * 1000;

export class PendingView {
  private readonly storage: Storage;
  private readonly now: () => number;

  constructor(storage: Storage = window.localStorage, now: () => number = Date.now) {
    this.storage = storage;
    this.now = now;
  }

  /** Remembers the view in this fragment, if it holds one (a long link or a short link to a stored view). */
  remember(fragment: string): void {
    if (!decodeViewState(fragment) && !savedViewIdOf(fragment)) return;
    try {
      this.storage.setItem(STORAGE_KEY, JSON.stringify({ fragment, at: this.now() }));
    } catch {
      // Storage full or disabled: the view can still be opened from the link itself.
    }
  }

  /** The remembered view if it is recent, forgetting it either way: it is opened at most once. */
  take(): ViewState | null {
    const fragment = this.takeFragment();
    return fragment === null ? null : decodeViewState(fragment);
  }

  /** The remembered fragment (a long or a short link) if it is recent, forgetting it either way. */
  takeFragment(): string | null {
    const stored = this.storage.getItem(STORAGE_KEY);
    if (stored === null) return null;
    this.storage.removeItem(STORAGE_KEY);
    try {
      const { fragment, at } = JSON.parse(stored) as { fragment?: unknown; at?: unknown };
      if (typeof fragment !== 'string' || typeof at !== 'number') return null;
      const age = this.now() - at;
      return age >= 0 && age <= PENDING_VIEW_TTL_MS ? fragment : null;
    } catch {
      return null;
    }
  }
}
