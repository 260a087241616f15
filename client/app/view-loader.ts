/**
 * Opening a view: a shared link or a saved view (ids, layout, filters, positions). The entities
 * and every relationship among them are fetched again, so the view shows today's data; entities
 * that no longer exist are reported, not silently dropped. Nodes go back where they were; a view
 * without positions (an older link, a new entity in it) is laid out with its layout instead.
 */
import type { ElementDefinition } from 'cytoscape';
import { inducedSubgraph } from '../api.ts';
import type { CanvasEdits } from '../canvas/canvas-edits.ts';
import { USER_HIDDEN } from '../canvas/explorer-canvas.ts';
import { newElements } from '../graph/elements.ts';
import type { Position } from '../graph/geographic-positions.ts';
import { CLASSES } from '../graph/style.ts';
import type { ViewState } from '../state/view-state.ts';
import type { Notices } from '../ui/notices.ts';

export function elementsForView(elements: ElementDefinition[], state: ViewState, positions = state.positions): ElementDefinition[] {
  const hidden = new Set(state.hiddenIds);
  const pinned = new Set(state.pinnedIds);
  return elements.map((element) => {
    if (element.group !== 'nodes') return element;
    const id = String(element.data.id);
    const classes = [hidden.has(id) ? USER_HIDDEN : '', pinned.has(id) ? CLASSES.pinned : ''].filter(Boolean).join(' ');
    return { ...element, classes, locked: pinned.has(id), selected: state.selectedId === id, position: positions?.[id] };
  });
}

export async function openView(
  edits: CanvasEdits,
  notices: Notices,
  state: ViewState,
  label: string,
  positions: Record<string, Position> | undefined = state.positions,
): Promise<void> {
  const graph = await notices.track('Opening the view', inducedSubgraph(state.ids));
  const elements = elementsForView(newElements(graph), state, positions);
  const placed = !!positions && graph.nodes.every((n) => positions[n.id]);
  await edits.replaceCanvas(
    {
      elements,
      layout: state.layout,
      filters: { hiddenKinds: new Set(state.hiddenKinds), hiddenTypes: new Set(state.hiddenTypes), timeRange: state.timeRange },
    },
    label,
    { runLayout: !placed },
  );
  const missing = new Set(state.ids).size - graph.nodes.length;
  if (missing > 0) {
    notices.show(`${missing} entit${missing === 1 ? 'y' : 'ies'} of this view no longer exist${missing === 1 ? 's' : ''} or are not visible to you.`, 'warning');
  }
}
