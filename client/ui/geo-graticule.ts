/**
 * Lines of latitude and longitude behind the canvas in the geographic layout, following pan and
 * zoom, so positions read as places on a map (no coastline data is shipped or fetched).
 */
import type { Core } from 'cytoscape';
import { PIXELS_PER_DEGREE, project } from '../graph/geographic-positions.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STEP_DEGREES = 10;

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
    const toScreen = (lat: number, lng: number) => {
      const p = project(lat, lng);
      return { x: p.x * zoom + pan.x, y: p.y * zoom + pan.y };
    };
    // Label every line when they are far enough apart, else every third.
    const labelEvery = STEP_DEGREES * zoom * PIXELS_PER_DEGREE > 40 ? STEP_DEGREES : STEP_DEGREES * 3;
    const parts: SVGElement[] = [];
    const line = (a: { x: number; y: number }, b: { x: number; y: number }, major: boolean) => {
      const element = document.createElementNS(SVG_NS, 'line');
      for (const [k, v] of Object.entries({ x1: a.x, y1: a.y, x2: b.x, y2: b.y })) element.setAttribute(k, String(v));
      element.setAttribute('class', major ? 'graticule-major' : 'graticule');
      parts.push(element);
    };
    const text = (at: { x: number; y: number }, content: string) => {
      const element = document.createElementNS(SVG_NS, 'text');
      element.setAttribute('x', String(at.x + 3));
      element.setAttribute('y', String(at.y - 3));
      element.setAttribute('class', 'graticule-label');
      element.textContent = content;
      parts.push(element);
    };
    for (let lng = -180; lng <= 180; lng += STEP_DEGREES) {
      line(toScreen(80, lng), toScreen(-60, lng), lng === 0);
      // Labels sit on the edges of the view, where they are always readable.
      if (lng % labelEvery === 0) text({ x: toScreen(0, lng).x, y: height - 2 }, `${Math.abs(lng)}°${lng < 0 ? 'W' : lng > 0 ? 'E' : ''}`);
    }
    for (let lat = -60; lat <= 80; lat += STEP_DEGREES) {
      line(toScreen(lat, -180), toScreen(lat, 180), lat === 0);
      if (lat % labelEvery === 0) text({ x: 0, y: toScreen(lat, 0).y }, lat === 0 ? 'Equator' : `${Math.abs(lat)}°${lat < 0 ? 'S' : 'N'}`);
    }
    this.svg.replaceChildren(...parts);
  }
}
