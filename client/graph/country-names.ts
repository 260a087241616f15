/**
 * Which country names the basemap shows at this pan and zoom, and where: a name is drawn when it
 * fits across its country's land, does not cover another name, and does not cover a node or its
 * label (the graph is what the analyst reads; the map is its background). Bigger countries are
 * placed first; a name that meets a node at its anchor tries a little above or below it. Pure.
 */
import { containsPoint, type Country } from './basemap-countries.ts';
import type { Position } from './geographic-positions.ts';
import type { Box } from './side-strip.ts';

/** On-screen size of a country name. */
export const COUNTRY_NAME_PX = 11;
/** A name may run this much past its country's land (coasts are rarely straight). */
const OVERHANG = 1.2;
/** Gap kept around a name (px). */
const GAP = 4;
/** Other spots of a country tried after the shifts around its anchor. */
const MAX_SPOTS = 12;
/** Shifts tried when the anchor is covered: vertical in line heights, horizontal in name widths. */
const SHIFTS: readonly (readonly [number, number])[] = [
  [0, 0], [0, -1.3], [0, 1.3], [0, -2.6], [0, 2.6], [-0.6, 0], [0.6, 0],
  [-0.6, -1.3], [0.6, -1.3], [-0.6, 1.3], [0.6, 1.3], [0, -3.9], [0, 3.9],
];

export interface PlacedName {
  name: string;
  /** Centre of the text on screen (px). */
  x: number;
  y: number;
}

export interface NamePlacementInput {
  countries: readonly Country[];
  toScreen: (p: Position) => Position;
  fromScreen: (p: Position) => Position;
  zoom: number;
  /** Size of the names on screen (px); COUNTRY_NAME_PX unless drawn at another resolution. */
  fontPx?: number;
  /** Width of a name on screen at COUNTRY_NAME_PX (px). */
  measure: (text: string) => number;
  /** What names keep clear of: nodes and their labels, the side strip (screen px). */
  obstacles: readonly Box[];
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;

/** Boxes in a grid of cells, so a name is checked against what is near it only (hundreds of nodes, every frame). */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  private static readonly CELL = 64;

  private keys(box: Box): string[] {
    const c = BoxGrid.CELL;
    const keys: string[] = [];
    for (let x = Math.floor((box.x1 - GAP) / c); x <= Math.floor((box.x2 + GAP) / c); x++)
      for (let y = Math.floor((box.y1 - GAP) / c); y <= Math.floor((box.y2 + GAP) / c); y++) keys.push(`${x},${y}`);
    return keys;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  hits(box: Box): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((b) => overlaps(box, b)) ?? false);
  }
}

export function placeCountryNames(input: NamePlacementInput): PlacedName[] {
  const { zoom, width, height } = input;
  const size = input.fontPx ?? COUNTRY_NAME_PX;
  const placed: PlacedName[] = [];
  const taken = new BoxGrid();
  // Only what is on screen can meet a name; a box as large as the screen is kept whole (the strip).
  for (const b of input.obstacles) if (b.x2 >= 0 && b.x1 <= width && b.y2 >= 0 && b.y1 <= height) taken.add({ x1: Math.max(b.x1, -GAP), y1: Math.max(b.y1, -GAP), x2: Math.min(b.x2, width + GAP), y2: Math.min(b.y2, height + GAP) });
  const fits = (text: number, room: number) => text <= room * zoom * OVERHANG;
  for (const country of input.countries) {
    const w = input.measure(country.name);
    if (!fits(w, country.room)) continue;
    const anchor = input.toScreen(country.anchor);
    if (anchor.x < -w || anchor.x > width + w || anchor.y < -size || anchor.y > height + size) continue;
    // The anchor and shifts around it first, then the country's other roomy spots.
    const candidates = [
      ...SHIFTS.map(([dx, dy]) => ({ x: anchor.x + dx * w, y: anchor.y + dy * size, shifted: dx !== 0 || dy !== 0 })),
      ...country.spots.slice(1, MAX_SPOTS).filter((s) => fits(w, s.room)).map((s) => ({ ...input.toScreen(s.at), shifted: false })),
    ];
    for (const { x, y, shifted } of candidates) {
      const box = { x1: x - w / 2, y1: y - size / 2, x2: x + w / 2, y2: y + size / 2 };
      if (taken.hits(box)) continue;
      // Moved off its anchor, a name still stands on its own land.
      if (shifted && !containsPoint(country, input.fromScreen({ x, y }))) continue;
      placed.push({ name: country.name, x, y });
      taken.add(box);
      break;
    }
  }
  return placed;
}
