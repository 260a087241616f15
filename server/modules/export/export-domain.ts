/**
 * The explorer's download of an export (server/case-export): the viewer's markings, a scope
 * checked here, and the files as one download (a ZIP archive of the CSV files and mappings, or
 * the GraphML or GEXF file). Downloads are bounded; a larger import is exported on the command line.
 */
import type { AppContext } from '../../context.ts';
import { exportCase, type ExportFormat } from '../../case-export/case-export.ts';
import { ExportScopeError, MAX_DEPTH, type ExportScope } from '../../case-export/export-reading.ts';
import { zipArchive } from '../../case-export/zip-archive.ts';
import { badInput, boundedInt, notFound } from '../../errors.ts';

/** Most entities one download holds (a whole import's rows, or a grown selection). */
export const MAX_DOWNLOAD_ENTITIES = 20_000;

export interface ExportScopeInput {
  ids?: string[] | null;
  depth?: number | null;
  source?: string | null;
}

export async function exportGraph(ctx: AppContext, input: ExportScopeInput, formatName: string) {
  const format = formatName.toLowerCase() as ExportFormat;
  const hasIds = Array.isArray(input.ids) && input.ids.length > 0;
  if (hasIds === Boolean(input.source)) throw badInput('Give either ids (a selection) or source (a whole import), not both.', 'scope');
  const scope: ExportScope = input.source ? { source: input.source } : { ids: input.ids!, depth: boundedInt(input.depth, 'depth', 0, MAX_DEPTH, 0) };
  const identity = ctx.viewer.identity!;
  let result;
  try {
    result = await exportCase(ctx.db, { markings: ctx.viewer.markings, actor: identity.name }, scope, format, { maxEntities: MAX_DOWNLOAD_ENTITIES });
  } catch (error) {
    if (error instanceof ExportScopeError) throw error.tooLarge ? badInput(error.message, 'scope') : notFound(error.message);
    throw error;
  }
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const base = input.source ? input.source : `selection-${stamp}`;
  const download = format === 'csv'
    ? { name: `${base}-csv.zip`, type: 'application/zip', bytes: zipArchive(result.files) }
    : { name: `${base}.${format}`, type: result.files[0]!.mediaType, bytes: Buffer.from(result.files[0]!.text, 'utf8') };
  return {
    format: formatName,
    entities: result.entities,
    links: result.links,
    notes: result.notes,
    files: result.files,
    downloadName: download.name,
    downloadType: download.type,
    downloadBase64: download.bytes.toString('base64'),
  };
}
