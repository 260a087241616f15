/**
 * "Import CSV…": choose a file (or drop it), see its header and first rows, map its columns (or
 * load a mapping file), check it (every problem with its line and column; nothing is written),
 * see the rows as they would be imported, then import with a progress bar and add what was
 * imported to the canvas. Checking and importing are the server's (server/case-import/), the
 * same as `npm run import`.
 */
import { MARKINGS } from '../../server/domain/model.ts';
import { checkImport, importJob, MAX_UPLOAD_BYTES, startImport, type ImportInput, type ImportJob, type ImportReport } from '../api/imports-api.ts';
import type { User } from '../api/session.ts';
import { csvPreview } from './csv-preview.ts';
import { h } from './dom.ts';
import { ImportMappingForm } from './import-mapping-form.ts';

const POLL_MS = 300;
const PHASE_TEXT: Record<ImportJob['phase'], string> = {
  QUEUED: 'waiting to start', CHECKING: 'checking rows', ENTITIES: 'writing entities', LINKS: 'writing links', DONE: 'done', FAILED: 'failed',
};

export interface ImportDialogHandlers {
  /** Adds the first page of what an import wrote (the entities citing its source) to the canvas. */
  addImported(sourceId: string): Promise<void>;
}

export class ImportDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly fileInput = h('input', { type: 'file', id: 'import-file', accept: '.csv,text/csv' });
  private readonly mappingInput = h('input', { type: 'file', id: 'import-mapping-file', accept: '.yaml,.yml,.json' });
  private readonly drop = h('div', { id: 'import-drop', class: 'import-drop', tabindex: '0' }, 'Drop a CSV file here, or choose one: ', this.fileInput);
  private readonly rawPreview = h('div', { id: 'import-raw-preview', class: 'import-table-box' });
  private readonly yaml = h('textarea', { id: 'import-mapping', rows: 10, cols: 70, spellcheck: false, 'aria-label': 'Mapping (YAML)' });
  private readonly mappingNote = h('p', { class: 'muted', id: 'import-mapping-note' }, 'Built from the form above; edit it, or load a mapping file instead.');
  private readonly status = h('p', { id: 'import-status', role: 'status' });
  private readonly problems = h('ol', { id: 'import-problems', class: 'import-problems' });
  private readonly preview = h('div', { id: 'import-preview', class: 'import-table-box' });
  private readonly progress = h('progress', { id: 'import-progress', max: 100, value: 0, hidden: true });
  private readonly progressText = h('span', { id: 'import-progress-text' });
  private readonly checkButton = h('button', { type: 'button', id: 'import-check', class: 'secondary' }, 'Check');
  private readonly startButton = h('button', { type: 'button', id: 'import-start', class: 'primary', disabled: true }, 'Import');
  private readonly addButton = h('button', { type: 'button', id: 'import-add-to-canvas', class: 'primary', hidden: true }, 'Add the imported entities to the canvas');
  private readonly form: ImportMappingForm;
  private file: { name: string; text: string } | null = null;
  private mappingFile = 'mapping.yaml';
  /** The mapping was loaded from a file or edited by hand: the form no longer rewrites it. */
  private ownMapping = false;
  private checked: string | null = null;
  private markings: string[] = ['PUBLIC'];
  private running = false;

  private readonly handlers: ImportDialogHandlers;

  constructor(handlers: ImportDialogHandlers) {
    this.handlers = handlers;
    this.form = new ImportMappingForm(() => this.formChanged());
    this.dialog = h('dialog', { class: 'import-dialog', 'aria-label': 'Import CSV' },
      h('form', { method: 'dialog' },
        h('h2', {}, 'Import CSV'),
        h('p', { class: 'muted' }, 'Rows are checked against the model before anything is written; a file with any problem writes nothing. Importing the same file again changes nothing.'),
        this.drop,
        this.rawPreview,
        this.form.element,
        h('fieldset', {},
          h('legend', {}, 'Mapping'),
          this.yaml,
          this.mappingNote,
          h('p', {}, h('label', { for: 'import-mapping-file' }, 'Load a mapping file '), this.mappingInput)),
        this.status,
        this.problems,
        this.preview,
        h('p', {}, this.progress, ' ', this.progressText),
        h('div', { class: 'dialog-buttons' },
          h('button', { type: 'submit', value: 'close', class: 'secondary', id: 'import-close' }, 'Close'),
          this.checkButton, this.startButton, this.addButton)));
    document.body.append(this.dialog);

    this.fileInput.addEventListener('change', () => {
      const chosen = this.fileInput.files?.[0];
      if (chosen) void this.readFile(chosen);
    });
    this.drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      this.drop.classList.add('dragging');
    });
    this.drop.addEventListener('dragleave', () => this.drop.classList.remove('dragging'));
    this.drop.addEventListener('drop', (e) => {
      e.preventDefault();
      this.drop.classList.remove('dragging');
      const dropped = e.dataTransfer?.files[0];
      if (dropped) void this.readFile(dropped);
    });
    this.mappingInput.addEventListener('change', () => {
      const chosen = this.mappingInput.files?.[0];
      if (chosen) void chosen.text().then((text) => {
        this.yaml.value = text;
        this.mappingFile = chosen.name;
        this.ownMapping = true;
        this.mappingNote.textContent = `Loaded from ${chosen.name}; the form above no longer changes it.`;
        this.invalidate();
      });
    });
    this.yaml.addEventListener('input', () => {
      this.ownMapping = true;
      this.mappingNote.textContent = 'Edited by hand; the form above no longer changes it.';
      this.invalidate();
    });
    this.checkButton.addEventListener('click', () => void this.check());
    this.startButton.addEventListener('click', () => void this.start());
  }

  open(user: User): void {
    this.markings = MARKINGS.slice(0, MARKINGS.indexOf(user.clearance as never) + 1);
    if (!this.dialog.open) this.dialog.showModal();
  }

  private async readFile(chosen: File): Promise<void> {
    if (chosen.size > MAX_UPLOAD_BYTES) {
      this.say(`${chosen.name} is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB: split it into several files.`, 'error');
      return;
    }
    const text = await chosen.text();
    this.file = { name: chosen.name, text };
    const records = csvPreview(text, 6);
    const [header = [], ...rows] = records;
    this.rawPreview.replaceChildren(table(header, rows, 'import-raw'));
    this.form.setFile(chosen.name, header, rows[0] ?? [], this.markings);
    this.say(`${chosen.name}: ${header.length} columns. Map them, give the source, then check.`);
  }

  private formChanged(): void {
    if (!this.ownMapping) this.yaml.value = this.form.missing() === null || this.file ? this.form.mappingYaml() : '';
    this.invalidate();
  }

  /** Anything changed: the last check no longer holds. */
  private invalidate(): void {
    this.checked = null;
    this.startButton.disabled = true;
  }

  private input(): ImportInput | null {
    if (!this.file) {
      this.say('Choose a CSV file first.', 'error');
      return null;
    }
    const missing = this.ownMapping ? null : this.form.missing();
    if (missing) {
      this.say(missing, 'error');
      return null;
    }
    return { csv: this.file.text, file: this.file.name, mapping: this.yaml.value, mappingFile: this.ownMapping ? this.mappingFile : 'mapping.yaml' };
  }

  private async check(): Promise<void> {
    const input = this.input();
    if (!input) return;
    this.say('Checking…');
    this.problems.replaceChildren();
    this.preview.replaceChildren();
    this.addButton.hidden = true;
    try {
      const report = await checkImport(input);
      this.showReport(report, false);
      if (report.ok) {
        this.checked = input.mapping + input.csv;
        this.startButton.disabled = false;
      }
    } catch (error) {
      this.say(`Checking failed: ${(error as Error).message}`, 'error');
    }
  }

  private async start(): Promise<void> {
    const input = this.input();
    if (!input || this.running || this.checked !== input.mapping + input.csv) return;
    this.running = true;
    this.startButton.disabled = true;
    this.checkButton.disabled = true;
    this.progress.hidden = false;
    this.progress.value = 0;
    try {
      let job: ImportJob | null = await startImport(input);
      const id = job.id;
      while (job && !job.finishedAt) {
        this.showProgress(job);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        job = await importJob(id);
      }
      if (!job) throw new Error('the server no longer knows this import (it may have restarted); import the file again to complete it');
      this.showProgress(job);
      if (job.phase === 'FAILED') this.say(`The import failed: ${job.error}`, 'error');
      else if (job.result) this.showReport(job.result, true);
    } catch (error) {
      this.say(`Importing failed: ${(error as Error).message}`, 'error');
    } finally {
      this.running = false;
      this.checkButton.disabled = false;
    }
  }

  private showProgress(job: ImportJob): void {
    this.progress.value = job.percent;
    const rate = job.rowsPerSecond > 0 && job.phase !== 'DONE' ? `, ${job.rowsPerSecond.toLocaleString('en')} rows/s` : '';
    const counts = job.total > 0 && job.phase !== 'DONE' ? ` (${job.done.toLocaleString('en')} of ${job.total.toLocaleString('en')})` : '';
    this.progressText.textContent = `${Math.round(job.percent)}% · ${PHASE_TEXT[job.phase]}${counts}${rate}`;
  }

  private showReport(report: ImportReport, imported: boolean): void {
    this.problems.replaceChildren(...report.problems.map((p) =>
      h('li', { class: 'import-problem' }, `${p.file}, line ${p.line}${p.column ? `, column ${p.column}` : ''}${p.field ? ` (${p.field})` : ''}: ${p.reason}`)));
    if (report.moreProblems) this.problems.append(h('li', {}, `… and ${report.moreProblems} more problems.`));
    this.preview.replaceChildren(...(report.preview.length
      ? [h('p', {}, imported ? 'The first rows as imported:' : 'The first rows as they would be imported:'),
        table(['Line', 'Id', 'Kind', 'Name', 'Links'], report.preview.map((r) => [String(r.line), r.id, r.kind, r.name, r.links.map((l) => `${l.type} → ${l.to}`).join(', ')]), 'import-result')]
      : []));
    const counts = `${report.rows} rows, ${report.entities} entities, ${report.links} links`;
    if (!report.ok) {
      const total = report.problems.length + report.moreProblems;
      this.say(`${total} problem${total === 1 ? '' : 's'}: nothing was written. Fix the file or the mapping and check again.`, 'error');
    } else if (imported) {
      this.say(`Imported ${counts}.`, 'success');
      const sourceId = report.sourceId;
      if (sourceId) {
        this.addButton.hidden = false;
        this.addButton.onclick = () => {
          this.dialog.close('added');
          void this.handlers.addImported(sourceId);
        };
      }
    } else this.say(`No problems: ${counts} can be imported. Nothing is written yet.`, 'success');
  }

  private say(text: string, kind: 'info' | 'error' | 'success' = 'info'): void {
    this.status.textContent = text;
    this.status.className = `import-status import-status-${kind}`;
  }
}

function table(header: string[], rows: string[][], id: string): HTMLTableElement {
  return h('table', { class: 'import-table', id },
    h('thead', {}, h('tr', {}, header.map((c) => h('th', {}, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, header.map((_, i) => h('td', {}, r[i] ?? ''))))));
}
