/**
 * The toolbar: layout, re-layout, fit, undo and redo (labelled with what they will undo), exports, the
 * shareable link, saved views, the WebGL renderer switch and help.
 */
import type { History } from '../state/history.ts';
import { LAYOUT_LABELS, LAYOUT_NAMES, type LayoutName } from '../graph/layouts.ts';
import { h } from './dom.ts';
import { exportMenu } from './export-menu.ts';

export interface ToolbarHandlers {
  layout(name: LayoutName): void;
  /** Lays everything out again with the current layout (nothing else moves drawn nodes). */
  relayout(): void;
  fit(): void;
  undo(): void;
  redo(): void;
  exportPng(): void;
  exportSvg(): void;
  exportJson(): void;
  /** The canvas's entities as data files: CSV (import format), GraphML or GEXF. */
  exportData(format: 'CSV' | 'GRAPHML' | 'GEXF'): void;
  copyLink(): void;
  views(): void;
  setWebgl(on: boolean): void;
  help(): void;
  signOut(): void;
  /** Opens the CSV import dialog (shown to analysts and admins only). */
  importCsv(): void;
  /** Opens the document ingest dialog (analysts and admins only). */
  ingestDocument(): void;
  /** Opens the duplicate queue (analysts and admins only). */
  duplicates(): void;
}

export class Toolbar {
  private readonly layoutSelect: HTMLSelectElement;
  private readonly undoButton: HTMLButtonElement;
  private readonly redoButton: HTMLButtonElement;
  private readonly webglBox: HTMLInputElement;
  private readonly user: HTMLElement;
  private readonly signOutButton: HTMLButtonElement;
  private readonly importButton: HTMLButtonElement;
  private readonly ingestButton: HTMLButtonElement;
  private readonly duplicatesButton: HTMLButtonElement;

  private readonly history: History;

  constructor(root: HTMLElement, handlers: ToolbarHandlers, history: History, webgl: { supported: boolean; on: boolean }) {
    this.history = history;
    this.layoutSelect = h('select', { id: 'layout-select', 'aria-label': 'Layout', title: 'Layout' }, LAYOUT_NAMES.map((name) => h('option', { value: name }, LAYOUT_LABELS[name])));
    this.layoutSelect.addEventListener('change', () => handlers.layout(this.layoutSelect.value as LayoutName));
    this.undoButton = h('button', { type: 'button', id: 'undo', onclick: handlers.undo }, 'Undo');
    this.redoButton = h('button', { type: 'button', id: 'redo', onclick: handlers.redo }, 'Redo');
    this.webglBox = h('input', { type: 'checkbox', id: 'webgl', checked: webgl.on, disabled: !webgl.supported });
    this.webglBox.addEventListener('change', () => handlers.setWebgl(this.webglBox.checked));
    this.user = h('div', { class: 'toolbar-group user', role: 'group', 'aria-label': 'Account', hidden: true });
    this.signOutButton = h('button', { type: 'button', id: 'sign-out', onclick: handlers.signOut }, 'Sign out');
    this.importButton = h('button', { type: 'button', id: 'import-csv', title: 'Import case data from a CSV file', hidden: true, onclick: handlers.importCsv }, 'Import');
    this.ingestButton = h('button', { type: 'button', id: 'ingest-document', title: 'Ingest a report: find what it names, review what it proposes', hidden: true, onclick: handlers.ingestDocument }, 'Ingest');
    this.duplicatesButton = h('button', { type: 'button', id: 'duplicates', title: 'Pairs of entities that may be one: judge them same, not the same or unsure', hidden: true, onclick: handlers.duplicates }, 'Duplicates');
    root.append(
      h(
        'div',
        { class: 'toolbar-group', role: 'group', 'aria-label': 'Layout' },
        this.layoutSelect,
        h('button', { type: 'button', id: 'relayout', title: 'Lay out all nodes again (L); adding and expanding leave them where they are', onclick: handlers.relayout }, 'Re-layout'),
        h('button', { type: 'button', id: 'fit', title: 'Fit (F)', onclick: handlers.fit }, 'Fit'),
      ),
      h('div', { class: 'toolbar-group', role: 'group', 'aria-label': 'History' }, this.undoButton, this.redoButton),
      h(
        'div',
        { class: 'toolbar-group', role: 'group', 'aria-label': 'Share and keep' },
        exportMenu([
          { id: 'export-png', label: 'PNG image (report)', title: 'The drawing as PNG, with title, marking, legend and sources', run: handlers.exportPng },
          { id: 'export-svg', label: 'SVG image (report)', title: 'The drawing as SVG, with title, marking, legend and sources', run: handlers.exportSvg },
          { id: 'export-json', label: 'Canvas (JSON)', title: 'The canvas as JSON', run: handlers.exportJson },
          { id: 'export-csv', label: 'Data: CSV (import format)', title: "The canvas's entities and the links among them as CSV files with their mappings (ZIP)", run: () => handlers.exportData('CSV') },
          { id: 'export-graphml', label: 'Data: GraphML', title: 'For Cytoscape desktop, yEd or Gephi', run: () => handlers.exportData('GRAPHML') },
          { id: 'export-gexf', label: 'Data: GEXF', title: 'For Gephi', run: () => handlers.exportData('GEXF') },
        ]),
        h('button', { type: 'button', id: 'copy-link', title: 'Copy a link that reopens this view', onclick: handlers.copyLink }, 'Link'),
        h('button', { type: 'button', id: 'views', title: 'Save this view or open a saved one', onclick: handlers.views }, 'Views'),
        this.importButton,
        this.ingestButton,
        this.duplicatesButton,
      ),
      h(
        'div',
        { class: 'toolbar-group', role: 'group', 'aria-label': 'Display' },
        h('label', { class: 'check', title: webgl.supported ? 'Draw with WebGL: faster for thousands of nodes' : 'This browser has no WebGL 2' }, this.webglBox, 'WebGL'),
        h('button', { type: 'button', id: 'help', title: 'Keyboard shortcuts (?)', onclick: handlers.help }, '?'),
      ),
      this.user,
    );
    history.onChange(() => this.updateHistory());
    this.updateHistory();
  }

  showLayout(name: LayoutName): void {
    this.layoutSelect.value = name;
  }

  showUser(user: { name: string; role: string } | null): void {
    this.user.hidden = !user;
    this.importButton.hidden = !(user?.role === 'analyst' || user?.role === 'admin');
    this.ingestButton.hidden = this.importButton.hidden;
    this.duplicatesButton.hidden = this.importButton.hidden;
    this.user.replaceChildren(...(user ? [h('span', { class: 'user-name', title: `Role: ${user.role}` }, user.name), this.signOutButton] : []));
  }

  showWebgl(on: boolean): void {
    this.webglBox.checked = on;
  }

  private updateHistory(): void {
    const undo = this.history.nextUndo;
    const redo = this.history.nextRedo;
    this.undoButton.disabled = !undo;
    this.redoButton.disabled = !redo;
    this.undoButton.title = undo ? `Undo: ${undo} (Ctrl+Z)` : 'Nothing to undo';
    this.redoButton.title = redo ? `Redo: ${redo} (Ctrl+Shift+Z)` : 'Nothing to redo';
  }
}
