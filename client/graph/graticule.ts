/**
 * The map paper of the geographic layout: its colours and its lines of latitude and longitude,
 * every ten degrees, in model coordinates. Drawn behind the live canvas (ui/geo-graticule.ts)
 * and under the exported PNG (ui/exports.ts), so both show the same map.
 */
import { project, type Position } from './geographic-positions.ts';

export const GRATICULE_STYLE = {
  background: '#f0f7fb',
  line: '#cfe0ea',
  /** The equator and the prime meridian. */
  major: '#9ebfd2',
  label: '#5b7c90',
} as const;

export const STEP_DEGREES = 10;
/** The part of the world the lines cover: where people are smuggled, not the poles. */
const LATITUDES = { south: -60, north: 80 };

export interface GraticuleLine {
  from: Position;
  to: Position;
  major: boolean;
  /** "20°E", "40°N", "Equator". */
  label: string;
  /** Which edge of the view the label belongs on. */
  axis: 'longitude' | 'latitude';
  /** Degrees (longitude or latitude). */
  degrees: number;
}

export function graticuleLines(): GraticuleLine[] {
  const lines: GraticuleLine[] = [];
  for (let lng = -180; lng <= 180; lng += STEP_DEGREES) {
    lines.push({
      from: project(LATITUDES.north, lng),
      to: project(LATITUDES.south, lng),
      major: lng === 0,
      label: `${Math.abs(lng)}°${lng < 0 ? 'W' : lng > 0 ? 'E' : ''}`,
      axis: 'longitude',
      degrees: lng,
    });
  }
  for (let lat = LATITUDES.south; lat <= LATITUDES.north; lat += STEP_DEGREES) {
    lines.push({
      from: project(lat, -180),
      to: project(lat, 180),
      major: lat === 0,
      label: lat === 0 ? 'Equator' : `${Math.abs(lat)}°${lat < 0 ? 'S' : 'N'}`,
      axis: 'latitude',
      degrees: lat,
    });
  }
  return lines;
}
