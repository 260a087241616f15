/**
 * The countries of the basemap in model coordinates: Natural Earth outlines (the npm package
 * world-atlas, TopoJSON) decoded with topojson-client and projected exactly as the geographic
 * layout projects places (geographic-positions.ts `project`), so a place's node sits on its
 * country at any pan and zoom. Each country has an anchor for its name, in the widest part of its
 * largest piece of land, and the width of land there (the room its name has). Antarctica is
 * left out: nobody is smuggled there, and it cannot be drawn on this projection without a seam. Pure.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { project, type Position } from './geographic-positions.ts';

export const BASEMAP_STYLE = {
  land: '#f7f4ea',
  border: '#b8b09a',
  name: '#7d735d',
  /** The side strip's band and its headings. */
  strip: '#ffffff',
  stripBorder: '#c9d6de',
  heading: '#3d5566',
} as const;

/** A ring of a polygon, projected: closed (the first point repeats at the end). */
export type Ring = Position[];

export interface Country {
  name: string;
  /** Polygons, each an outer ring then its holes. */
  polygons: Ring[][];
  /** Where the name goes, and the width of land on either side of it (model px). */
  anchor: Position;
  room: number;
  /** Further places for the name, best first (the anchor is the first). */
  spots: NameSpot[];
  /** Planar area of the largest polygon (model px²): bigger countries' names are placed first. */
  area: number;
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]!.x * ring[i]!.y - ring[i]!.x * ring[i - 1]!.y;
  return Math.abs(sum) / 2;
}

function polygonArea(polygon: Ring[]): number {
  return polygon.reduce((s, ring, i) => s + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0);
}

/** Where a horizontal line at y crosses the polygon's rings, sorted west to east (even-odd pairs are inside). */
function crossings(polygon: Ring[], y: number): number[] {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1]!;
      const b = ring[i]!;
      if (a.y <= y === b.y <= y) continue;
      xs.push(a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x));
    }
  }
  return xs.sort((p, q) => p - q);
}

/** Whether a point (model coordinates) is on the country's land (even-odd over its rings). */
export function containsPoint(country: Country, p: Position): boolean {
  return country.polygons.some((polygon) => {
    const xs = crossings(polygon, p.y);
    let inside = false;
    for (const x of xs) if (x < p.x) inside = !inside;
    return inside;
  });
}

/** Scanlines tried across a polygon's height for its name. */
const SCANLINES = 24;

export interface NameSpot {
  at: Position;
  /** Width of land there (model px). */
  room: number;
}

/**
 * Spots well inside the polygon for its name, best first, with the room around each: the middle
 * of each stretch of land on a few horizontal lines across it, wide stretches near the middle
 * first (names read horizontally, so width is what they need). Always inside, unlike a centroid
 * (Croatia, Norway). Further spots are where the name goes when a node covers the first.
 */
export function nameSpots(polygon: Ring[]): NameSpot[] {
  const outer = polygon[0] ?? [];
  const ys = outer.map((p) => p.y);
  const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
  const spots: (NameSpot & { score: number })[] = [];
  for (let i = 1; i < SCANLINES; i++) {
    const t = i / SCANLINES;
    const y = top + t * (bottom - top);
    const xs = crossings(polygon, y);
    for (let j = 0; j + 1 < xs.length; j += 2) {
      const width = xs[j + 1]! - xs[j]!;
      // Up to a third less for a line at the edge than for one through the middle.
      spots.push({ at: { x: (xs[j]! + xs[j + 1]!) / 2, y }, room: width, score: width * (1 - 0.66 * Math.abs(t - 0.5)) });
    }
  }
  spots.sort((a, b) => b.score - a.score);
  return spots.length ? spots.map(({ at, room }) => ({ at, room })) : [{ at: outer[0] ?? { x: 0, y: 0 }, room: 0 }];
}

/** The best spot of nameSpots: where the name goes when nothing covers it. */
export function nameAnchor(polygon: Ring[]): { anchor: Position; room: number } {
  const [best] = nameSpots(polygon);
  return { anchor: best!.at, room: best!.room };
}

/**
 * A ring that crosses the antimeridian (Chukotka, Fiji) jumps from +180° to -180°: drawn as it is,
 * that edge would cross the whole map. Its western part is moved past 180° east instead.
 */
function unwrap(ring: [number, number][]): [number, number][] {
  const crosses = ring.some(([lng], i) => i > 0 && Math.abs(lng - ring[i - 1]![0]) > 180);
  return crosses ? ring.map(([lng, lat]) => [lng < 0 ? lng + 360 : lng, lat]) : ring;
}

function polygonsOf(geometry: Polygon | MultiPolygon): [number, number][][][] {
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as [number, number][][][];
}

/** Every country of a world-atlas topology ("countries" object), projected, with its name's anchor. */
export function countriesOf(topology: Topology): Country[] {
  const collection = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
  const countries: Country[] = [];
  for (const f of collection.features as Feature<Polygon | MultiPolygon | null, { name: string }>[]) {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    if (f.properties.name === 'Antarctica') continue;
    const polygons = polygonsOf(f.geometry).map((polygon) => polygon.map((ring) => unwrap(ring).map(([lng, lat]) => project(lat, lng))));
    const largest = polygons.reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a));
    const spots = nameSpots(largest);
    countries.push({ name: f.properties.name, polygons, anchor: spots[0]!.at, room: spots[0]!.room, spots, area: polygonArea(largest) });
  }
  return countries.sort((a, b) => b.area - a.area);
}

/** An SVG path (model coordinates) of a country's outline, holes included (even-odd). */
export function countryPath(country: Country): string {
  return country.polygons
    .flatMap((polygon) => polygon.map((ring) => `M${ring.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('L')}Z`))
    .join('');
}
