/**
 * Which node labels the canvas draws, and how large, so that every label drawn can be read and
 * none covers another. Pure: the label layer (client/app/label-layer.ts) measures the nodes on
 * screen and applies the answer.
 *
 * Labels are placed greedily in order of priority (the selection, then the most connected
 * nodes): a label is drawn when its box on screen does not overlap a label already placed. So
 * when names would collide, the hubs and the selection keep theirs. Each drawn label is at least
 * READABLE_PX on screen: when zoomed out its font grows (in steps, so small zoom changes do not
 * restyle anything) and shrinks back to the stylesheet's size once that is large enough.
 */

/** Smallest on-screen font size of a drawn node label. */
export const READABLE_PX = 11.5;
/** On-screen font size of the selected and the hovered node's labels. */
export const EMPHASIS_PX = 13;
/** Edge labels are drawn from this on-screen size on (zoomed in), or for what the pointer is on. */
export const EDGE_LABEL_MIN_PX = 9;
/** Steps of the font scale: 2^(1/4), about 19 % each. */
const STEPS_PER_DOUBLING = 4;
/** Beyond this the labels stop growing (zoomed far out only a handful could be placed anyway). */
const MAX_SCALE = 16;
/** Labels placed at most, whatever the room: a canvas of thousands stays quick to draw. */
export const MAX_LABELS = 150;

/**
 * The factor by which a label's stylesheet font size (in model units) is multiplied so that, at
 * this zoom, it is at least `targetPx` on screen: 1 when it already is, else the next step up.
 */
export function labelScale(zoom: number, fontSize: number, targetPx: number): number {
  const needed = targetPx / (fontSize * zoom);
  if (needed <= 1) return 1;
  const steps = Math.ceil(Math.log2(needed) * STEPS_PER_DOUBLING - 1e-9);
  return Math.min(MAX_SCALE, 2 ** (steps / STEPS_PER_DOUBLING));
}

export interface LabelCandidate {
  id: string;
  /** Centre of the node on screen (px). */
  x: number;
  y: number;
  /** Rendered height of the node (px); the label sits below it. */
  nodeHeight: number;
  /** Width and height of the label (model units) drawn at this font size, as laid out (wrapped lines included). */
  size: (fontSize: number) => { width: number; height: number };
  degree: number;
  selected: boolean;
}

export interface PlacementOptions {
  zoom: number;
  /** Stylesheet values, in model units. */
  fontSize: number;
  marginY: number;
  /** The visible area (px). */
  width: number;
  height: number;
}

export interface PlacedLabel {
  /** Factor on the stylesheet's font size (and the width, margin and outline that go with it). */
  scale: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Gap kept between two labels (px): outlines, and a measure a little off from the browser's. */
const GAP = 4;
const CELL = 96;

/** Priority order: selected first, then by degree (most connected first), then by id for stability. */
export function byPriority(a: LabelCandidate, b: LabelCandidate): number {
  return Number(b.selected) - Number(a.selected) || b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The labels to draw, by node id; nodes absent from the answer draw none. */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): Map<string, PlacedLabel> {
  const { zoom, fontSize, marginY, width, height } = options;
  const placed = new Map<string, PlacedLabel>();
  const grid = new Map<string, Box[]>();
  const cells = (box: Box) => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx++)
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy++) keys.push(`${cx},${cy}`);
    return keys;
  };
  const free = (box: Box) =>
    cells(box).every((key) => (grid.get(key) ?? []).every((b) => box.x2 + GAP <= b.x1 || b.x2 + GAP <= box.x1 || box.y2 + GAP <= b.y1 || b.y2 + GAP <= box.y1));

  for (const c of [...candidates].sort(byPriority)) {
    if (placed.size >= MAX_LABELS && !c.selected) break;
    const scale = labelScale(zoom, fontSize, c.selected ? EMPHASIS_PX : READABLE_PX);
    const size = c.size(fontSize * scale);
    const w = size.width * zoom;
    const h = size.height * zoom;
    const top = c.y + c.nodeHeight / 2 + marginY * scale * zoom;
    const box = { x1: c.x - w / 2, y1: top, x2: c.x + w / 2, y2: top + h };
    // Off screen: nothing to read there (placed again when the view moves).
    const onScreen = box.x2 >= 0 && box.x1 <= width && box.y2 >= 0 && c.y - c.nodeHeight / 2 <= height;
    if (!c.selected && (!onScreen || !free(box))) continue;
    placed.set(c.id, { scale });
    for (const key of cells(box)) grid.set(key, [...(grid.get(key) ?? []), box]);
  }
  return placed;
}
