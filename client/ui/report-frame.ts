/**
 * The frame of a report-ready export, around the drawing: the marking banner at top and bottom,
 * the title with the date of export, the legend of what is drawn and the sources cited. One
 * layout (positions in output pixels) is drawn two ways: onto a 2D canvas for the PNG and as SVG
 * elements for the SVG, so both exports look the same.
 */
import { MARKING_BANNER, type LegendItem, type Marking } from '../graph/report-items.ts';
import { POLYGONS } from './shape-swatch.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';
const INK = '#1a1a1a';
const MUTED = '#555555';

export interface FrameSource {
  title: string;
  publisher: string | null;
  date: string | null;
}

export interface FrameContent {
  title: string;
  marking: Marking;
  legend: LegendItem[];
  sources: FrameSource[];
  /** ISO day of the export. */
  exportedOn: string;
  /** "51 nodes, 80 relationships". */
  summary: string;
}

export type FrameItem =
  | { type: 'rect'; x: number; y: number; width: number; height: number; fill: string; role?: string }
  | { type: 'text'; x: number; y: number; text: string; size: number; bold: boolean; fill: string; anchor: 'start' | 'middle'; role: string }
  | { type: 'shape'; x: number; y: number; size: number; shape: string; colour: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; colour: string; width: number; dash: number[] };

export interface FrameLayout {
  width: number;
  height: number;
  /** Where the drawing goes, at its own size. */
  drawing: { x: number; y: number; width: number; height: number };
  items: FrameItem[];
}

/** Text width in output pixels for a font size and weight (the canvas measures it). */
export type Measure = (text: string, size: number, bold: boolean) => number;

export const fontOf = (size: number, bold: boolean): string => `${bold ? 'bold ' : ''}${size}px ${FONT}`;

/** Measures with an off-screen 2D canvas, as both renderers draw with the same fonts. */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d')!;
  return (text, size, bold) => {
    context.font = fontOf(size, bold);
    return context.measureText(text).width;
  };
}

/** The longest start of the text, ending in "…", that fits the width. */
function fit(text: string, width: number, size: number, bold: boolean, measure: Measure): string {
  if (measure(text, size, bold) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid)}…`, size, bold) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

/** Words into lines that fit the width (a single over-long word is cut). */
function wrap(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, false) > width) {
      lines.push(line);
      line = fit(word, width, size, false, measure);
    } else line = measure(next, size, false) > width ? fit(next, width, size, false, measure) : next;
  }
  if (line) lines.push(line);
  return lines;
}

export const sourceLine = (s: FrameSource): string =>
  [s.title, s.publisher, s.date].filter((part): part is string => !!part).join(' — ');

/**
 * Lays out the frame around a drawing of the given size. `unit` is output pixels per CSS pixel
 * (2 for the PNG, drawn at twice the screen resolution; 1 for the SVG).
 */
export function frameLayout(content: FrameContent, drawing: { width: number; height: number }, measure: Measure, unit = 1): FrameLayout {
  const pad = 24 * unit;
  const width = Math.max(Math.ceil(drawing.width), Math.ceil(900 * unit));
  const inner = width - 2 * pad;
  const items: FrameItem[] = [];
  const banner = MARKING_BANNER[content.marking];
  const bannerHeight = 30 * unit;
  const bannerAt = (y: number, role: string) => {
    items.push({ type: 'rect', x: 0, y, width, height: bannerHeight, fill: banner.background, role });
    items.push({ type: 'text', x: width / 2, y: y + bannerHeight / 2 + 6 * unit, text: content.marking, size: 16 * unit, bold: true, fill: banner.text, anchor: 'middle', role: 'marking' });
  };
  bannerAt(0, 'banner-top');
  let y = bannerHeight + pad;

  const titleSize = 22 * unit;
  items.push({ type: 'text', x: pad, y: y + titleSize, text: fit(content.title, inner, titleSize, true, measure), size: titleSize, bold: true, fill: INK, anchor: 'start', role: 'title' });
  y += titleSize + 10 * unit;
  const metaSize = 12 * unit;
  items.push({ type: 'text', x: pad, y: y + metaSize, text: `Exported ${content.exportedOn} · ${content.summary} · marking ${content.marking}`, size: metaSize, bold: false, fill: MUTED, anchor: 'start', role: 'meta' });
  y += metaSize + 14 * unit;

  items.push({ type: 'line', x1: pad, y1: y, x2: width - pad, y2: y, colour: '#cccccc', width: unit, dash: [] });
  const drawingBox = { x: Math.round((width - drawing.width) / 2), y: y + 8 * unit, width: drawing.width, height: drawing.height };
  y = drawingBox.y + drawing.height + 8 * unit;
  items.push({ type: 'line', x1: pad, y1: y, x2: width - pad, y2: y, colour: '#cccccc', width: unit, dash: [] });
  y += pad;

  // The legend flows in rows: a swatch, then the caption with its count.
  const headingSize = 14 * unit;
  const itemSize = 12 * unit;
  items.push({ type: 'text', x: pad, y: y + headingSize, text: 'Legend', size: headingSize, bold: true, fill: INK, anchor: 'start', role: 'heading' });
  y += headingSize + 10 * unit;
  const swatch = 14 * unit;
  const rowHeight = 20 * unit;
  let x = pad;
  for (const item of content.legend) {
    const caption = `${item.caption} (${item.count})`;
    const itemWidth = swatch + 6 * unit + measure(caption, itemSize, false) + 18 * unit;
    if (x > pad && x + itemWidth > width - pad) {
      x = pad;
      y += rowHeight;
    }
    if (item.group === 'kind') items.push({ type: 'shape', x, y, size: swatch, shape: item.shape, colour: item.colour });
    else {
      const dash = item.dashPattern.map((n) => n * 0.6 * unit);
      items.push({ type: 'line', x1: x, y1: y + swatch / 2, x2: x + swatch, y2: y + swatch / 2, colour: item.colour, width: 2.5 * unit, dash });
    }
    items.push({ type: 'text', x: x + swatch + 6 * unit, y: y + swatch / 2 + 4.5 * unit, text: caption, size: itemSize, bold: false, fill: INK, anchor: 'start', role: 'legend' });
    x += itemWidth;
  }
  y += rowHeight + 12 * unit;

  items.push({ type: 'text', x: pad, y: y + headingSize, text: content.sources.length ? `Sources (${content.sources.length})` : 'Sources: none cited by what is drawn', size: headingSize, bold: true, fill: INK, anchor: 'start', role: 'heading' });
  y += headingSize + 8 * unit;
  const sourceSize = 11 * unit;
  // Sources are wrapped, never cut: a reader must be able to find every document.
  for (const [i, source] of content.sources.entries()) {
    for (const [j, line] of wrap(`${i + 1}. ${sourceLine(source)}`, inner - 16 * unit, sourceSize, measure).entries()) {
      items.push({ type: 'text', x: pad + (j ? 16 * unit : 0), y: y + sourceSize, text: line, size: sourceSize, bold: false, fill: INK, anchor: 'start', role: 'source' });
      y += sourceSize + 5 * unit;
    }
  }
  y += pad;
  bannerAt(y, 'banner-bottom');
  const height = y + bannerHeight;
  return { width, height, drawing: drawingBox, items };
}

function shapePoints(shape: string, x: number, y: number, size: number): [number, number][] {
  const points = (POLYGONS[shape] ?? POLYGONS.rectangle!).split(' ').map((p) => p.split(',').map(Number) as [number, number]);
  return points.map(([px, py]) => [x + (px / 16) * size, y + (py / 16) * size]);
}

/** The frame onto a 2D canvas, with the drawing (the PNG of the canvas) in its place. */
export function drawFrame(context: CanvasRenderingContext2D, layout: FrameLayout, drawing: CanvasImageSource): void {
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  context.drawImage(drawing, layout.drawing.x, layout.drawing.y, layout.drawing.width, layout.drawing.height);
  for (const item of layout.items) {
    if (item.type === 'rect') {
      context.fillStyle = item.fill;
      context.fillRect(item.x, item.y, item.width, item.height);
    } else if (item.type === 'text') {
      context.fillStyle = item.fill;
      context.font = fontOf(item.size, item.bold);
      context.textAlign = item.anchor === 'middle' ? 'center' : 'left';
      context.fillText(item.text, item.x, item.y);
    } else if (item.type === 'line') {
      context.strokeStyle = item.colour;
      context.lineWidth = item.width;
      context.setLineDash(item.dash);
      context.beginPath();
      context.moveTo(item.x1, item.y1);
      context.lineTo(item.x2, item.y2);
      context.stroke();
      context.setLineDash([]);
    } else {
      context.fillStyle = item.colour;
      context.beginPath();
      const { x, y, size } = item;
      if (item.shape === 'ellipse') context.arc(x + size / 2, y + size / 2, size * 0.4, 0, 2 * Math.PI);
      else if (item.shape === 'round-rectangle') context.roundRect(x + size * 0.1, y + size * 0.2, size * 0.8, size * 0.6, size * 0.18);
      else for (const [i, [px, py]] of shapePoints(item.shape, x, y, size).entries()) (i ? context.lineTo(px, py) : context.moveTo(px, py));
      context.closePath();
      context.fill();
    }
  }
}

function svgElement(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, String(v));
  return element;
}

/** The frame as an SVG document, with the drawing (Cytoscape's SVG of the canvas) nested in its place. */
export function frameSvg(layout: FrameLayout, drawingSvg: string): string {
  const root = svgElement('svg', { xmlns: SVG_NS, width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}` });
  root.append(svgElement('rect', { x: 0, y: 0, width: layout.width, height: layout.height, fill: '#ffffff' }));
  const drawing = new DOMParser().parseFromString(drawingSvg, 'image/svg+xml').documentElement;
  const inner = document.importNode(drawing, true) as unknown as SVGElement;
  const { x, y, width, height } = layout.drawing;
  const own = { width: inner.getAttribute('width'), height: inner.getAttribute('height') };
  if (!inner.getAttribute('viewBox') && own.width && own.height) inner.setAttribute('viewBox', `0 0 ${parseFloat(own.width)} ${parseFloat(own.height)}`);
  for (const [k, v] of Object.entries({ x, y, width, height })) inner.setAttribute(k, String(v));
  inner.setAttribute('class', 'drawing');
  root.append(inner);
  for (const item of layout.items) {
    if (item.type === 'rect') root.append(svgElement('rect', { x: item.x, y: item.y, width: item.width, height: item.height, fill: item.fill, class: item.role ?? '' }));
    else if (item.type === 'text') {
      const text = svgElement('text', { x: item.x, y: item.y, fill: item.fill, 'font-family': FONT, 'font-size': item.size, 'font-weight': item.bold ? 'bold' : 'normal', 'text-anchor': item.anchor, class: item.role });
      text.textContent = item.text;
      root.append(text);
    } else if (item.type === 'line') {
      root.append(svgElement('line', { x1: item.x1, y1: item.y1, x2: item.x2, y2: item.y2, stroke: item.colour, 'stroke-width': item.width, ...(item.dash.length ? { 'stroke-dasharray': item.dash.join(' ') } : {}) }));
    } else if (item.shape === 'ellipse') root.append(svgElement('circle', { cx: item.x + item.size / 2, cy: item.y + item.size / 2, r: item.size * 0.4, fill: item.colour }));
    else if (item.shape === 'round-rectangle') root.append(svgElement('rect', { x: item.x + item.size * 0.1, y: item.y + item.size * 0.2, width: item.size * 0.8, height: item.size * 0.6, rx: item.size * 0.18, fill: item.colour }));
    else root.append(svgElement('polygon', { points: shapePoints(item.shape, item.x, item.y, item.size).map((p) => p.join(',')).join(' '), fill: item.colour }));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}
