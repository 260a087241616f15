/**
 * The layout pass after sizing nodes by score: grown nodes push their neighbours aside just far
 * enough that no two overlap (client/graph/overlap-removal.ts), so the picture the analyst knows
 * stays; pinned nodes stay put. The move is one undoable step, like a drag.
 */
import { separateOverlaps } from '../graph/overlap-removal.ts';
import { CLASSES } from '../graph/style.ts';
import type { CanvasEdits } from './canvas-edits.ts';
import type { ExplorerCanvas } from './explorer-canvas.ts';

/** Model pixels kept between two nodes' bodies. */
const GAP = 8;

/** Returns how many nodes moved. */
export function spreadSizedNodes(canvas: ExplorerCanvas, edits: CanvasEdits): number {
  const nodes = canvas.visibleNodes();
  const boxes = nodes.map((n) => ({
    id: n.id(),
    ...n.position(),
    width: n.outerWidth(),
    height: n.outerHeight(),
    fixed: n.hasClass(CLASSES.pinned),
  }));
  const moves = separateOverlaps(boxes, { gap: GAP });
  if (moves.size === 0) return 0;
  const before = canvas.positions(nodes.filter((n) => moves.has(n.id())));
  canvas.restorePositions(moves);
  edits.recordMove(before);
  canvas.changed();
  return moves.size;
}
