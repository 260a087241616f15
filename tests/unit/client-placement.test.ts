import { describe, expect, it } from 'vitest';
import type { Position } from '../../client/graph/geographic-positions.ts';
import { placeNewNodes, type PlacementInput } from '../../client/graph/placement.ts';

/** The room a node keeps to itself (client/graph/geographic-positions.ts, CLEARANCE). */
const clear = (a: Position, b: Position) => ((a.x - b.x) / 84) ** 2 + ((a.y - b.y) / 58) ** 2 >= 1;
const distance = (a: Position, b: Position) => Math.hypot(a.x - b.x, a.y - b.y);

/** A drawn cluster: a hub at the origin with ten neighbours on its left, and one node right of it. */
function drawn(): Map<string, Position> {
  const fixed = new Map<string, Position>([['hub', { x: 0, y: 0 }], ['edge-node', { x: 200, y: 0 }]]);
  for (let i = 0; i < 10; i++) fixed.set(`left-${i}`, { x: -150 - 40 * (i % 3), y: -200 + 45 * i });
  return fixed;
}

const input = (over: Partial<PlacementInput>): PlacementInput => ({ fixed: drawn(), fresh: [], edges: [], origin: { x: 0, y: 0 }, ...over });

function allClear(fixed: Map<string, Position>, placed: Position[]): void {
  const everything = [...fixed.values(), ...placed];
  for (const [i, p] of placed.entries()) {
    for (const q of everything) if (q !== p) expect(clear(p, q), `placed node ${i} at ${p.x},${p.y} clears ${q.x},${q.y}`).toBe(true);
  }
}

describe('placing new nodes without moving drawn ones', () => {
  it('puts an expansion around the expanded node, clear of every node, on its open side', () => {
    const fresh = Array.from({ length: 25 }, (_, i) => ({ id: `new-${i}` }));
    const result = placeNewNodes(input({ fresh, edges: fresh.map((f) => ({ source: 'edge-node', target: f.id })), anchorId: 'edge-node' }));
    expect([...result.keys()].sort()).toEqual(fresh.map((f) => f.id).sort());
    const spots = [...result.values()].map((r) => r.position);
    allClear(drawn(), spots);
    const anchor = { x: 200, y: 0 };
    for (const r of result.values()) {
      expect(r.from).toEqual(anchor);
      expect(distance(r.position, anchor)).toBeLessThan(450);
      expect(Number.isInteger(r.position.x) && Number.isInteger(r.position.y)).toBe(true);
    }
    // The hub and its crowd are to the left: most new nodes go right of the expanded node.
    expect(spots.filter((p) => p.x > anchor.x).length).toBeGreaterThan(spots.length / 2);
  });

  it('puts a search result beside the drawn nodes it links to', () => {
    const result = placeNewNodes(input({ fresh: [{ id: 'found' }], edges: [{ source: 'found', target: 'hub' }, { source: 'edge-node', target: 'found' }] }));
    const spot = result.get('found')!.position;
    expect(result.get('found')!.from).toEqual({ x: 100, y: 0 });
    expect(distance(spot, { x: 100, y: 0 })).toBeLessThan(250);
    allClear(drawn(), [spot]);
  });

  it('places a path breadth first from its drawn end, and what links to nothing right of the drawing', () => {
    const result = placeNewNodes(
      input({
        fresh: [{ id: 'c' }, { id: 'b' }, { id: 'a' }, { id: 'alone' }],
        edges: [{ source: 'edge-node', target: 'a' }, { source: 'a', target: 'b' }, { source: 'b', target: 'c' }],
      }),
    );
    const [a, b, c] = ['a', 'b', 'c'].map((id) => result.get(id)!);
    expect(a!.from).toEqual({ x: 200, y: 0 });
    expect(b!.from).toEqual(a!.position);
    expect(c!.from).toEqual(b!.position);
    const alone = result.get('alone')!.position;
    const rightmost = Math.max(...[...drawn().values(), a!.position, b!.position, c!.position].map((p) => p.x));
    expect(alone.x).toBeGreaterThan(rightmost);
    allClear(drawn(), [...result.values()].map((r) => r.position));
  });

  it('keeps spots decided elsewhere (a place on the map), starts an empty canvas at the origin, and is deterministic', () => {
    const located = placeNewNodes(input({ fresh: [{ id: 'rome', at: { x: 272.8, y: -920.4 } }] }));
    expect(located.get('rome')!.position).toEqual({ x: 272.8, y: -920.4 });
    const empty = placeNewNodes({ fixed: new Map(), fresh: [{ id: 'x' }, { id: 'y' }], edges: [{ source: 'x', target: 'y' }], origin: { x: 50, y: 60 } });
    expect(empty.get('x')!.position).toEqual({ x: 50, y: 60 });
    expect(distance(empty.get('y')!.position, { x: 50, y: 60 })).toBeLessThan(200);
    const fresh = Array.from({ length: 8 }, (_, i) => ({ id: `n${i}` }));
    const again = () => [...placeNewNodes(input({ fresh, edges: fresh.map((f) => ({ source: 'hub', target: f.id })), anchorId: 'hub' }))];
    expect(again()).toEqual(again());
  });
});
