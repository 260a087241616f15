/**
 * A report-ready export from the toolbar: asks the title, gathers what the frame states about
 * the canvas (marking, legend, sources), then downloads the PNG or SVG.
 */
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { askExportTitle } from '../ui/export-dialog.ts';
import { basemapUnderlay } from '../ui/basemap-underlay.ts';
import { exportPng } from '../ui/exports.ts';
import type { Notices } from '../ui/notices.ts';
import { defaultTitle, reportContent } from '../ui/report-content.ts';
import { exportSvg } from '../ui/svg-export.ts';

export async function exportReport(canvas: ExplorerCanvas, format: 'PNG' | 'SVG', notices: Notices): Promise<void> {
  const title = await askExportTitle(format, defaultTitle(canvas));
  if (title === null) return;
  try {
    const frame = await notices.track('Collecting the sources', reportContent(canvas, title));
    if (format === 'PNG') await exportPng(canvas.cy, canvas.layoutName === 'geographic' ? await basemapUnderlay(canvas) : undefined, frame);
    else exportSvg(canvas.cy, frame);
  } catch (error) {
    notices.error(`Exporting the ${format}`, error);
  }
}
