/**
 * What makes a view reproducible, and its encoding in the URL fragment. The fragment (after #)
 * is never sent to the server, so a canvas of hundreds of ids does not hit request-line limits,
 * and a shared link reopens the same view on any server that holds the same data.
 */
import { KINDS, RELATIONSHIPS, type Kind, type RelationshipType } from '../../server/domain/model.ts';
import type { Position } from '../graph/geographic-positions.ts';
import { DEFAULT_LAYOUT, isLayoutName, type LayoutName } from '../graph/layouts.ts';

export interface TimeRange {
  /** Inclusive bounds as ISO dates ("2014-01-01"). */
  from: string;
  to: string;
}

export interface ViewState {
  /** Every node on the canvas, hidden ones included. */
  ids: string[];
  layout: LayoutName;
  hiddenKinds: Kind[];
  hiddenTypes: RelationshipType[];
  /** Nodes the analyst hid (still on the canvas, not drawn). */
  hiddenIds: string[];
  pinnedIds: string[];
  timeRange: TimeRange | null;
  selectedId: string | null;
  /**
   * Where each node is drawn, so the view reopens as the analyst left it. Absent in links made
   * before positions were kept, or when a node has none: the view's layout then runs.
   */
  positions?: Record<string, Position>;
}

export const FORMAT_VERSION = '1';

export const emptyViewState = (): ViewState => ({
  ids: [],
  layout: DEFAULT_LAYOUT,
  hiddenKinds: [],
  hiddenTypes: [],
  hiddenIds: [],
  pinnedIds: [],
  timeRange: null,
  selectedId: null,
});

const list = (values: readonly string[]) => values.map(encodeURIComponent).join(',');
const unlist = (value: string | null) => (value ? value.split(',').filter(Boolean).map(decodeURIComponent) : []);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "v=1&ids=a,b&layout=geographic&hk=Figure&…&pos=…": empty parts are left out to keep links
 * short. Positions are an optional part of the same version: older links without them still open.
 */
export function encodeViewState(state: ViewState): string {
  const parts = [`v=${FORMAT_VERSION}`, `ids=${list(state.ids)}`, `layout=${state.layout}`];
  if (state.hiddenKinds.length) parts.push(`hk=${list(state.hiddenKinds)}`);
  if (state.hiddenTypes.length) parts.push(`ht=${list(state.hiddenTypes)}`);
  if (state.hiddenIds.length) parts.push(`hidden=${list(state.hiddenIds)}`);
  if (state.pinnedIds.length) parts.push(`pinned=${list(state.pinnedIds)}`);
  if (state.timeRange) parts.push(`from=${state.timeRange.from}`, `to=${state.timeRange.to}`);
  if (state.selectedId) parts.push(`sel=${encodeURIComponent(state.selectedId)}`);
  const positions = state.positions;
  if (positions && state.ids.length && state.ids.every((id) => positions[id])) {
    // In the order of ids, whole pixels: "pos=120_-45,88_310" (a few characters a node).
    parts.push(`pos=${state.ids.map((id) => `${Math.round(positions[id]!.x)}_${Math.round(positions[id]!.y)}`).join(',')}`);
  }
  return parts.join('&');
}

const COORDINATE = /^-?\d+(\.\d+)?$/;

/** Positions in the order of ids, or none at all when any is missing or malformed. */
function decodePositions(ids: readonly string[], value: string | undefined): Record<string, Position> | undefined {
  if (!value) return undefined;
  const pairs = value.split(',');
  if (pairs.length !== ids.length) return undefined;
  const positions: Record<string, Position> = {};
  for (const [i, pair] of pairs.entries()) {
    const [x, y, extra] = pair.split('_');
    if (extra !== undefined || !x || !y || !COORDINATE.test(x) || !COORDINATE.test(y)) return undefined;
    positions[ids[i]!] = { x: Number(x), y: Number(y) };
  }
  return positions;
}

/**
 * Reads a fragment back (with or without its leading #). Returns null when the fragment holds no
 * view; unknown kinds, types or layouts from an older or newer model are dropped, not fatal.
 */
export function decodeViewState(fragment: string): ViewState | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text) return null;
  const fields = new Map<string, string>();
  for (const part of text.split('&')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at), part.slice(at + 1));
  }
  if (fields.get('v') !== FORMAT_VERSION || !fields.has('ids')) return null;
  const ids = unlist(fields.get('ids') ?? null);
  const onCanvas = new Set(ids);
  const layout = fields.get('layout');
  const from = fields.get('from');
  const to = fields.get('to');
  const selected = fields.get('sel');
  const positions = decodePositions(ids, fields.get('pos'));
  return {
    ids,
    layout: isLayoutName(layout) ? layout : DEFAULT_LAYOUT,
    hiddenKinds: unlist(fields.get('hk') ?? null).filter((k): k is Kind => Object.hasOwn(KINDS, k)),
    hiddenTypes: unlist(fields.get('ht') ?? null).filter((t): t is RelationshipType => Object.hasOwn(RELATIONSHIPS, t)),
    hiddenIds: unlist(fields.get('hidden') ?? null).filter((id) => onCanvas.has(id)),
    pinnedIds: unlist(fields.get('pinned') ?? null).filter((id) => onCanvas.has(id)),
    timeRange: from && to && ISO_DATE.test(from) && ISO_DATE.test(to) && from <= to ? { from, to } : null,
    selectedId: selected && onCanvas.has(decodeURIComponent(selected)) ? decodeURIComponent(selected) : null,
    ...(positions ? { positions } : {}),
  };
}
