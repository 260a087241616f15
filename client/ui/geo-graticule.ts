/**
 * Lines of latitude and longitude behind the canvas in the geographic layout, following pan and
 * zoom, so positions read as places on a map (no coastline data is shipped or fetched).
 */
import type { Core } from 'cytoscape';
import { PIXELS_PER_DEGREE, type Position } from '../graph/geographic-positions.ts';
import { GRATICULE_STYLE, graticuleLines, STEP_DEGREES } from '../graph/graticule.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export class GeoGraticule {
  private cy: Core | undefined;
  private visible = false;
  private frame = 0;
  private readonly redraw = () => this.schedule();

  private readonly svg: SVGSVGElement;

  constructor(svg: SVGSVGElement) {
    this.svg = svg;
  }

  attach(cy: Core): void {
    this.cy = cy;
    cy.on('viewport resize', this.redraw);
    this.schedule();
  }

  show(on: boolean): void {
    this.visible = on;
    this.svg.style.display = on ? '' : 'none';
    this.svg.style.background = GRATICULE_STYLE.background;
    this.schedule();
  }

  private schedule(): void {
    if (this.frame || !this.visible) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const cy = this.cy;
    if (!cy || cy.destroyed()) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const height = this.svg.clientHeight;
    const toScreen = (p: Position) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
    // Label every line when they are far enough apart, else every third.
    const labelEvery = STEP_DEGREES * zoom * PIXELS_PER_DEGREE > 40 ? STEP_DEGREES : STEP_DEGREES * 3;
    const parts: SVGElement[] = [];
    for (const { from, to, major, label, axis, degrees } of graticuleLines()) {
      const [a, b] = [toScreen(from), toScreen(to)];
      const line = document.createElementNS(SVG_NS, 'line');
      for (const [k, v] of Object.entries({ x1: a.x, y1: a.y, x2: b.x, y2: b.y })) line.setAttribute(k, String(v));
      line.setAttribute('stroke', major ? GRATICULE_STYLE.major : GRATICULE_STYLE.line);
      line.setAttribute('stroke-width', major ? '1.5' : '1');
      parts.push(line);
      if (degrees % labelEvery !== 0) continue;
      // Labels sit on the edges of the view, where they are always readable.
      const at = axis === 'longitude' ? { x: a.x, y: height - 2 } : { x: 0, y: a.y };
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', String(at.x + 3));
      text.setAttribute('y', String(at.y - 3));
      text.setAttribute('class', 'graticule-label');
      text.setAttribute('fill', GRATICULE_STYLE.label);
      text.textContent = label;
      parts.push(text);
    }
    this.svg.replaceChildren(...parts);
  }
}
