import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { containsPoint, countriesOf, countryPath, nameAnchor, type Country } from '../../client/graph/basemap-countries.ts';
import { placeCountryNames } from '../../client/graph/country-names.ts';
import { PIXELS_PER_DEGREE } from '../../client/graph/geographic-positions.ts';
import { COLUMN_SPACING, inferSideStrip, ROW_SPACING, sideStrip, stripBox, stripSlot } from '../../client/graph/side-strip.ts';

const countries = countriesOf(world as unknown as Topology);
const byName = (name: string) => countries.find((c) => c.name === name)!;
/** Longitude and latitude of a model point (the inverse of project). */
const lngLat = (p: { x: number; y: number }) => ({ lng: p.x / PIXELS_PER_DEGREE, lat: -p.y / PIXELS_PER_DEGREE });

describe('basemap countries', () => {
  it('decodes every country of world-atlas with its English name', () => {
    expect(countries.length).toBeGreaterThan(150);
    for (const name of ['Italy', 'Libya', 'Greece', 'Turkey', 'Egypt']) expect(byName(name), name).toBeDefined();
    expect(countryPath(byName('Italy'))).toMatch(/^M[-\d.]+,[-\d.]+L/);
  });

  it('has no outline edge across the whole map (rings crossing the antimeridian are unwrapped)', () => {
    for (const c of countries)
      for (const polygon of c.polygons)
        for (const ring of polygon) for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i]!.x - ring[i - 1]!.x), c.name).toBeLessThan(90 * PIXELS_PER_DEGREE);
    expect(byName('Antarctica')).toBeUndefined();
  });

  it('anchors names inside their country, projected as the layout projects places', () => {
    // Boxes of longitude and latitude each country's land lies in.
    const boxes: Record<string, [number, number, number, number]> = {
      Italy: [6.6, 18.6, 36.6, 47.1],
      Libya: [9.3, 25.2, 19.5, 33.2],
      Greece: [19.3, 28.3, 34.8, 41.8],
      Turkey: [25.6, 44.8, 35.8, 42.2],
      Norway: [4.5, 31.2, 57.9, 71.2],
    };
    for (const [name, [west, east, south, north]] of Object.entries(boxes)) {
      const { lng, lat } = lngLat(byName(name).anchor);
      expect(lng, `${name} longitude`).toBeGreaterThan(west);
      expect(lng, `${name} longitude`).toBeLessThan(east);
      expect(lat, `${name} latitude`).toBeGreaterThan(south);
      expect(lat, `${name} latitude`).toBeLessThan(north);
    }
    expect(byName('Libya').room).toBeGreaterThan(byName('Greece').room);
  });

  it('tells land from sea: Tripoli is in Libya, the Ionian Sea in no country', () => {
    const at = (lat: number, lng: number) => ({ x: lng * PIXELS_PER_DEGREE, y: -lat * PIXELS_PER_DEGREE });
    expect(containsPoint(byName('Libya'), at(32.6, 13.4))).toBe(true);
    expect(containsPoint(byName('Italy'), at(32.6, 13.4))).toBe(false);
    expect(countries.some((c) => containsPoint(c, at(37, 18.5)))).toBe(false);
  });

  it('puts the anchor of a concave shape on its land, not in the gap a centroid falls into', () => {
    // A "C": the centroid (about x = 4) lies in the open middle.
    const c = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 2 }, { x: 2, y: 2 }, { x: 2, y: 8 }, { x: 10, y: 8 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }];
    const { anchor, room } = nameAnchor([c]);
    const onLand = anchor.x <= 2 || anchor.y <= 2 || anchor.y >= 8;
    expect(onLand, `${anchor.x},${anchor.y}`).toBe(true);
    expect(room).toBeGreaterThan(1);
  });
});

describe('country names', () => {
  const square = (name: string, x: number, size: number): Country => ({
    name,
    polygons: [[[{ x, y: 0 }, { x: x + size, y: 0 }, { x: x + size, y: size }, { x, y: size }, { x, y: 0 }]]],
    anchor: { x: x + size / 2, y: size / 2 },
    room: size,
    spots: [{ at: { x: x + size / 2, y: size / 2 }, room: size }],
    area: size * size,
  });
  const base = { toScreen: (p: { x: number; y: number }) => p, fromScreen: (p: { x: number; y: number }) => p, zoom: 1, measure: (t: string) => t.length * 6, obstacles: [], width: 1000, height: 1000 };

  it('shows a name only where it fits across its land', () => {
    const names = placeCountryNames({ ...base, countries: [square('Wideland', 0, 200), square('Tiny', 300, 10)] }).map((n) => n.name);
    expect(names).toEqual(['Wideland']);
    // Zoomed in, the small one has room too.
    const zoomed = placeCountryNames({ ...base, zoom: 5, toScreen: (p) => ({ x: p.x * 5, y: p.y * 5 }), fromScreen: (p) => ({ x: p.x / 5, y: p.y / 5 }), width: 5000, height: 5000, countries: [square('Wideland', 0, 200), square('Tiny', 300, 10)] });
    expect(zoomed.map((n) => n.name)).toEqual(['Wideland', 'Tiny']);
  });

  it('moves a name off a node at its anchor, and drops it when there is nowhere to go', () => {
    const country = square('Centreland', 0, 200);
    const node = { x1: 60, y1: 90, x2: 140, y2: 110 };
    const [moved] = placeCountryNames({ ...base, countries: [country], obstacles: [node] });
    expect(moved).toBeDefined();
    expect(moved!.y < 90 - 5 || moved!.y > 110 + 5).toBe(true);
    expect(placeCountryNames({ ...base, countries: [country], obstacles: [{ x1: 0, y1: 0, x2: 200, y2: 200 }] })).toEqual([]);
  });

  it('never draws two names over each other', () => {
    const a = square('Aaaaaaaa', 0, 100);
    const b = { ...square('Bbbbbbbb', 10, 100), area: 1 };
    const placed = placeCountryNames({ ...base, countries: [a, b] });
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(Math.abs(placed[i]!.y - placed[j]!.y) >= 11 || Math.abs(placed[i]!.x - placed[j]!.x) >= 48).toBe(true);
  });
});

describe('side strip', () => {
  const map = { x1: 0, y1: -1000, x2: 800, y2: 0 };
  const things = (kind: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${kind}-${i}`, kind, label: `${kind} ${String(i).padStart(2, '0')}` }));

  it('stands east of the map, one group of columns per kind under its heading, never overlapping', () => {
    const { strip, positions } = sideStrip([...things('Organisation', 40), ...things('CrimeType', 3)], map, ['CrimeType', 'Organisation']);
    expect(strip.groups.map((g) => g.kind)).toEqual(['CrimeType', 'Organisation']);
    const organisations = strip.groups[1]!;
    expect(organisations.columns).toBeGreaterThan(1);
    const points = [...positions.values()];
    for (const p of points) {
      expect(p.x).toBeGreaterThan(map.x2);
      expect(p.y).toBeGreaterThanOrEqual(map.y1);
    }
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(Math.abs(points[i]!.x - points[j]!.x) >= COLUMN_SPACING - 1 || Math.abs(points[i]!.y - points[j]!.y) >= ROW_SPACING - 1).toBe(true);
    const box = stripBox(strip);
    for (const p of points) expect(p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2).toBe(true);
    // Sorted by label down the column.
    expect(positions.get('CrimeType-0')!.y).toBeLessThan(positions.get('CrimeType-1')!.y);
  });

  it('gives a new node the first free slot of its kind, or a new group at the end', () => {
    const { strip, positions } = sideStrip(things('CrimeType', 2), map, []);
    const taken = [...positions.values()];
    const next = stripSlot(strip, 'CrimeType', taken);
    expect(next.position.x).toBe(positions.get('CrimeType-0')!.x);
    expect(next.position.y).toBe(positions.get('CrimeType-1')!.y + ROW_SPACING);
    expect(next.strip).toBe(strip);
    const other = stripSlot(strip, 'Operation', taken);
    expect(other.position.x).toBeGreaterThan(positions.get('CrimeType-0')!.x);
    expect(other.strip.groups.map((g) => g.kind)).toEqual(['CrimeType', 'Operation']);
  });

  it('is read back from the positions of a reopened view, and not from a canvas laid out otherwise', () => {
    const nodes = [...things('Organisation', 40), ...things('CrimeType', 3)];
    const { strip, positions } = sideStrip(nodes, map, ['CrimeType', 'Organisation']);
    const drawn = [
      { kind: 'Location', located: true, x: 800, y: -500 },
      ...nodes.map((n) => ({ kind: n.kind, located: false, ...positions.get(n.id)! })),
    ];
    const read = inferSideStrip(drawn)!;
    expect(read.groups).toEqual(strip.groups);
    expect(read.x).toBe(strip.x);
    expect(inferSideStrip([{ kind: 'Location', located: true, x: 800, y: 0 }, { kind: 'CrimeType', located: false, x: 100, y: 0 }])).toBeNull();
  });
});
