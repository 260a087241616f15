/**
 * Positions for the geographic layout: locations by an equirectangular projection of their
 * longitude and latitude (x grows east, y grows south, as on a map), everything else next to
 * the located places it is linked to, and what has no located neighbour in a band under the map.
 * Pure: the same nodes and edges always give the same positions.
 */

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

export interface GeoEdge {
  source: string;
  target: string;
}

/** Scale of the projection: Europe and North Africa span roughly 1,000 px at zoom 1. */
export const PIXELS_PER_DEGREE = 22;
/** Spacing of the spiral of candidate spots around a node's anchor. */
const SATELLITE_SPACING = 42;
/**
 * Room a placed node keeps to itself: about its label's width across and its height down, so
 * names of nodes placed near the same places do not cover each other.
 */
const CLEARANCE = { x: 84, y: 58 };
/** Candidate spots tried around an anchor before settling for the last one. */
const MAX_CANDIDATES = 400;
/** Spacing of the band of nodes that have no located neighbour. */
const BAND_SPACING = 120;
const BAND_GAP = 160;

export function project(latitude: number, longitude: number): Position {
  return { x: longitude * PIXELS_PER_DEGREE, y: -latitude * PIXELS_PER_DEGREE };
}

const located = (n: GeoNode): n is GeoNode & { latitude: number; longitude: number } =>
  typeof n.latitude === 'number' && typeof n.longitude === 'number';

/**
 * A sunflower (golden-angle) spiral around the spot: candidates spread evenly, nearest first,
 * however many nodes end up around it.
 */
function satellite(anchor: Position, index: number): Position {
  const angle = index * 2.399963 + Math.PI / 2;
  const radius = SATELLITE_SPACING * Math.sqrt(index + 1.5);
  return { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
}

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

/** The first free spot on the spiral around the anchor (nodes near different anchors included). */
function freeSpotNear(anchor: Position, occupied: Occupied): Position {
  let spot = satellite(anchor, 0);
  for (let i = 0; i < MAX_CANDIDATES && !occupied.isFree(spot); i++) spot = satellite(anchor, i + 1);
  return spot;
}

export function geographicPositions(nodes: GeoNode[], edges: GeoEdge[]): Map<string, Position> {
  const positions = new Map<string, Position>();
  const occupied = new Occupied();
  for (const n of nodes) {
    if (!located(n)) continue;
    const p = project(n.latitude, n.longitude);
    positions.set(n.id, p);
    occupied.add(p);
  }

  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }

  // Two rounds: first what links to a place, then what links to those (an operation on a route).
  const sorted = [...nodes].sort((a, b) => a.id.localeCompare(b.id));
  for (let round = 0; round < 2; round++) {
    const placedBefore = new Map(positions);
    for (const n of sorted) {
      if (positions.has(n.id)) continue;
      const anchors = (neighbours.get(n.id) ?? []).map((id) => placedBefore.get(id)).filter((p): p is Position => !!p);
      if (anchors.length === 0) continue;
      const centre = {
        x: anchors.reduce((s, p) => s + p.x, 0) / anchors.length,
        y: anchors.reduce((s, p) => s + p.y, 0) / anchors.length,
      };
      const spot = freeSpotNear(centre, occupied);
      positions.set(n.id, spot);
      occupied.add(spot);
    }
  }
  const rest = sorted.filter((n) => !positions.has(n.id)).sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
  if (rest.length > 0) {
    const placed = [...positions.values()];
    const left = placed.length ? Math.min(...placed.map((p) => p.x)) : 0;
    const right = placed.length ? Math.max(...placed.map((p) => p.x)) : 0;
    const bottom = placed.length ? Math.max(...placed.map((p) => p.y)) + BAND_GAP : 0;
    const perRow = Math.max(4, Math.floor((right - left) / BAND_SPACING) + 1);
    rest.forEach((n, i) => {
      positions.set(n.id, { x: left + (i % perRow) * BAND_SPACING, y: bottom + Math.floor(i / perRow) * (BAND_SPACING * 0.7) });
    });
  }
  return positions;
}
