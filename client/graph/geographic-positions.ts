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
/** Spacing of the spiral of nodes placed around one spot (about the width of a label). */
const SATELLITE_SPACING = 42;
/** Spacing of the band of nodes that have no located neighbour. */
const BAND_SPACING = 120;
const BAND_GAP = 160;

export function project(latitude: number, longitude: number): Position {
  return { x: longitude * PIXELS_PER_DEGREE, y: -latitude * PIXELS_PER_DEGREE };
}

const located = (n: GeoNode): n is GeoNode & { latitude: number; longitude: number } =>
  typeof n.latitude === 'number' && typeof n.longitude === 'number';

/**
 * A sunflower (golden-angle) spiral around the spot: each node gets the same area however many
 * share the spot, so satellites never land on top of each other.
 */
function satellite(anchor: Position, index: number): Position {
  const angle = index * 2.399963 + Math.PI / 2;
  const radius = SATELLITE_SPACING * Math.sqrt(index + 1.5);
  return { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
}

export function geographicPositions(nodes: GeoNode[], edges: GeoEdge[]): Map<string, Position> {
  const positions = new Map<string, Position>();
  for (const n of nodes) if (located(n)) positions.set(n.id, project(n.latitude, n.longitude));

  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }

  // Two rounds: first what links to a place, then what links to those (an operation on a route).
  const sorted = [...nodes].sort((a, b) => a.id.localeCompare(b.id));
  const satellitesAt = new Map<string, number>();
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
      const key = `${Math.round(centre.x / 10)}:${Math.round(centre.y / 10)}`;
      const index = satellitesAt.get(key) ?? 0;
      satellitesAt.set(key, index + 1);
      positions.set(n.id, satellite(centre, index));
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
