/**
 * The basemap drawn on a 2D canvas, for images of the map (the PNG export, and any frame composed
 * around it): the sea with its lines of latitude and longitude, the countries with their borders
 * and names, and the side strip with its headings, the same as the live map
 * (client/ui/geo-basemap.ts) shows on screen. It knows nothing of Cytoscape: it takes a context
 * and the projection from model coordinates to the image.
 */
import { KINDS, type Kind } from '../../server/domain/model.ts';
import { BASEMAP_STYLE, type Country } from '../graph/basemap-countries.ts';
import { COUNTRY_NAME_PX, placeCountryNames } from '../graph/country-names.ts';
import type { Position } from '../graph/geographic-positions.ts';
import { GRATICULE_STYLE, graticuleLines } from '../graph/graticule.ts';
import { COLUMN_SPACING, HEADING_OFFSET, stripBox, type Box, type SideStrip } from '../graph/side-strip.ts';

export interface MapProjection {
  /** Model coordinates → image pixels. */
  toImage: (p: Position) => Position;
  /** Image pixels per model pixel. */
  scale: number;
}

export interface BasemapContent {
  countries: readonly Country[];
  strip: SideStrip | null;
  /** What country names keep clear of (nodes and their labels), in model coordinates. */
  obstacles: readonly Box[];
}

export const NAME_FONT = 'italic 500 COUNTRY_PXpx system-ui, sans-serif';
export const HEADING_FONT = '600 13px system-ui, sans-serif';

/** The heading of a kind's group in the strip: "Crime types". */
export function stripHeading(kind: string): string {
  return kind in KINDS ? KINDS[kind as Kind].plural : kind;
}

function ringsPath(context: CanvasRenderingContext2D, country: Country, toImage: (p: Position) => Position): void {
  for (const polygon of country.polygons) {
    for (const ring of polygon) {
      ring.forEach((p, i) => {
        const q = toImage(p);
        if (i === 0) context.moveTo(q.x, q.y);
        else context.lineTo(q.x, q.y);
      });
      context.closePath();
    }
  }
}

function boxToImage(box: Box, toImage: (p: Position) => Position): Box {
  const a = toImage({ x: box.x1, y: box.y1 });
  const b = toImage({ x: box.x2, y: box.y2 });
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}

export function drawBasemap(context: CanvasRenderingContext2D, projection: MapProjection, width: number, height: number, content: BasemapContent): void {
  const { toImage, scale } = projection;
  context.save();
  context.fillStyle = GRATICULE_STYLE.background;
  context.fillRect(0, 0, width, height);

  // Lines of latitude and longitude on the sea, under the land; their labels on top.
  for (const { from, to, major } of graticuleLines()) {
    const [a, b] = [toImage(from), toImage(to)];
    context.strokeStyle = major ? GRATICULE_STYLE.major : GRATICULE_STYLE.line;
    context.lineWidth = (major ? 1.5 : 1) * scale;
    context.beginPath();
    context.moveTo(a.x, a.y);
    context.lineTo(b.x, b.y);
    context.stroke();
  }
  context.beginPath();
  for (const country of content.countries) ringsPath(context, country, toImage);
  context.fillStyle = BASEMAP_STYLE.land;
  context.fill('evenodd');
  context.strokeStyle = BASEMAP_STYLE.border;
  context.lineWidth = 0.8 * scale;
  context.stroke();

  context.font = `${10 * scale}px system-ui, sans-serif`;
  context.fillStyle = GRATICULE_STYLE.label;
  for (const { from, label, axis } of graticuleLines()) {
    const a = toImage(from);
    const at = axis === 'longitude' ? { x: a.x, y: height - 2 * scale } : { x: 0, y: a.y };
    if (at.x < 0 || at.x > width || at.y < 0 || at.y > height) continue;
    context.fillText(label, at.x + 3 * scale, at.y - 3 * scale);
  }

  const stripArea = content.strip ? boxToImage(stripBox(content.strip), toImage) : null;
  if (content.strip && stripArea) {
    context.fillStyle = BASEMAP_STYLE.strip;
    context.strokeStyle = BASEMAP_STYLE.stripBorder;
    context.lineWidth = scale;
    context.fillRect(stripArea.x1, stripArea.y1, stripArea.x2 - stripArea.x1, stripArea.y2 - stripArea.y1);
    context.strokeRect(stripArea.x1, stripArea.y1, stripArea.x2 - stripArea.x1, stripArea.y2 - stripArea.y1);
    context.font = HEADING_FONT.replace('13px', `${13 * scale}px`);
    context.fillStyle = BASEMAP_STYLE.heading;
    context.textAlign = 'left';
    context.textBaseline = 'alphabetic';
    for (const group of content.strip.groups) {
      const at = toImage({ x: group.x - COLUMN_SPACING / 2 + 8, y: content.strip.top - HEADING_OFFSET + 16 });
      context.fillText(stripHeading(group.kind), at.x, at.y, group.columns * COLUMN_SPACING * scale - 12 * scale);
    }
  }

  const fontPx = COUNTRY_NAME_PX * scale;
  // The projection is a uniform scale and a shift: its inverse follows from the origin's image.
  const origin = toImage({ x: 0, y: 0 });
  context.font = NAME_FONT.replace('COUNTRY_PX', String(fontPx));
  const names = placeCountryNames({
    countries: content.countries,
    toScreen: toImage,
    fromScreen: (q) => ({ x: (q.x - origin.x) / scale, y: (q.y - origin.y) / scale }),
    zoom: scale,
    fontPx,
    measure: (text) => context.measureText(text).width,
    obstacles: [...content.obstacles.map((b) => boxToImage(b, toImage)), ...(stripArea ? [stripArea] : [])],
    width,
    height,
  });
  context.fillStyle = BASEMAP_STYLE.name;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (const n of names) context.fillText(n.name, n.x, n.y);
  context.restore();
}
