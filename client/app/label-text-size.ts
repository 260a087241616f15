/**
 * The size of a node label as Cytoscape lays it out ('text-wrap: wrap'), so that the label
 * placement reserves exactly the box that will be drawn. It follows Cytoscape's own measure:
 * text measured at the drawn font size and rounded up per line, and lines broken where a word
 * with its trailing separator would pass the maximum width. A measure taken at another size, or
 * wrapping without the separator, breaks some names differently and lets two labels touch.
 */
import { LABEL_FONT_FAMILY, NODE_FONT_SIZE, NODE_LABEL_MAX_WIDTH } from '../graph/style.ts';

/** Cytoscape draws label lines at the font size each (line-height 1); a little room for descenders. */
const LINE_HEIGHT = 1.2;
/** Widths kept at most: names × font-size steps stays far below this on any canvas. */
const CACHE_LIMIT = 50_000;
const SEPARATOR = /[\s\u200b]+|$/g;
const BLANK = /^[\s\u200b]+$/;

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

function lineWidth(text: string, font: string, fontSize: number): number {
  const key = `${font}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (context) {
      context.font = font;
      width = Math.ceil(context.measureText(text).width);
    } else width = Math.ceil(text.length * 0.55 * fontSize);
    if (widths.size >= CACHE_LIMIT) widths.clear();
    widths.set(key, width);
  }
  return width;
}

function wrap(line: string, fits: (text: string) => boolean): string[] {
  if (fits(line)) return [line];
  const lines: string[] = [];
  let current = '';
  let previous = 0;
  for (const match of line.matchAll(SEPARATOR)) {
    const separator = match[0];
    const word = line.substring(previous, match.index);
    previous = match.index + separator.length;
    const candidate = current.length === 0 ? word : current + word + separator;
    if (fits(candidate)) current += word + separator;
    else {
      if (current) lines.push(current);
      current = word + separator;
    }
  }
  if (!BLANK.test(current)) lines.push(current);
  return lines;
}

/** Width and height (model units) of `caption` drawn at `fontSize`, with the maximum width scaled alike. */
export function labelTextSize(caption: string, bold: boolean, fontSize: number): { width: number; height: number } {
  const font = `normal ${bold ? 'bold' : 'normal'} ${fontSize}px ${LABEL_FONT_FAMILY}`;
  const maxWidth = (NODE_LABEL_MAX_WIDTH * fontSize) / NODE_FONT_SIZE;
  const measure = (text: string) => lineWidth(text, font, fontSize);
  const lines = caption.split('\n').flatMap((line) => wrap(line, (text) => measure(text) <= maxWidth));
  return { width: Math.max(0, ...lines.map(measure)), height: Math.max(1, lines.length) * fontSize * LINE_HEIGHT };
}
