/**
 * The explorer's side of CSV imports: the toolbar's "Import" (analysts only) opens the import
 * dialog, and what an import wrote can be added to the canvas, its first page of entities.
 */
import { importedEntities } from '../api/imports-api.ts';
import type { User } from '../api/session.ts';
import { ImportDialog } from '../ui/import-dialog.ts';
import type { Notices } from '../ui/notices.ts';
import type { ExplorerActions } from './explorer-actions.ts';

/** Entities of an import added to the canvas at once; the rest are reached by search or expansion. */
export const IMPORT_CANVAS_PAGE = 100;

export const mayImport = (user: User | null) => user?.role === 'analyst' || user?.role === 'admin';

export function importFlow(actions: ExplorerActions, notices: Notices): (user: User) => void {
  let dialog: ImportDialog | undefined;
  const addImported = async (sourceId: string) => {
    try {
      const { ids, total } = await notices.track('Loading the imported entities', importedEntities(sourceId, IMPORT_CANVAS_PAGE));
      const added = await actions.addEntities(ids, 'Add imported entities');
      const rest = total > ids.length ? ` The first ${ids.length} of ${total.toLocaleString('en')} are shown; search or expand for the others.` : '';
      notices.show(`${added} imported entit${added === 1 ? 'y' : 'ies'} added to the canvas.${rest}`, 'success');
    } catch (error) {
      notices.error('Adding the imported entities', error, () => void addImported(sourceId));
    }
  };
  return (user) => {
    dialog ??= new ImportDialog({ addImported });
    dialog.open(user);
  };
}
