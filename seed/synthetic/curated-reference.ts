/**
 * What synthetic case data is built around, read from the curated seed: the countries and places
 * (with coordinates), the routes and the places along them, the network roles and the report's
 * 2015 shares of polycriminal suspects by crime.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { SEED_DATA_DIR } from '../load.ts';

interface SeedEntity {
  id: string;
  name: string;
  aliases?: string[];
  locationType?: string;
  iso2?: string;
  latitude?: number;
  longitude?: number;
  scope?: string;
  mode?: string;
  links?: { type: string; to: string; share?: number; year?: number; linkKind?: string }[];
}

const entities = (file: string): SeedEntity[] => (YAML.parse(fs.readFileSync(path.join(SEED_DATA_DIR, file), 'utf8')) as { entities: SeedEntity[] }).entities;

export interface CuratedReference {
  locations: SeedEntity[];
  /** Every name and alias of a curated entity: synthetic names must not collide with them. */
  names: Set<string>;
  routes: { id: string; scope: string; mode?: string; places: string[] }[];
  roleIds: Set<string>;
  /** Crime id → share (%) of polycriminal suspects linked to it in 2015, as the report gives them. */
  polycriminalShares2015: Map<string, number>;
  crimeIds: string[];
}

export function curatedReference(): CuratedReference {
  const names = new Set<string>();
  for (const file of fs.readdirSync(SEED_DATA_DIR).filter((f) => f.endsWith('.yaml'))) {
    for (const e of entities(file)) for (const n of [e.name, ...(e.aliases ?? [])]) names.add(n);
  }
  const routeEntities = entities('routes.yaml');
  const crimes = entities('crime-types.yaml');
  const shares = new Map<string, number>();
  for (const link of crimes.find((c) => c.id === 'crime-migrant-smuggling')?.links ?? []) {
    if (link.type === 'LINKED_TO' && link.year === 2015 && link.linkKind === 'POLYCRIMINAL_SUSPECTS' && typeof link.share === 'number') shares.set(link.to, link.share);
  }
  return {
    locations: entities('locations.yaml'),
    names,
    routes: routeEntities.map((r) => ({
      id: r.id,
      scope: r.scope ?? 'regional',
      mode: r.mode,
      places: (r.links ?? []).filter((l) => ['DEPARTS_FROM', 'PASSES_THROUGH', 'ARRIVES_IN'].includes(l.type)).map((l) => l.to),
    })),
    roleIds: new Set(entities('network-roles.yaml').map((r) => r.id)),
    polycriminalShares2015: shares,
    crimeIds: crimes.map((c) => c.id),
  };
}
