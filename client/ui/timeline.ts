/**
 * The timeline under the canvas: every dated node drawn (operations, events, documents) at its
 * date. Dragging across it brushes a time range that filters the canvas; the date fields do the
 * same from the keyboard. Undated nodes are never filtered out by time.
 */
import type { CanvasEdits } from '../canvas/canvas-edits.ts';
import { USER_HIDDEN, type ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { dateInterval, isoDay } from '../graph/dates.ts';
import { KINDS, type Kind } from '../../server/domain/model.ts';
import { h } from './dom.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEIGHT = 64;
const AXIS_Y = 48;
const MARGIN = 16;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

interface Mark {
  id: string;
  label: string;
  kind: Kind;
  date: string;
  start: number;
  end: number;
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
  private domain: [number, number] = [0, 1];
  private drag: { start: number; current: number } | undefined;
  private frame = 0;

  private readonly canvas: ExplorerCanvas;
  private readonly edits: CanvasEdits;

  constructor(root: HTMLElement, canvas: ExplorerCanvas, edits: CanvasEdits) {
    this.canvas = canvas;
    this.edits = edits;
    this.svg = svgElement('svg', { class: 'timeline-chart', height: HEIGHT, role: 'img', 'aria-label': 'Dated nodes on the canvas; drag to filter by time' });
    this.from = h('input', { type: 'date', id: 'time-from', 'aria-label': 'From date' });
    this.to = h('input', { type: 'date', id: 'time-to', 'aria-label': 'To date' });
    this.summary = h('span', { class: 'timeline-summary muted' });
    const apply = h('button', { type: 'button', class: 'small', onclick: () => this.applyInputs() }, 'Apply');
    const clear = h('button', { type: 'button', class: 'small', id: 'time-clear', onclick: () => this.setRange(null) }, 'Clear');
    root.append(
      h('div', { class: 'timeline-controls' }, h('strong', {}, 'Timeline'), this.summary, h('label', { for: 'time-from' }, 'From'), this.from, h('label', { for: 'time-to' }, 'to'), this.to, apply, clear),
      this.svg,
    );
    this.svg.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    this.svg.addEventListener('pointermove', (e) => this.onPointerMove(e));
    this.svg.addEventListener('pointerup', (e) => this.onPointerUp(e));
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
    return this.canvas.cy
      .nodes()
      .filter((n) => !n.hasClass(USER_HIDDEN) && !hiddenKinds.has(n.data('kind')))
      .map((n) => ({ n, interval: dateInterval(n.data('date')) }))
      .filter((m) => m.interval !== null)
      .map(({ n, interval }) => ({ id: n.id(), label: n.data('label'), kind: n.data('kind'), date: n.data('date'), start: interval!.start, end: interval!.end }));
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
    const marks = this.marks();
    const range = this.canvas.filters.timeRange;
    this.from.value = range?.from ?? '';
    this.to.value = range?.to ?? '';
    this.svg.replaceChildren();
    const width = this.width();
    this.svg.setAttribute('width', String(width));
    if (marks.length === 0) {
      this.summary.textContent = 'No dated operations or events on the canvas yet.';
      return;
    }
    const first = new Date(Math.min(...marks.map((m) => m.start))).getUTCFullYear();
    const last = new Date(Math.max(...marks.map((m) => m.end))).getUTCFullYear();
    this.domain = [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)];
    const inRange = range ? marks.filter((m) => m.end >= dateInterval(range.from)!.start && m.start <= dateInterval(range.to)!.end).length : marks.length;
    this.summary.textContent = range ? `${inRange} of ${marks.length} dated nodes in range` : `${marks.length} dated nodes`;

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
    const stacks = new Map<number, number>();
    for (const mark of marks.sort((p, q) => p.start - q.start)) {
      const x1 = this.x(mark.start);
      const x2 = this.x(mark.end);
      const bucket = Math.round(x1 / 8);
      const level = stacks.get(bucket) ?? 0;
      stacks.set(bucket, level + 1);
      const y = AXIS_Y - 7 - (level % 5) * 8;
      const outside = range && (mark.end < dateInterval(range.from)!.start || mark.start > dateInterval(range.to)!.end);
      const common = { fill: KINDS[mark.kind].colour, class: `mark${outside ? ' outside' : ''}`, 'data-id': mark.id };
      const dot = x2 - x1 < 8
        ? svgElement('circle', { cx: (x1 + x2) / 2, cy: y, r: 4, ...common })
        : svgElement('rect', { x: x1, y: y - 3, width: x2 - x1, height: 6, rx: 3, ...common });
      const title = svgElement('title', {});
      title.textContent = `${mark.label} (${mark.date})`;
      dot.append(title);
      this.svg.append(dot);
    }
  }

  private pointerX(event: PointerEvent): number {
    return event.clientX - this.svg.getBoundingClientRect().left;
  }

  private onPointerDown(event: PointerEvent): void {
    const target = event.target as Element;
    if (target.classList.contains('mark')) {
      this.canvas.focus(target.getAttribute('data-id')!);
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
