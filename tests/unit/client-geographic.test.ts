import { describe, expect, it } from 'vitest';
import { dateInterval, overlaps } from '../../client/graph/dates.ts';
import { geographicLayout, PIXELS_PER_DEGREE, project, type GeoNode } from '../../client/graph/geographic-positions.ts';
import { routeLegs } from '../../client/graph/route-legs.ts';
import { nearestInDirection } from '../../client/graph/spatial-navigation.ts';

const place = (id: string, latitude: number, longitude: number): GeoNode => ({ id, kind: 'Location', label: id, latitude, longitude });
const thing = (id: string, kind = 'Route'): GeoNode => ({ id, kind, label: id, latitude: null, longitude: null });

describe('geographic layout', () => {
  it('projects like a map: north up, east right, at a fixed scale', () => {
    const libya = project(32.9, 13.2);
    const italy = project(41.9, 12.5);
    const greece = project(38.0, 23.7);
    expect(libya.y).toBeGreaterThan(italy.y);
    expect(greece.x).toBeGreaterThan(italy.x);
    expect(italy).toEqual({ x: 12.5 * PIXELS_PER_DEGREE, y: -41.9 * PIXELS_PER_DEGREE });
  });

  it('places locations by coordinates and everything without coordinates in the side strip, east of the map', () => {
    const nodes = [place('loc-libya', 32.9, 13.2), place('loc-italy', 41.9, 12.5), thing('route-central-mediterranean'), thing('op-hydra', 'Operation'), thing('crime-drugs', 'CrimeType')];
    const { positions: at, strip } = geographicLayout(nodes, ['Operation', 'Route', 'Location', 'CrimeType']);
    expect(at.get('loc-libya')).toEqual(project(32.9, 13.2));
    expect(at.get('loc-italy')).toEqual(project(41.9, 12.5));
    const east = Math.max(project(32.9, 13.2).x, project(41.9, 12.5).x);
    for (const id of ['route-central-mediterranean', 'op-hydra', 'crime-drugs']) expect(at.get(id)!.x, id).toBeGreaterThan(east + 100);
    // One column per kind, in the order given (the model's).
    expect(strip!.groups.map((g) => g.kind)).toEqual(['Operation', 'Route', 'CrimeType']);
    expect(at.get('op-hydra')!.x).toBeLessThan(at.get('route-central-mediterranean')!.x);
    expect(at.get('route-central-mediterranean')!.x).toBeLessThan(at.get('crime-drugs')!.x);
  });

  it('has no strip when everything is a place', () => {
    expect(geographicLayout([place('loc-a', 50, 9)]).strip).toBeNull();
  });

  it('never stacks nodes in the strip, however many of one kind', () => {
    const nodes = [place('loc-eu', 50, 9), ...Array.from({ length: 30 }, (_, i) => thing(`crime-${i}`, 'CrimeType'))];
    const points = [...geographicLayout(nodes).positions.values()];
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(50);
      }
    }
  });
});

describe('route legs', () => {
  it('turn the stages of a route into a path: departures → transits in order → arrivals', () => {
    const stages = [
      { source: 'r', target: 'loc-libya', type: 'DEPARTS_FROM', order: 1 },
      { source: 'r', target: 'loc-egypt', type: 'DEPARTS_FROM', order: 2 },
      { source: 'r', target: 'loc-lampedusa', type: 'PASSES_THROUGH', order: 4 },
      { source: 'r', target: 'loc-med', type: 'PASSES_THROUGH', order: 3 },
      { source: 'r', target: 'loc-italy', type: 'ARRIVES_IN', order: 5 },
      { source: 'other', target: 'loc-spain', type: 'ARRIVES_IN', order: 1 },
    ];
    expect(routeLegs('r', stages).map((l) => `${l.source}>${l.target}`)).toEqual([
      'loc-libya>loc-med',
      'loc-egypt>loc-med',
      'loc-med>loc-lampedusa',
      'loc-lampedusa>loc-italy',
    ]);
  });

  it('link departures straight to arrivals when there is no transit, and skip a place that is both', () => {
    const stages = [
      { source: 'r', target: 'loc-turkey', type: 'DEPARTS_FROM', order: 1 },
      { source: 'r', target: 'loc-greece', type: 'DEPARTS_FROM', order: 2 },
      { source: 'r', target: 'loc-greece', type: 'ARRIVES_IN', order: 3 },
    ];
    expect(routeLegs('r', stages).map((l) => `${l.source}>${l.target}`)).toEqual(['loc-turkey>loc-greece']);
  });

  it('treat transits that share an order as alternatives, side by side', () => {
    const stages = [
      { source: 'r', target: 'loc-red-sea', type: 'PASSES_THROUGH', order: 1 },
      { source: 'r', target: 'loc-gulf-of-aden', type: 'PASSES_THROUGH', order: 1 },
      { source: 'r', target: 'loc-yemen', type: 'PASSES_THROUGH', order: 2 },
      { source: 'r', target: 'loc-somalia', type: 'DEPARTS_FROM', order: null },
    ];
    expect(routeLegs('r', stages).map((l) => `${l.source}>${l.target}`).sort()).toEqual([
      'loc-gulf-of-aden>loc-yemen',
      'loc-red-sea>loc-yemen',
      'loc-somalia>loc-gulf-of-aden',
      'loc-somalia>loc-red-sea',
    ]);
  });
});

describe('dates and keyboard navigation', () => {
  it('reads a year, a month or a day as the interval it covers', () => {
    expect(dateInterval('2015')).toEqual({ start: Date.UTC(2015, 0, 1), end: Date.UTC(2016, 0, 1) - 1 });
    expect(dateInterval('2015-02')!.end).toBe(Date.UTC(2015, 2, 1) - 1);
    expect(dateInterval('2015-02-28')!.start).toBe(Date.UTC(2015, 1, 28));
    expect(dateInterval('sometime')).toBeNull();
    expect(overlaps('2015', { from: '2015-06-01', to: '2015-08-31' })).toBe(true);
    expect(overlaps('2014-12-31', { from: '2015-01-01', to: '2015-12-31' })).toBe(false);
    expect(overlaps(null, { from: '2015-01-01', to: '2015-12-31' })).toBe(true);
  });

  it('moves to the nearest node in the direction of the arrow', () => {
    const candidates = [
      { id: 'right-far', position: { x: 300, y: 0 } },
      { id: 'right-near-but-off', position: { x: 100, y: 90 } },
      { id: 'right-near', position: { x: 120, y: 10 } },
      { id: 'up', position: { x: 0, y: -50 } },
    ];
    expect(nearestInDirection({ x: 0, y: 0 }, candidates, 'right')).toBe('right-near');
    expect(nearestInDirection({ x: 0, y: 0 }, candidates, 'up')).toBe('up');
    expect(nearestInDirection({ x: 0, y: 0 }, candidates, 'left')).toBeUndefined();
  });
});
