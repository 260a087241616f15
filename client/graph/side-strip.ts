/**
 * The side strip of the geographic layout: what has no longitude and latitude (crime types,
 * organisations, operations, routes...) is not a place, so it is not drawn over one. It stands in
 * columns to the right of the map, one group of columns per kind under a heading, in rows spaced
 * for a node and its label. Pure: the same nodes and map always give the same strip.
 */
import type { Position } from './geographic-positions.ts';

/** Gap between the easternmost place and the strip. */
export const STRIP_GAP = 220;
/** Spacing of the columns (a label's wrap width and a margin) and of the rows. */
export const COLUMN_SPACING = 130;
export const ROW_SPACING = 60;
/** Room above a column's first node for its heading. */
export const HEADING_OFFSET = 70;
/** A column never holds fewer rows than this, however short the map. */
const MIN_ROWS = 8;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface StripColumn {
  kind: string;
  /** Where the kind's first column is, and how many columns it takes. */
  x: number;
  columns: number;
}

export interface SideStrip {
  /** Left edge of the strip and the y of its first row. */
  x: number;
  top: number;
  rows: number;
  groups: StripColumn[];
}

export interface StripNode {
  id: string;
  kind: string;
  label: string;
}

/** The bounding box of the located places, or `fallback` when there are none. */
export function mapBox(places: Iterable<Position>, fallback: Box): Box {
  let box: Box | undefined;
  for (const p of places) {
    box = box ? { x1: Math.min(box.x1, p.x), y1: Math.min(box.y1, p.y), x2: Math.max(box.x2, p.x), y2: Math.max(box.y2, p.y) } : { x1: p.x, y1: p.y, x2: p.x, y2: p.y };
  }
  return box ?? fallback;
}

/** The strip's area on the canvas (model coordinates), headings included. */
export function stripBox(strip: SideStrip): Box {
  const columns = strip.groups.reduce((s, g) => s + g.columns, 0);
  return {
    x1: strip.x - COLUMN_SPACING / 2,
    y1: strip.top - HEADING_OFFSET - 20,
    x2: strip.x + Math.max(columns, 1) * COLUMN_SPACING - COLUMN_SPACING / 2,
    y2: strip.top + (strip.rows - 1) * ROW_SPACING + ROW_SPACING / 2,
  };
}

/** Kinds in the given order (the model's), any other after them alphabetically. */
function kindOrder(kinds: readonly string[]): (a: string, b: string) => number {
  const rank = (k: string) => (kinds.includes(k) ? kinds.indexOf(k) : kinds.length);
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}

/**
 * Positions of the nodes in the strip beside the map, grouped by kind (in `kinds` order), each
 * group sorted by label and filled column by column, top to bottom.
 */
export function sideStrip(nodes: readonly StripNode[], map: Box, kinds: readonly string[] = []): { strip: SideStrip; positions: Map<string, Position> } {
  // The headings stand level with the northernmost place, so the strip stays within the map's height.
  const top = map.y1 + HEADING_OFFSET;
  const rows = Math.max(MIN_ROWS, Math.floor((map.y2 - top) / ROW_SPACING) + 1);
  const strip: SideStrip = { x: map.x2 + STRIP_GAP, top, rows, groups: [] };
  const positions = new Map<string, Position>();
  const byKind = new Map<string, StripNode[]>();
  for (const n of nodes) byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), n]);
  let column = 0;
  for (const kind of [...byKind.keys()].sort(kindOrder(kinds))) {
    const members = byKind.get(kind)!.sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
    const group = { kind, x: strip.x + column * COLUMN_SPACING, columns: Math.ceil(members.length / rows) };
    members.forEach((n, i) => positions.set(n.id, slotPosition(strip, group, i)));
    strip.groups.push(group);
    column += group.columns;
  }
  return { strip, positions };
}

function slotPosition(strip: SideStrip, group: StripColumn, index: number): Position {
  return { x: group.x + Math.floor(index / strip.rows) * COLUMN_SPACING, y: strip.top + (index % strip.rows) * ROW_SPACING };
}

/**
 * Where a node new to the canvas goes in the strip: the first free slot of its kind's columns
 * (a column added to the group when they are full), or a new group at the strip's right end (the same kind can so have two groups,
 * each under its heading).
 * Returns the strip as it is with that node (groups to the right shift when a group grows).
 */
export function stripSlot(strip: SideStrip, kind: string, taken: readonly Position[]): { position: Position; strip: SideStrip } {
  const isTaken = (p: Position) => taken.some((q) => Math.abs(q.x - p.x) < COLUMN_SPACING / 2 && Math.abs(q.y - p.y) < ROW_SPACING / 2);
  const groups = strip.groups.filter((g) => g.kind === kind);
  for (const group of groups) {
    for (let i = 0; i < group.columns * strip.rows; i++) {
      const p = slotPosition(strip, group, i);
      if (!isTaken(p)) return { position: p, strip };
    }
  }
  // A new column at the right end: nothing already drawn moves.
  const used = strip.groups.reduce((s, g) => s + g.columns, 0);
  const x = strip.x + used * COLUMN_SPACING;
  const next: SideStrip = { ...strip, groups: [...strip.groups.map((g) => ({ ...g }))] };
  const last = next.groups.at(-1);
  if (last?.kind === kind) last.columns += 1;
  else next.groups.push({ kind, x, columns: 1 });
  return { position: { x, y: strip.top }, strip: next };
}

/**
 * The strip read back from where its nodes stand (a view or link reopened with its positions, so
 * not laid out here): one group per run of columns of a kind, when everything without
 * coordinates stands east of every place in whole columns; null when it does not.
 */
export function inferSideStrip(nodes: readonly { kind: string; located: boolean; x: number; y: number }[]): SideStrip | null {
  const others = nodes.filter((n) => !n.located);
  if (others.length === 0) return null;
  const east = Math.max(...nodes.filter((n) => n.located).map((n) => n.x));
  if (others.some((n) => n.x <= east)) return null;
  const x = Math.min(...others.map((n) => n.x));
  const top = Math.min(...others.map((n) => n.y));
  const columns = new Map<number, string>();
  for (const n of others) {
    const column = (n.x - x) / COLUMN_SPACING;
    if (Math.abs(column - Math.round(column)) > 0.01) return null;
    const kind = columns.get(Math.round(column));
    if (kind !== undefined && kind !== n.kind) return null;
    columns.set(Math.round(column), n.kind);
  }
  const rows = Math.max(...others.map((n) => Math.round((n.y - top) / ROW_SPACING))) + 1;
  const groups: StripColumn[] = [];
  for (const column of [...columns.keys()].sort((a, b) => a - b)) {
    const last = groups.at(-1);
    const kind = columns.get(column)!;
    if (last && last.kind === kind && last.x + last.columns * COLUMN_SPACING === x + column * COLUMN_SPACING) last.columns++;
    else groups.push({ kind, x: x + column * COLUMN_SPACING, columns: 1 });
  }
  return { x, top, rows, groups };
}
