/**
 * Positions for the geographic layout: locations by an equirectangular projection of their
 * longitude and latitude (x grows east, y grows south, as on a map), and everything without
 * coordinates in a side strip beside the map (client/graph/side-strip.ts), so that nothing that is
 * not a place is drawn over one. Pure: the same nodes always give the same positions.
 */
import { mapBox, sideStrip, type SideStrip } from './side-strip.ts';

export interface Position {
  x: number;
  y: number;
}

export interface GeoNode {
  id: string;
  kind: string;
  label: string;
  latitude: number | null;
  longitude: number | null;
}

/** Scale of the projection: Europe and North Africa span roughly 1,000 px at zoom 1. */
export const PIXELS_PER_DEGREE = 22;
/**
 * Room a placed node keeps to itself: about its label's width across and its height down, so
 * names of nodes placed near the same places do not cover each other.
 */
const CLEARANCE = { x: 84, y: 58 };

export function project(latitude: number, longitude: number): Position {
  return { x: longitude * PIXELS_PER_DEGREE, y: -latitude * PIXELS_PER_DEGREE };
}

/** What the strip sits beside when nothing drawn has coordinates: Europe and the Mediterranean. */
const DEFAULT_MAP = { x1: project(60, -15).x, y1: project(60, -15).y, x2: project(25, 45).x, y2: project(25, 45).y };

const located = (n: GeoNode): n is GeoNode & { latitude: number; longitude: number } =>
  typeof n.latitude === 'number' && typeof n.longitude === 'number';

/** Placed nodes in a grid of clearance-sized cells, to find what is near a spot quickly. */
export class Occupied {
  private readonly cells = new Map<string, Position[]>();

  private key(cx: number, cy: number): string {
    return `${cx}:${cy}`;
  }

  add(p: Position): void {
    const k = this.key(Math.floor(p.x / CLEARANCE.x), Math.floor(p.y / CLEARANCE.y));
    const cell = this.cells.get(k);
    if (cell) cell.push(p);
    else this.cells.set(k, [p]);
  }

  /** True when no placed node is within the clearance ellipse around p. */
  isFree(p: Position): boolean {
    const cx = Math.floor(p.x / CLEARANCE.x);
    const cy = Math.floor(p.y / CLEARANCE.y);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) {
          if (((p.x - q.x) / CLEARANCE.x) ** 2 + ((p.y - q.y) / CLEARANCE.y) ** 2 < 1) return false;
        }
      }
    }
    return true;
  }
}

export interface GeographicLayout {
  positions: Map<string, Position>;
  /** The column band of what has no coordinates, beside the map (null when there is none). */
  strip: SideStrip | null;
}

/**
 * Places by their coordinates; everything else in the side strip beside them, grouped by kind in
 * the order of `kinds` (the domain model's).
 */
export function geographicLayout(nodes: readonly GeoNode[], kinds: readonly string[] = []): GeographicLayout {
  const positions = new Map<string, Position>();
  const rest: GeoNode[] = [];
  for (const n of nodes) {
    if (located(n)) positions.set(n.id, project(n.latitude, n.longitude));
    else rest.push(n);
  }
  if (rest.length === 0) return { positions, strip: null };
  const { strip, positions: inStrip } = sideStrip(rest, mapBox(positions.values(), DEFAULT_MAP), kinds);
  for (const [id, p] of inStrip) positions.set(id, p);
  return { positions, strip };
}
