/**
 * Where nodes new to the canvas go, so that adding or expanding never moves what the analyst
 * has already looked at (the "mental map"). Drawn nodes stay exactly where they are; each new
 * node goes on rings around the node it came from (the node expanded, else the drawn nodes it
 * links to), on the first spot clear of every other node and its label, preferring the side
 * that faces away from the crowd around that node. Only an explicit re-layout moves everything.
 * Pure: the same input always gives the same positions.
 */
import { Occupied, type Position } from './geographic-positions.ts';

export interface PlacementInput {
  /** Nodes already on the canvas (hidden ones too): they do not move, and new nodes keep clear of them. */
  fixed: ReadonlyMap<string, Position>;
  /** New nodes, in the order they are placed. `at`: a spot decided elsewhere (a place on the map). */
  fresh: readonly { id: string; at?: Position }[];
  /** Edges among all of them; they say which drawn nodes a new node belongs next to. */
  edges: readonly { source: string; target: string }[];
  /** The node they came from (an expansion): they gather around it. */
  anchorId?: string;
  /** Where new nodes go on an empty canvas (the middle of the view). */
  origin: Position;
}

export interface Placement {
  /** Where the node goes, in whole model pixels. */
  position: Position;
  /** The point it was placed around (where an animation starts it from). */
  from: Position;
}

/** Radius of the first ring around the source, and the spacing of the rings after it. */
const FIRST_RING = 110;
const RING_STEP = 62;
const RINGS = 40;
/** Distance between neighbouring spots on a ring. */
const SLOT_SPACING = 70;
/** What a spot costs for facing the crowd: pixels of radius per radian turned from the open side. */
const TURN_COST = 60;
/** Drawn nodes within this distance of a source are its crowd, which new nodes face away from. */
const CROWD_RADIUS = 320;
/** Gap between the drawing and a new node linked to nothing on it. */
const SIDE_GAP = 150;

/** Rings generated at a time: most placements need only the first few. */
const RINGS_PER_BATCH = 4;

/**
 * The spots around a source, cheapest first (near it, and on its open side), generated a few
 * rings at a time. Spots passed over stay taken: the occupied area only grows during a placement.
 */
class Candidates {
  private readonly source: Position;
  private readonly away: number;
  private spots: Position[] = [];
  private next = 0;
  private rings = 0;

  constructor(source: Position, known: Iterable<Position>) {
    this.source = source;
    const crowd: Position[] = [];
    for (const p of known) {
      const d = Math.hypot(p.x - source.x, p.y - source.y);
      if (d > 1 && d < CROWD_RADIUS) crowd.push(p);
    }
    const centre = crowd.length ? centroid(crowd) : source;
    this.away = Math.hypot(source.x - centre.x, source.y - centre.y) > 5 ? Math.atan2(source.y - centre.y, source.x - centre.x) : 0;
  }

  /** The first free spot, or the last one tried when the rings run out. */
  firstFree(occupied: Occupied): Position {
    for (;;) {
      while (this.next < this.spots.length && !occupied.isFree(this.spots[this.next]!)) this.next++;
      if (this.next < this.spots.length) return this.spots[this.next]!;
      if (this.rings >= RINGS) return this.spots.at(-1)!;
      this.addRings();
    }
  }

  private addRings(): void {
    const spots: { p: Position; cost: number }[] = [];
    for (const last = Math.min(RINGS, this.rings + RINGS_PER_BATCH); this.rings < last; this.rings++) {
      const radius = FIRST_RING + this.rings * RING_STEP;
      const count = Math.max(6, Math.floor((2 * Math.PI * radius) / SLOT_SPACING));
      for (let slot = 0; slot < count; slot++) {
        // Slots alternate either side of the open direction, so equal costs still fan out evenly.
        const step = Math.ceil(slot / 2) * (slot % 2 ? 1 : -1);
        const turn = (2 * Math.PI * step) / count + (this.rings % 2 ? Math.PI / count : 0);
        const angle = this.away + turn;
        const p = round({ x: this.source.x + radius * Math.cos(angle), y: this.source.y + radius * Math.sin(angle) });
        spots.push({ p, cost: radius + TURN_COST * Math.abs(Math.atan2(Math.sin(turn), Math.cos(turn))) });
      }
    }
    this.spots = [...this.spots.slice(this.next), ...spots.sort((a, b) => a.cost - b.cost).map((s) => s.p)];
    this.next = 0;
  }
}

const round = (p: Position): Position => ({ x: Math.round(p.x), y: Math.round(p.y) });

function centroid(points: readonly Position[]): Position {
  return { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
}

export function placeNewNodes(input: PlacementInput): Map<string, Placement> {
  const known = new Map(input.fixed);
  const occupied = new Occupied();
  for (const p of known.values()) occupied.add(p);
  const result = new Map<string, Placement>();
  const put = (id: string, position: Position, from: Position) => {
    known.set(id, position);
    occupied.add(position);
    result.set(id, { position, from });
  };

  // Neighbours of the new nodes only: nothing else is looked up.
  const neighbours = new Map<string, string[]>(input.fresh.map((f) => [f.id, []]));
  for (const { source, target } of input.edges) {
    if (source === target) continue;
    neighbours.get(source)?.push(target);
    neighbours.get(target)?.push(source);
  }

  for (const f of input.fresh) if (f.at) put(f.id, f.at, f.at);

  const candidates = new Map<string, Candidates>();
  const spotAround = (source: Position): Position => {
    const key = `${Math.round(source.x)}:${Math.round(source.y)}`;
    let list = candidates.get(key);
    if (!list) candidates.set(key, (list = new Candidates(source, known.values())));
    return list.firstFree(occupied);
  };
  const anchor = input.anchorId ? known.get(input.anchorId) : undefined;
  /** Right of the drawing, level with its middle: for what links to nothing drawn. */
  const beside = (): Position => {
    if (known.size === 0) return round(input.origin);
    const points = [...known.values()];
    const x2 = Math.max(...points.map((p) => p.x));
    const y1 = Math.min(...points.map((p) => p.y));
    const y2 = Math.max(...points.map((p) => p.y));
    return round({ x: x2 + SIDE_GAP, y: (y1 + y2) / 2 });
  };

  let pending = input.fresh.filter((f) => !f.at).map((f) => f.id);
  while (pending.length) {
    // Breadth first from what is drawn: a path's nodes follow one another from its known end.
    const ready = pending.filter((id) => (neighbours.get(id) ?? []).some((n) => known.has(n)));
    const batch = ready.length ? ready : [pending[0]!];
    for (const id of batch) {
      const linked = (neighbours.get(id) ?? []).filter((n) => known.has(n));
      let source: Position;
      if (anchor && (linked.includes(input.anchorId!) || linked.length === 0)) source = anchor;
      else if (linked.length) source = centroid(linked.map((n) => known.get(n)!));
      else {
        // Linked to nothing drawn: its own spot beside the drawing, if that is free.
        const spot = beside();
        if (occupied.isFree(spot)) {
          put(id, spot, spot);
          continue;
        }
        source = spot;
      }
      put(id, spotAround(source), round(source));
    }
    const done = new Set(batch);
    pending = pending.filter((id) => !done.has(id));
  }
  return result;
}
