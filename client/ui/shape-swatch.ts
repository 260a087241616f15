/**
 * Small SVG pictures of the model's node shapes and line styles for the legend, so the legend
 * shows what the canvas draws. Outlines approximate Cytoscape's shapes on a 16×16 box.
 */
export const POLYGONS: Record<string, string> = {
  rectangle: '2,3 14,3 14,13 2,13',
  diamond: '8,1 15,8 8,15 1,8',
  hexagon: '4,2 12,2 15,8 12,14 4,14 1,8',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  tag: '1,3 11,3 15,8 11,13 1,13',
  'round-triangle': '8,2 15,14 1,14',
  triangle: '8,2 15,14 1,14',
  rhomboid: '5,3 15,3 11,13 1,13',
  'cut-rectangle': '4,3 12,3 15,6 15,10 12,13 4,13 1,10 1,6',
  star: '8,1 10,6 15,6 11,9 13,15 8,11 3,15 5,9 1,6 6,6',
  vee: '1,2 8,7 15,2 8,15',
  barrel: '3,2 13,2 15,8 13,14 3,14 1,8',
};

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg(width: number, height: number): SVGSVGElement {
  const element = document.createElementNS(SVG_NS, 'svg');
  element.setAttribute('width', String(width));
  element.setAttribute('height', String(height));
  element.setAttribute('viewBox', `0 0 ${width} ${height}`);
  element.setAttribute('aria-hidden', 'true');
  element.classList.add('swatch');
  return element;
}

export function shapeSwatch(shape: string, colour: string): SVGSVGElement {
  const picture = svg(16, 16);
  let outline: SVGElement;
  if (shape === 'ellipse') {
    outline = document.createElementNS(SVG_NS, 'circle');
    outline.setAttribute('cx', '8');
    outline.setAttribute('cy', '8');
    outline.setAttribute('r', '6.5');
  } else if (shape === 'round-rectangle') {
    outline = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of Object.entries({ x: 1.5, y: 3, width: 13, height: 10, rx: 3 })) outline.setAttribute(k, String(v));
  } else {
    outline = document.createElementNS(SVG_NS, 'polygon');
    outline.setAttribute('points', POLYGONS[shape] ?? POLYGONS.rectangle!);
  }
  outline.setAttribute('fill', colour);
  picture.append(outline);
  return picture;
}

/** A relationship type's line as drawn on the canvas, its dash pattern at swatch scale. */
export function lineSwatch(look: { colour: string; dashPattern: readonly number[] }): SVGSVGElement {
  const picture = svg(30, 10);
  const line = document.createElementNS(SVG_NS, 'line');
  for (const [k, v] of Object.entries({ x1: 1, y1: 5, x2: 29, y2: 5, stroke: look.colour, 'stroke-width': 3 })) line.setAttribute(k, String(v));
  if (look.dashPattern.length) line.setAttribute('stroke-dasharray', look.dashPattern.map((n) => n * 0.6).join(' '));
  picture.append(line);
  return picture;
}
