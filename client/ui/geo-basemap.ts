/**
 * The map under the canvas in the geographic layout, as SVG behind the (transparent) Cytoscape
 * canvas: the sea, the countries with their borders and names (client/graph/basemap-countries.ts,
 * bundled, never fetched from elsewhere), lines of latitude and longitude, and the side strip
 * where what has no coordinates stands, with a heading over each kind. It follows pan and zoom:
 * outlines and lines are drawn once in model coordinates under one transform (only that changes
 * while panning); names and headings are placed again on screen, at a readable size, each frame
 * the view moves. The PNG export draws the same map with client/ui/basemap-drawing.ts.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { onSideStrip, setSideStrip, sideStripOf } from '../canvas/side-strip-state.ts';
import { BASEMAP_STYLE, countryPath, type Country } from '../graph/basemap-countries.ts';
import { loadCountries } from '../graph/basemap-data.ts';
import { COUNTRY_NAME_PX, placeCountryNames } from '../graph/country-names.ts';
import { PIXELS_PER_DEGREE, type Position } from '../graph/geographic-positions.ts';
import { GRATICULE_STYLE, graticuleLines, STEP_DEGREES } from '../graph/graticule.ts';
import { COLUMN_SPACING, HEADING_OFFSET, inferSideStrip, stripBox, type Box, type SideStrip } from '../graph/side-strip.ts';
import { NAME_FONT, stripHeading } from './basemap-drawing.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Beyond this many drawn nodes names stop keeping clear of them: measuring each costs too much per frame. */
const MAX_OBSTACLE_NODES = 1500;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, String(v));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Boxes of the drawn nodes in the view, with their labels where the label layer shows them (screen px). */
export function nodeObstacles(cy: Core, rendered: boolean): Box[] {
  const nodes = cy.nodes(':visible');
  if (nodes.length > MAX_OBSTACLE_NODES) return [];
  return nodes.map((n: NodeSingular) => {
    const options = { includeLabels: n.scratch('labelLayer') !== 'hidden', includeOverlays: false };
    const b = rendered ? n.renderedBoundingBox(options) : n.boundingBox(options);
    return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
  });
}

export class GeoBasemap {
  private cy: Core | undefined;
  private visible = false;
  private frame = 0;
  private countries: readonly Country[] = [];
  private readonly redraw = () => this.schedule();
  private readonly svg: SVGSVGElement;
  private readonly canvas: ExplorerCanvas;
  /** Layers, bottom to top. */
  private readonly world = svg('g', { class: 'basemap-world' });
  private readonly strip = svg('g', { class: 'side-strip' });
  private readonly names = svg('g', { class: 'country-names' });
  private readonly axisLabels = svg('g', { class: 'graticule-labels' });
  private measureContext: CanvasRenderingContext2D | null = null;
  private readonly widths = new Map<string, number>();

  constructor(svgElement: SVGSVGElement, canvas: ExplorerCanvas) {
    this.svg = svgElement;
    this.canvas = canvas;
    this.svg.style.background = GRATICULE_STYLE.background;
    this.svg.replaceChildren(this.world, this.strip, this.names, this.axisLabels);
    canvas.onInstance((cy) => this.attach(cy));
    onSideStrip(canvas, this.redraw);
  }

  private attach(cy: Core): void {
    this.cy = cy;
    // 'style': the label layer shows, hides and resizes node labels a moment after the view moves.
    cy.on('viewport resize add remove position layoutstop style', this.redraw);
    this.schedule();
  }

  show(on: boolean): void {
    this.visible = on;
    this.svg.style.display = on ? '' : 'none';
    if (on && this.countries.length === 0) void this.load();
    this.schedule();
  }

  private async load(): Promise<void> {
    const countries = await loadCountries();
    if (this.countries.length > 0) return;
    this.countries = countries;
    const outlines = countries.map((c) => svg('path', { class: 'country', 'data-name': c.name, d: countryPath(c), fill: BASEMAP_STYLE.land, stroke: BASEMAP_STYLE.border }));
    const lines = graticuleLines().map(({ from, to, major }) =>
      svg('line', { x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: major ? GRATICULE_STYLE.major : GRATICULE_STYLE.line, 'stroke-width': major ? 1.5 : 1, class: 'graticule-line' }),
    );
    // Lines on the sea, under the land.
    this.world.replaceChildren(...lines, ...outlines);
    this.schedule();
  }

  private schedule(): void {
    if (this.frame || !this.visible) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private measure(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      this.measureContext ??= document.createElement('canvas').getContext('2d');
      if (this.measureContext) {
        this.measureContext.font = NAME_FONT.replace('COUNTRY_PX', String(COUNTRY_NAME_PX));
        width = this.measureContext.measureText(text).width;
      } else width = text.length * COUNTRY_NAME_PX * 0.55;
      this.widths.set(text, width);
    }
    return width;
  }

  /** The strip of a canvas reopened with its positions (a view, a link), kept once found. */
  private readStrip(cy: Core): SideStrip | null {
    const strip = inferSideStrip(cy.nodes(':visible').map((n: NodeSingular) => ({ kind: String(n.data('kind')), located: typeof n.data('latitude') === 'number', ...n.position() })));
    if (strip) setSideStrip(this.canvas, strip);
    return strip;
  }

  private draw(): void {
    const cy = this.cy;
    if (!cy || cy.destroyed()) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const width = this.svg.clientWidth;
    const height = this.svg.clientHeight;
    const toScreen = (p: Position) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
    this.world.setAttribute('transform', `matrix(${zoom} 0 0 ${zoom} ${pan.x} ${pan.y})`);

    const side = sideStripOf(this.canvas) ?? this.readStrip(cy);
    const stripParts: SVGElement[] = [];
    let stripArea: Box | null = null;
    if (side) {
      const box = stripBox(side);
      const [a, b] = [toScreen({ x: box.x1, y: box.y1 }), toScreen({ x: box.x2, y: box.y2 })];
      stripArea = { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
      stripParts.push(svg('rect', { class: 'side-strip-band', x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y, fill: BASEMAP_STYLE.strip, stroke: BASEMAP_STYLE.stripBorder }));
      side.groups.forEach((group, i) => {
        const at = toScreen({ x: group.x - COLUMN_SPACING / 2 + 8, y: side.top - HEADING_OFFSET + 16 });
        // Headings that would run into the next group's stand a line higher, every other one.
        const room = group.columns * COLUMN_SPACING * zoom - 8;
        const lift = room < 100 && i % 2 === 1 ? 16 : 0;
        stripParts.push(svg('text', { class: 'strip-heading', x: at.x, y: at.y - lift, fill: BASEMAP_STYLE.heading, 'data-kind': group.kind }, stripHeading(group.kind)));
      });
    }
    this.strip.replaceChildren(...stripParts);

    const placed = placeCountryNames({
      countries: this.countries,
      toScreen,
      fromScreen: (p) => ({ x: (p.x - pan.x) / zoom, y: (p.y - pan.y) / zoom }),
      zoom,
      measure: (text) => this.measure(text),
      obstacles: [...nodeObstacles(cy, true), ...(stripArea ? [stripArea] : [])],
      width,
      height,
    });
    this.names.replaceChildren(...placed.map((n) => svg('text', { class: 'country-name', x: n.x, y: n.y, fill: BASEMAP_STYLE.name }, n.name)));

    // Label every line when they are far enough apart, else every third.
    const labelEvery = STEP_DEGREES * zoom * PIXELS_PER_DEGREE > 40 ? STEP_DEGREES : STEP_DEGREES * 3;
    const labels: SVGElement[] = [];
    for (const { from, label, axis, degrees } of graticuleLines()) {
      if (degrees % labelEvery !== 0) continue;
      const a = toScreen(from);
      // Labels sit on the edges of the view, where they are always readable.
      const at = axis === 'longitude' ? { x: a.x, y: height - 2 } : { x: 0, y: a.y };
      labels.push(svg('text', { x: at.x + 3, y: at.y - 3, class: 'graticule-label', fill: GRATICULE_STYLE.label }, label));
    }
    this.axisLabels.replaceChildren(...labels);
  }
}
