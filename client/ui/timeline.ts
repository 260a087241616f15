/**
 * The timeline under the canvas: every dated node drawn (operations, documents) at its date,
 * labelled where the labels fit (the others on hover). Dragging across it brushes a time range
 * that filters the canvas; the date fields do the same from the keyboard. Undated nodes are
 * never filtered out by time: they are counted, and one button hides or shows them all.
 * "All dated operations" adds the graph's dated operations that are not on the canvas, drawn
 * hollow, to be added one by one (a click) or all at once.
 */
import { nodesWithConnections } from '../api.ts';
import { datedOperations, type DatedOperation } from '../api/dated-operations.ts';
import type { CanvasEdits } from '../canvas/canvas-edits.ts';
import { USER_HIDDEN, type ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { dateInterval, isoDay } from '../graph/dates.ts';
import { shortName } from '../graph/elements.ts';
import { placeTimelineLabels } from '../graph/timeline-labels.ts';
import { KINDS, type Kind } from '../../server/domain/model.ts';
import { h } from './dom.ts';
import type { Notices } from './notices.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEIGHT = 118;
const AXIS_Y = 100;
const MARGIN = 16;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
/** Label rows above the marks: the baseline of the lowest and the spacing. */
const LABEL_ROWS = 5;
const LABEL_BASE_Y = 68;
const LABEL_ROW_HEIGHT = 14;
const LABEL_FONT = '11px system-ui, sans-serif';
const LABEL_CHARS = 30;

/** Kinds the API dates (GraphNode.date is an operation's start or a document's date): derived from the model. */
const DATED_KINDS = new Set(
  (Object.keys(KINDS) as Kind[]).filter((k) => 'startDate' in KINDS[k].properties || 'date' in KINDS[k].properties),
);

interface Mark {
  id: string;
  label: string;
  kind: Kind;
  date: string;
  start: number;
  end: number;
  /** False for a graph operation not on the canvas (the "All dated operations" mode). */
  onCanvas: boolean;
  priority: number;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, String(v));
  return element;
}

export class Timeline {
  private readonly svg: SVGSVGElement;
  private readonly from: HTMLInputElement;
  private readonly to: HTMLInputElement;
  private readonly summary: HTMLElement;
  private readonly undatedCount: HTMLElement;
  private readonly undatedToggle: HTMLButtonElement;
  private readonly allToggle: HTMLButtonElement;
  private readonly addAll: HTMLButtonElement;
  private domain: [number, number] = [0, 1];
  private drag: { start: number; current: number } | undefined;
  private frame = 0;
  private undatedIds: string[] = [];
  /** The graph's dated operations while "All dated operations" is on, else null. */
  private graphOperations: DatedOperation[] | null = null;
  private absentIds: string[] = [];
  private readonly measure = document.createElement('canvas').getContext('2d')!;

  private readonly canvas: ExplorerCanvas;
  private readonly edits: CanvasEdits;
  private readonly notices: Notices;

  constructor(root: HTMLElement, canvas: ExplorerCanvas, edits: CanvasEdits, notices: Notices) {
    this.canvas = canvas;
    this.edits = edits;
    this.notices = notices;
    this.measure.font = LABEL_FONT;
    this.svg = svgElement('svg', { class: 'timeline-chart', height: HEIGHT, role: 'img', 'aria-label': 'Dated nodes on the canvas; drag to filter by time' });
    this.from = h('input', { type: 'date', id: 'time-from', 'aria-label': 'From date' });
    this.to = h('input', { type: 'date', id: 'time-to', 'aria-label': 'To date' });
    this.summary = h('span', { class: 'timeline-summary muted' });
    this.undatedCount = h('span', { id: 'timeline-undated-count', class: 'muted', title: 'Nodes on the canvas that could carry a date but have none: they are not on the timeline and a time filter never hides them.' });
    this.undatedToggle = h('button', { type: 'button', class: 'small', id: 'timeline-undated', onclick: () => this.toggleUndated() });
    this.allToggle = h('button', { type: 'button', class: 'small', id: 'timeline-all', 'aria-pressed': 'false', title: 'Also show the dated operations of the whole graph that are not on the canvas', onclick: () => void this.toggleAll() }, 'All dated operations');
    this.addAll = h('button', { type: 'button', class: 'small', id: 'timeline-add-all', hidden: true, onclick: () => void this.add(this.absentIds) });
    const apply = h('button', { type: 'button', class: 'small', onclick: () => this.applyInputs() }, 'Apply');
    const clear = h('button', { type: 'button', class: 'small', id: 'time-clear', onclick: () => this.setRange(null) }, 'Clear');
    root.append(
      h('div', { class: 'timeline-controls' }, h('strong', {}, 'Timeline'), this.summary, this.undatedCount, this.undatedToggle, this.allToggle, this.addAll, h('label', { for: 'time-from' }, 'From'), this.from, h('label', { for: 'time-to' }, 'to'), this.to, apply, clear),
      this.svg,
    );
    this.svg.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    this.svg.addEventListener('pointermove', (e) => this.onPointerMove(e));
    this.svg.addEventListener('pointerup', (e) => this.onPointerUp(e));
    this.svg.addEventListener('pointerover', (e) => this.showHoverLabel(e.target as Element));
    this.svg.addEventListener('pointerout', () => this.svg.querySelector('.hover-label')?.remove());
    canvas.onChange(() => this.schedule());
    new ResizeObserver(() => this.schedule()).observe(root);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private marks(): Mark[] {
    const { hiddenKinds } = this.canvas.filters;
    const drawn = this.canvas.cy
      .nodes()
      .filter((n) => !n.hasClass(USER_HIDDEN) && !hiddenKinds.has(n.data('kind')))
      .map((n) => ({ n, interval: dateInterval(n.data('date')) }))
      .filter((m) => m.interval !== null)
      .map(({ n, interval }): Mark => ({
        id: n.id(), label: n.data('label'), kind: n.data('kind'), date: n.data('date'), start: interval!.start, end: interval!.end,
        onCanvas: true, priority: (n.selected() ? 1e6 : 1e3) + Number(n.data('degree') ?? 0),
      }));
    const absent = (this.graphOperations ?? [])
      .filter((op) => !this.canvas.has(op.id))
      .map((op) => ({ op, interval: dateInterval(op.startDate) }))
      .filter((m) => m.interval !== null)
      .map(({ op, interval }): Mark => ({ id: op.id, label: op.name, kind: 'Operation', date: op.startDate, start: interval!.start, end: interval!.end, onCanvas: false, priority: 0 }));
    this.absentIds = absent.map((m) => m.id);
    return [...drawn, ...absent];
  }

  /** Nodes on the canvas (hidden ones too) of a kind that can be dated, without a date. */
  private undated(): string[] {
    const { hiddenKinds } = this.canvas.filters;
    return this.canvas.cy
      .nodes()
      .filter((n) => DATED_KINDS.has(n.data('kind')) && !hiddenKinds.has(n.data('kind')) && dateInterval(n.data('date')) === null)
      .map((n) => n.id());
  }

  private renderUndated(): void {
    this.undatedIds = this.undated();
    const count = this.undatedIds.length;
    const hidden = count > 0 && this.undatedIds.every((id) => this.canvas.node(id)?.hasClass(USER_HIDDEN));
    this.undatedCount.textContent = count ? `${count} undated${hidden ? ' (hidden)' : ''}` : '';
    this.undatedToggle.hidden = count === 0;
    this.undatedToggle.textContent = hidden ? 'Show undated' : 'Hide undated';
    this.undatedToggle.dataset.hidden = String(hidden);
  }

  /** Hides the undated nodes from the canvas, or shows them again: one step of the history. */
  private toggleUndated(): void {
    const hide = this.undatedToggle.dataset.hidden !== 'true';
    this.edits.setHidden(this.undatedIds, hide);
  }

  private async toggleAll(): Promise<void> {
    if (this.graphOperations) {
      this.graphOperations = null;
    } else {
      try {
        this.graphOperations = await this.notices.track('Loading the dated operations', datedOperations());
      } catch (error) {
        this.notices.error('Loading the dated operations', error, () => void this.toggleAll());
        return;
      }
    }
    this.allToggle.setAttribute('aria-pressed', String(this.graphOperations !== null));
    this.schedule();
  }

  /** Adds graph operations to the canvas with their relationships to what is drawn. */
  private async add(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    try {
      const graph = await this.notices.track('Adding to the canvas', nodesWithConnections(ids, this.canvas.nodeIds()));
      const label = ids.length === 1 ? `Add ${graph.nodes[0]?.label ?? 'operation'}` : `Add ${ids.length} dated operations`;
      await this.edits.addGraph(graph, { label, layout: 'incremental' });
      // One is focused; many are brought into view (drawn nodes keep their places either way).
      if (ids.length === 1) this.canvas.focus(ids[0]!);
      else this.canvas.cy.animate({ fit: { eles: this.canvas.visibleNodes(), padding: 40 } }, { duration: 250 });
    } catch (error) {
      this.notices.error('Adding to the canvas', error, () => void this.add(ids));
    }
  }

  private width(): number {
    return Math.max(200, this.svg.clientWidth || this.svg.parentElement?.clientWidth || 800);
  }

  private x(ms: number): number {
    const [a, b] = this.domain;
    return MARGIN + ((ms - a) / (b - a || 1)) * (this.width() - 2 * MARGIN);
  }

  private time(x: number): number {
    const [a, b] = this.domain;
    return a + ((x - MARGIN) / (this.width() - 2 * MARGIN)) * (b - a);
  }

  private render(): void {
    this.renderUndated();
    const marks = this.marks();
    this.addAll.hidden = this.absentIds.length === 0;
    this.addAll.textContent = `Add ${this.absentIds.length} to canvas`;
    const range = this.canvas.filters.timeRange;
    this.from.value = range?.from ?? '';
    this.to.value = range?.to ?? '';
    this.svg.replaceChildren();
    const width = this.width();
    this.svg.setAttribute('width', String(width));
    if (marks.length === 0) {
      this.summary.textContent = this.graphOperations ? 'No dated operations in the graph.' : 'No dated nodes on the canvas; "All dated operations" shows the graph\'s.';
      return;
    }
    const first = new Date(Math.min(...marks.map((m) => m.start))).getUTCFullYear();
    const last = new Date(Math.max(...marks.map((m) => m.end))).getUTCFullYear();
    this.domain = [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)];
    const inRange = range ? marks.filter((m) => m.end >= dateInterval(range.from)!.start && m.start <= dateInterval(range.to)!.end).length : marks.length;
    const drawn = marks.length - this.absentIds.length;
    const absent = this.absentIds.length ? `, ${this.absentIds.length} more in the graph` : '';
    this.summary.textContent = range ? `${inRange} of ${marks.length} dated nodes in range${absent}` : `${drawn} dated on the canvas${absent}`;

    this.svg.append(svgElement('line', { x1: MARGIN, x2: width - MARGIN, y1: AXIS_Y, y2: AXIS_Y, class: 'axis' }));
    const step = Math.max(1, Math.ceil((last - first + 1) / Math.max(1, Math.floor(width / 70))));
    for (let year = first; year <= last + 1; year += step) {
      const x = this.x(Date.UTC(year, 0, 1));
      this.svg.append(svgElement('line', { x1: x, x2: x, y1: AXIS_Y, y2: AXIS_Y + 4, class: 'tick' }));
      if (x > width - 30) continue;
      const label = svgElement('text', { x: x + 2, y: AXIS_Y + 14, class: 'tick-label' });
      label.textContent = String(year);
      this.svg.append(label);
    }
    if (range) {
      const a = this.x(dateInterval(range.from)!.start);
      const b = this.x(dateInterval(range.to)!.end);
      this.svg.append(svgElement('rect', { x: a, y: 2, width: Math.max(2, b - a), height: AXIS_Y - 2, class: 'brush' }));
    }
    // Stack marks that would overlap, so every dated node stays visible and clickable. A day is
    // a dot; a month or a year ("2016") is a bar over the time it covers, as the filter treats it.
    // A graph operation not on the canvas is hollow.
    const stacks = new Map<number, number>();
    const labels: { mark: Mark; x: number; at: number; y: number; text: string; width: number }[] = [];
    for (const mark of marks.sort((p, q) => p.start - q.start)) {
      const x1 = this.x(mark.start);
      const x2 = this.x(mark.end);
      const bucket = Math.round(x1 / 8);
      const level = stacks.get(bucket) ?? 0;
      stacks.set(bucket, level + 1);
      const y = AXIS_Y - 7 - (level % 3) * 8;
      const outside = range && (mark.end < dateInterval(range.from)!.start || mark.start > dateInterval(range.to)!.end);
      const colour = KINDS[mark.kind].colour;
      const common = {
        fill: mark.onCanvas ? colour : '#ffffff',
        // Inline, as the stylesheet gives every mark a white outline.
        ...(mark.onCanvas ? {} : { style: `stroke: ${colour}` }),
        class: `mark${outside ? ' outside' : ''}${mark.onCanvas ? '' : ' absent'}`,
        'data-id': mark.id,
      };
      const dot = x2 - x1 < 8
        ? svgElement('circle', { cx: (x1 + x2) / 2, cy: y, r: 4, ...common })
        : svgElement('rect', { x: x1, y: y - 3, width: x2 - x1, height: 6, rx: 3, ...common });
      const title = svgElement('title', {});
      title.textContent = `${mark.label} (${mark.date})${mark.onCanvas ? '' : ' — not on the canvas; click to add'}`;
      dot.append(title);
      this.svg.append(dot);
      labels.push({ mark, x: x1, at: x2 - x1 < 8 ? (x1 + x2) / 2 : x1 + 3, y, text: shortName(mark.label, LABEL_CHARS), width: 0 });
    }
    // Labels are measured as drawn (one layout pass for all), then placed by priority.
    const texts = svgElement('g', { class: 'mark-labels' });
    const elements = labels.map((label) => {
      const text = svgElement('text', { x: 0, y: -20, class: `mark-label${label.mark.onCanvas ? '' : ' absent'}`, 'data-id': label.mark.id });
      text.textContent = label.text;
      texts.append(text);
      return text;
    });
    this.svg.append(texts);
    for (const [i, label] of labels.entries()) {
      label.width = elements[i]!.getComputedTextLength();
      label.x = Math.min(Math.max(MARGIN, label.x - 3), width - MARGIN - label.width);
    }
    const rows = placeTimelineLabels(labels.map((l) => ({ id: l.mark.id, x: l.x, width: l.width, priority: l.mark.priority })), LABEL_ROWS);
    const leaders = svgElement('g', { class: 'leaders' });
    for (const [i, label] of labels.entries()) {
      const row = rows.get(label.mark.id);
      if (row === undefined) {
        elements[i]!.remove();
        continue;
      }
      const baseline = LABEL_BASE_Y - row * LABEL_ROW_HEIGHT;
      leaders.append(svgElement('line', { x1: label.at, x2: label.at, y1: baseline + 2, y2: label.y - 4, class: 'leader' }));
      elements[i]!.setAttribute('x', String(label.x));
      elements[i]!.setAttribute('y', String(baseline));
    }
    // Leaders under every mark and label, so a label is never crossed out by another's leader.
    this.svg.prepend(leaders);
  }

  /** A hovered mark whose label did not fit shows its full name above the rows. */
  private showHoverLabel(target: Element): void {
    this.svg.querySelector('.hover-label')?.remove();
    if (!target.classList.contains('mark')) return;
    const id = target.getAttribute('data-id')!;
    const title = target.querySelector('title')?.textContent ?? id;
    const box = (target as SVGGraphicsElement).getBBox();
    const textWidth = this.measure.measureText(title).width;
    const x = Math.min(Math.max(MARGIN, box.x), this.width() - MARGIN - textWidth);
    const group = svgElement('g', { class: 'hover-label', 'pointer-events': 'none' });
    group.append(svgElement('rect', { x: x - 3, y: 2, width: textWidth + 6, height: 15, rx: 3 }));
    const text = svgElement('text', { x, y: 13 });
    text.textContent = title;
    group.append(text);
    this.svg.append(group);
  }

  private pointerX(event: PointerEvent): number {
    return event.clientX - this.svg.getBoundingClientRect().left;
  }

  private onPointerDown(event: PointerEvent): void {
    const target = event.target as Element;
    if (target.classList.contains('mark') || target.classList.contains('mark-label')) {
      const id = target.getAttribute('data-id')!;
      if (this.canvas.has(id)) this.canvas.focus(id);
      else void this.add([id]);
      return;
    }
    this.svg.setPointerCapture(event.pointerId);
    const x = this.pointerX(event);
    this.drag = { start: x, current: x };
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.drag) return;
    this.drag.current = this.pointerX(event);
    this.svg.querySelector('.brush-live')?.remove();
    const a = Math.min(this.drag.start, this.drag.current);
    this.svg.append(svgElement('rect', { x: a, y: 2, width: Math.abs(this.drag.current - this.drag.start), height: AXIS_Y - 2, class: 'brush brush-live' }));
  }

  private onPointerUp(event: PointerEvent): void {
    if (!this.drag) return;
    const { start } = this.drag;
    const end = this.pointerX(event);
    this.drag = undefined;
    if (Math.abs(end - start) < 4) {
      this.render();
      return;
    }
    const from = this.time(Math.min(start, end));
    const to = this.time(Math.max(start, end));
    this.setRange({ from: isoDay(from), to: isoDay(Math.max(to, from + YEAR_MS / 365)) });
  }

  private applyInputs(): void {
    if (this.from.value && this.to.value && this.from.value <= this.to.value) this.setRange({ from: this.from.value, to: this.to.value });
  }

  private setRange(range: { from: string; to: string } | null): void {
    const current = this.canvas.filters.timeRange;
    if (current?.from === range?.from && current?.to === range?.to) return;
    this.edits.setFilters({ ...this.canvas.filters, timeRange: range }, range ? `Time ${range.from} to ${range.to}` : 'Clear time filter');
  }
}
