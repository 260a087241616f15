/**
 * Keyboard navigation on the canvas: from the selected node, the arrow keys move to the nearest
 * node in that direction (within a 90° cone), which is what a person expects from a picture.
 */
import type { Position } from './geographic-positions.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  id: string;
  position: Position;
}

export function nearestInDirection(from: Position, candidates: Placed[], direction: Direction): string | undefined {
  let best: { id: string; cost: number } | undefined;
  for (const c of candidates) {
    const dx = c.position.x - from.x;
    const dy = c.position.y - from.y;
    // Distance along the direction asked for, and sideways from it (screen y grows downwards).
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0 || across > along) continue;
    // Sideways drift costs more than distance ahead, so the move follows the arrow.
    const cost = along + 2 * across;
    if (!best || cost < best.cost) best = { id: c.id, cost };
  }
  return best?.id;
}
