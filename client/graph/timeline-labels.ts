/**
 * Where the timeline's mark labels go: each label is tried in the row nearest its mark, then
 * the rows above; a label that fits no row without overlapping one already placed is hidden
 * (shown on hover instead). Labels are placed by priority, so the important ones always win.
 */

export interface LabelRequest {
  id: string;
  /** Left edge of the label and its width, in pixels along the timeline. */
  x: number;
  width: number;
  /** Higher first: selected, then better-connected nodes. */
  priority: number;
}

/** Row per placed label id (0 is nearest the marks); labels left out are hidden. */
export function placeTimelineLabels(labels: readonly LabelRequest[], rows: number, gap = 6): Map<string, number> {
  const taken: { from: number; to: number }[][] = Array.from({ length: rows }, () => []);
  const placed = new Map<string, number>();
  const order = [...labels].sort((a, b) => b.priority - a.priority || a.x - b.x);
  for (const label of order) {
    const from = label.x - gap / 2;
    const to = label.x + label.width + gap / 2;
    const row = taken.findIndex((spans) => spans.every((s) => to <= s.from || from >= s.to));
    if (row < 0) continue;
    taken[row]!.push({ from, to });
    placed.set(label.id, row);
  }
  return placed;
}
