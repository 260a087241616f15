/**
 * One export, as the command line and the API run it: the scope is read under the viewer's
 * markings (export-reading.ts) and written as CSV files in the import format (csv-export.ts),
 * GraphML or GEXF (graph-files.ts). The export is recorded in the audit log.
 */
import { recordAudit } from '../auth/audit.ts';
import type { Db } from '../db/driver.ts';
import { MARKINGS } from '../domain/model.ts';
import { toCsvFiles, type ExportFile } from './csv-export.ts';
import { readExport, type ExportScope, type ExportSet, type ReadProgress } from './export-reading.ts';
import { toGexf, toGraphml } from './graph-files.ts';

export const EXPORT_FORMATS = ['csv', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Exporter {
  /** Markings the exporter may see: nothing else is read. */
  markings: string[];
  /** Who exports, for the audit log and the export's own source. */
  actor: string;
}

export interface ExportResult {
  format: ExportFormat;
  files: ExportFile[];
  /** CSV: the files in the order to import them. */
  importOrder: { csv: string; mapping: string }[];
  /** Entities and links in the files. */
  entities: number;
  links: number;
  notes: string[];
}

const describeScope = (scope: ExportScope) =>
  'source' in scope ? `source ${scope.source}` : `${scope.ids.length} entities${scope.depth ? ` and ${scope.depth} hops around them` : ''}`;

const strictest = (markings: string[]) => MARKINGS[Math.max(0, ...markings.map((m) => MARKINGS.indexOf(m as never)))]!;

export async function exportCase(db: Db, exporter: Exporter, scope: ExportScope, format: ExportFormat, options: { onProgress?: (p: ReadProgress) => void; now?: Date; maxEntities?: number } = {}): Promise<ExportResult> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new Error(`format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const set: ExportSet = await readExport(db, exporter.markings, scope, options.onProgress, options.maxEntities);
  const nodes = set.entities.length + set.boundary.length;
  let result: ExportResult;
  if (format === 'csv') {
    const csv = toCsvFiles(set, { actor: exporter.actor, now: options.now });
    result = { format, files: csv.files, importOrder: csv.importOrder, entities: csv.entities, links: csv.links, notes: csv.notes };
  } else {
    const text = format === 'graphml' ? toGraphml(set) : toGexf(set);
    const name = `${'source' in scope ? scope.source : 'selection'}.${format}`;
    result = { format, files: [{ name, mediaType: format === 'graphml' ? 'application/graphml+xml' : 'application/gexf+xml', text }], importOrder: [], entities: nodes, links: set.links.length, notes: [] };
  }
  await recordAudit(db, {
    actor: exporter.actor,
    action: 'data-exported',
    outcome: 'success',
    target: 'source' in scope ? scope.source : undefined,
    details: `${format}: ${describeScope(scope)}; ${result.entities} entities, ${result.links} links`,
    // Readers of the audit log learn of the export only if they may see everything it held.
    marking: strictest([...set.entities, ...set.boundary, ...set.links].map((x) => x.marking)),
  });
  return result;
}
