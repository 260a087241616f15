/**
 * Moves nodes apart just enough that their boxes no longer overlap, after sizing by score has
 * made some of them larger: every node stays as close as it can to where it was (the analyst's
 * mental map), fixed (pinned) nodes do not move at all. Pairs that overlap are pushed apart
 * along the axis that needs the shorter move, repeatedly until nothing overlaps. A sweep over
 * nodes sorted by x keeps each round near-linear on canvases of a few hundred nodes.
 * Pure: the same input always gives the same positions.
 */
import type { Position } from './geographic-positions.ts';

export interface NodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fixed?: boolean;
}

export interface SeparationOptions {
  /** Space kept between two boxes. */
  gap?: number;
  /** Rounds at most; each round resolves every overlap it finds. */
  rounds?: number;
}

/** New positions for the nodes that move; nodes absent from the result stay where they are. */
export function separateOverlaps(boxes: readonly NodeBox[], { gap = 6, rounds = 200 }: SeparationOptions = {}): Map<string, Position> {
  const nodes = boxes.map((b) => ({ ...b }));
  const maxHalfWidth = Math.max(0, ...nodes.map((n) => n.width / 2));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    const order = [...nodes].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
    for (let i = 0; i < order.length; i++) {
      const a = order[i]!;
      for (let j = i + 1; j < order.length; j++) {
        const b = order[j]!;
        // Sorted by x: once b is further right than any box could reach, no later one overlaps a.
        if (b.x - a.x >= a.width / 2 + maxHalfWidth + gap) break;
        const overlapX = (a.width + b.width) / 2 + gap - Math.abs(b.x - a.x);
        const overlapY = (a.height + b.height) / 2 + gap - Math.abs(b.y - a.y);
        if (overlapX <= 0 || overlapY <= 0) continue;
        if (a.fixed && b.fixed) continue;
        moved = true;
        // The share each one moves: all of it for the free one when the other is fixed.
        const shareA = a.fixed ? 0 : b.fixed ? 1 : 0.5;
        const shareB = 1 - shareA;
        if (overlapX < overlapY) {
          const sign = b.x > a.x || (b.x === a.x && b.id > a.id) ? 1 : -1;
          a.x -= sign * overlapX * shareA;
          b.x += sign * overlapX * shareB;
        } else {
          const sign = b.y > a.y || (b.y === a.y && b.id > a.id) ? 1 : -1;
          a.y -= sign * overlapY * shareA;
          b.y += sign * overlapY * shareB;
        }
      }
    }
    if (!moved) break;
  }
  const result = new Map<string, Position>();
  nodes.forEach((n, i) => {
    const before = boxes[i]!;
    if (Math.abs(n.x - before.x) > 0.01 || Math.abs(n.y - before.y) > 0.01) result.set(n.id, { x: n.x, y: n.y });
  });
  return result;
}
