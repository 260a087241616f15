/**
 * The toolbar's data exports: the canvas's entities (its node ids as the selection, with the
 * links among them) as CSV files in the import format (a ZIP), GraphML or GEXF, downloaded as
 * the server writes them for the signed-in user.
 */
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { exportSelection, type ExportFormat } from '../api/export-api.ts';
import { download } from '../ui/exports.ts';
import type { Notices } from '../ui/notices.ts';

const LABELS: Record<ExportFormat, string> = { CSV: 'CSV', GRAPHML: 'GraphML', GEXF: 'GEXF' };

export async function exportGraphData(canvas: ExplorerCanvas, format: ExportFormat, notices: Notices): Promise<void> {
  const ids = canvas.nodeIds();
  if (ids.length === 0) {
    notices.error(`Exporting ${LABELS[format]}`, new Error('The canvas is empty: add entities first.'));
    return;
  }
  try {
    const result = await notices.track(`Exporting ${LABELS[format]}`, exportSelection(ids, format));
    const bytes = Uint8Array.from(atob(result.downloadBase64), (c) => c.charCodeAt(0));
    download(new Blob([bytes], { type: result.downloadType }), result.downloadName);
  } catch (error) {
    notices.error(`Exporting ${LABELS[format]}`, error);
  }
}
