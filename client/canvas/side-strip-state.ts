/**
 * The side strip of the geographic layout as last laid out on a canvas: the map overlay draws its
 * band and headings from it, and nodes added on the map without coordinates take its free slots.
 * Kept beside the canvas rather than in the elements, so it never enters history, links or views.
 */
import type { SideStrip } from '../graph/side-strip.ts';

const strips = new WeakMap<object, SideStrip | null>();
const listeners = new WeakMap<object, Set<() => void>>();

export function sideStripOf(canvas: object): SideStrip | null {
  return strips.get(canvas) ?? null;
}

export function setSideStrip(canvas: object, strip: SideStrip | null): void {
  strips.set(canvas, strip);
  for (const listener of listeners.get(canvas) ?? []) listener();
}

export function onSideStrip(canvas: object, listener: () => void): void {
  const set = listeners.get(canvas) ?? new Set();
  set.add(listener);
  listeners.set(canvas, set);
}
