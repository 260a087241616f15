/**
 * The country outlines, loaded once on first use. The Natural Earth 1:110m countries of the npm
 * package world-atlas are imported through Vite, which bundles them as a chunk of client/dist
 * served by the API server with the rest of the explorer: nothing is fetched from elsewhere, and
 * the ~100 kB are loaded only when a map is first drawn. (The 1:50m set is seven times larger and
 * slows panning for detail that does not show at the zooms a network is read at.)
 */
import type { Topology } from 'topojson-specification';
import { countriesOf, type Country } from './basemap-countries.ts';

let pending: Promise<Country[]> | undefined;

export function loadCountries(): Promise<Country[]> {
  pending ??= import('world-atlas/countries-110m.json', { with: { type: 'json' } }).then((module) => countriesOf(module.default as unknown as Topology));
  return pending;
}
