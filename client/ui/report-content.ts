/**
 * What the frame of a report-ready export says about the canvas as drawn now: the highest
 * marking of the drawn nodes and edges, the legend of their kinds and types, and the source
 * documents (title, publisher, date) their evidence cites, looked up through the API.
 */
import { sourceDocument } from '../api/source-documents.ts';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { citedSourceIds, highestMarking, legendItems } from '../graph/report-items.ts';
import type { FrameContent, FrameSource } from './report-frame.ts';

/** The title offered: the selected node's neighbourhood, else the best-connected node's. */
export function defaultTitle(canvas: ExplorerCanvas): string {
  const nodes = canvas.visibleNodes();
  const selected = nodes.filter(':selected');
  const focus = selected.nonempty() ? selected.first() : nodes.max((n) => Number(n.data('degree') ?? 0)).ele;
  return focus?.nonempty() ? `Smuggling network around ${focus.data('label')}` : 'Smuggling network';
}

export async function reportContent(canvas: ExplorerCanvas, title: string): Promise<FrameContent> {
  const nodes = canvas.visibleNodes().map((n) => n.data() as { id: string; kind: string; marking: string });
  const edges = canvas.visibleEdges().map((e) => e.data() as { type: string; marking: string; evidence?: { sourceId: string }[] });
  const documents = await Promise.all(citedSourceIds(nodes, edges).map((id) => sourceDocument(id)));
  // A document above the viewer's clearance comes back as null: it is left out, not named.
  const sources: FrameSource[] = documents
    .filter((d) => d !== null)
    .map((d) => ({ title: d.title ?? d.name, publisher: d.publisher ?? null, date: d.date ?? null }))
    .sort((a, b) => a.title.localeCompare(b.title));
  return {
    title,
    marking: highestMarking([...nodes.map((n) => n.marking), ...edges.map((e) => e.marking)]),
    legend: legendItems(nodes, edges),
    sources,
    exportedOn: new Date().toISOString().slice(0, 10),
    summary: `${nodes.length} node${nodes.length === 1 ? '' : 's'}, ${edges.length} relationship${edges.length === 1 ? '' : 's'}`,
  };
}
