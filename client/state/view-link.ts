/**
 * Short links to views stored on the server: "#v=<id>" (a 10-character id). Long links
 * ("#v=1&ids=…", view-state.ts) keep working: their `v` is the format version, never an id.
 */
import { VIEW_ID_PATTERN } from '../../server/modules/views/view-limits.ts';

/** The stored view's id in a fragment (with or without #), or null when it is not a short link. */
export function savedViewIdOf(fragment: string): string | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith('v=')) return null;
  const id = text.slice(2);
  return VIEW_ID_PATTERN.test(id) ? id : null;
}

export const savedViewFragment = (id: string): string => `#v=${id}`;

/** What the explorer says, in one sentence, when a short link's view is missing or not for this user. */
export const VIEW_REFUSED = 'This view does not exist or you may not open it.';
