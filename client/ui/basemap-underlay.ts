/**
 * The basemap under an image of the canvas in the geographic layout: the countries (loaded once),
 * the canvas's side strip, and its nodes as what the country names keep clear of.
 */
import type { ExplorerCanvas } from '../canvas/explorer-canvas.ts';
import { sideStripOf } from '../canvas/side-strip-state.ts';
import { loadCountries } from '../graph/basemap-data.ts';
import { drawBasemap } from './basemap-drawing.ts';
import type { MapUnderlay } from './exports.ts';
import { nodeObstacles } from './geo-basemap.ts';

export async function basemapUnderlay(canvas: ExplorerCanvas): Promise<MapUnderlay> {
  const countries = await loadCountries();
  const content = { countries, strip: sideStripOf(canvas), obstacles: nodeObstacles(canvas.cy, false) };
  return (context, projection, width, height) => drawBasemap(context, projection, width, height, content);
}
