/**
 * Synthetic case data at the scale of the joint Europol-INTERPOL report (about 40,000 suspects in
 * 522 networks, about 250 hotspots, suspects from more than 100 countries, over 140,000
 * communications), as CSV files with their import mappings. Pure: the same scale and seed give
 * the same files. Everything is labelled as synthetic: its own source, RESTRICTED marking.
 *
 * Shape, after the report: networks along the curated routes, active at hotspots in the countries
 * those routes cross; roles from a few leaders and organisers to many low-level facilitators;
 * communications skewed (organisers are hubs, most members call a few people in their network,
 * brokers call across networks); polycriminal suspects linked to other crimes in the report's
 * 2015 shares.
 */
import countries from 'i18n-iso-countries';
import { stringify } from 'csv-stringify/sync';
import YAML from 'yaml';
import { curatedReference, type CuratedReference } from './curated-reference.ts';
import { networkName, nickname, personName } from './names.ts';
import { Random, WeightedPicker, zipfWeights } from './random.ts';

export const SCALES = {
  small: { persons: 400, networks: 12, hotspots: 20, communications: 1_400 },
  tenth: { persons: 4_000, networks: 52, hotspots: 25, communications: 14_000 },
  report: { persons: 40_000, networks: 522, hotspots: 250, communications: 140_000 },
  triple: { persons: 120_000, networks: 1_566, hotspots: 750, communications: 420_000 },
} as const;

export type Scale = keyof typeof SCALES;

export const SYNTHETIC_SOURCE = {
  id: 'synthetic-case-data',
  suppliedBy: 'Synthetic data generator (npm run synthetic)',
};
export const SYNTHETIC_NAMESPACE = 'syn';
export const SYNTHETIC_MARKING = 'RESTRICTED';

export interface SyntheticFile {
  /** Base name, e.g. persons.csv / persons.yaml. */
  name: string;
  csv: string;
  mapping: string;
  rows: number;
}

/** Nationalities most often found among smuggling suspects come first (weighted by rank). */
const FREQUENT_NATIONALITIES = ['SY', 'IQ', 'AF', 'PK', 'EG', 'TR', 'AL', 'LY', 'MA', 'NG', 'ER', 'BG', 'RO', 'IT', 'GR', 'FR', 'DE', 'ES', 'GB', 'TN', 'DZ', 'SO', 'SD', 'IR', 'BD', 'VN', 'CN', 'UA', 'RS', 'XK'];

/** Roles in a network and the share of members in each (the rest are low-level facilitators). */
const ROLE_SHARES: [string, number][] = [
  ['role-organiser', 0.03],
  ['role-document-provider', 0.05],
  ['role-driver', 0.14],
  ['role-recruiter', 0.05],
  ['role-scout', 0.05],
  ['role-money-launderer', 0.02],
  ['role-cash-courier', 0.02],
  ['role-boat-captain', 0.03],
  ['role-accommodation-provider', 0.03],
  ['role-corrupt-official', 0.005],
];
const POLYCRIMINAL_SHARE = 0.12;
const CHANNELS: [string, number][] = [['call', 0.45], ['messaging', 0.35], ['sms', 0.15], ['email', 0.05]];

function weighted<T>(random: Random, items: [T, number][]): T {
  let r = random.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

const pad = (n: number, width = 6) => String(n).padStart(width, '0');
const day = (random: Random, from: number, to: number) => new Date(from + random.next() * (to - from)).toISOString().slice(0, 10);

function mappingText(spec: Record<string, unknown>, title: string): string {
  return YAML.stringify({
    source: { id: SYNTHETIC_SOURCE.id, title, date: '2016-05', suppliedBy: SYNTHETIC_SOURCE.suppliedBy, description: 'Synthetic case data for testing and benchmarks: not real people, networks or communications.' },
    marking: SYNTHETIC_MARKING,
    namespace: SYNTHETIC_NAMESPACE,
    ...spec,
  });
}

export function syntheticTitle(scale: Scale, seed: number): string {
  return `Synthetic case data (${scale} scale, seed ${seed})`;
}

export function generateSynthetic(scale: Scale, seed: number, reference: CuratedReference = curatedReference()): SyntheticFile[] {
  const size = SCALES[scale];
  const random = new Random(seed);
  const title = syntheticTitle(scale, seed);
  const files: SyntheticFile[] = [];
  const add = (name: string, header: string[], rows: (string | number)[][], spec: Record<string, unknown>) =>
    files.push({ name, csv: stringify([header, ...rows]), mapping: mappingText(spec, title), rows: rows.length });

  // Countries: the curated ones by their curated name, the others made here from ISO 3166.
  const curatedByIso = new Map(reference.locations.filter((l) => l.iso2).map((l) => [l.iso2!, l]));
  const countryRows: (string | number)[][] = [];
  const nationalityName = new Map<string, string>();
  for (const [iso2, english] of Object.entries(countries.getNames('en', { select: 'official' }))) {
    const curated = curatedByIso.get(iso2);
    if (curated) {
      nationalityName.set(iso2, curated.name);
      continue;
    }
    if (reference.names.has(english)) continue;
    const french = countries.getName(iso2, 'fr', { select: 'official' }) ?? '';
    countryRows.push([iso2.toLowerCase(), english, french && french !== english && !reference.names.has(french) ? french : '', iso2, countries.alpha2ToAlpha3(iso2) ?? '', 'country']);
    nationalityName.set(iso2, english);
  }
  add('countries.csv', ['code', 'name', 'french_name', 'iso2', 'iso3', 'type'], countryRows, {
    kind: 'Location',
    id: 'code',
    properties: { name: 'name', aliases: 'french_name', iso2: 'iso2', iso3: 'iso3', locationType: 'type' },
  });

  // Hotspots: places in the countries and regions the curated routes cross.
  const placed = reference.locations.filter((l) => l.latitude !== undefined && l.longitude !== undefined && !['continent', 'sea'].includes(l.locationType ?? ''));
  const onRoutes = new Set(reference.routes.flatMap((r) => r.places));
  const hotspotPlaces = [...placed].sort((a, b) => Number(onRoutes.has(b.id)) - Number(onRoutes.has(a.id)) || a.id.localeCompare(b.id));
  const placePicker = new WeightedPicker(hotspotPlaces.map((p) => (onRoutes.has(p.id) ? 6 : 1)));
  const hotspots: { id: string; place: string }[] = [];
  const perPlace = new Map<string, number>();
  const hotspotRows: (string | number)[][] = [];
  for (let i = 0; i < size.hotspots; i++) {
    const place = hotspotPlaces[placePicker.pick(random)]!;
    const k = (perPlace.get(place.id) ?? 0) + 1;
    perPlace.set(place.id, k);
    const id = `h${pad(i + 1, 4)}`;
    hotspots.push({ id, place: place.id });
    hotspotRows.push([id, `${place.name} hotspot ${k}`, 'city', (place.latitude! + (random.next() - 0.5) * 3).toFixed(4), (place.longitude! + (random.next() - 0.5) * 3).toFixed(4), place.id]);
  }
  add('hotspots.csv', ['hotspot_id', 'name', 'type', 'latitude', 'longitude', 'in_place'], hotspotRows, {
    kind: 'Location',
    id: 'hotspot_id',
    properties: { name: 'name', locationType: 'type', latitude: 'latitude', longitude: 'longitude' },
    links: [{ type: 'PART_OF', to: { column: 'in_place', graphIds: true } }],
  });

  // Networks along the routes (regional routes into the EU most often), active at hotspots on them.
  const routes = [...reference.routes].sort((a, b) => Number(b.scope === 'regional') - Number(a.scope === 'regional') || a.id.localeCompare(b.id));
  const routePicker = new WeightedPicker(routes.map((r, i) => (r.scope === 'regional' ? 4 : 1) / (1 + i * 0.15)));
  const sizeWeights = zipfWeights(size.networks, 0.9);
  const weightSum = sizeWeights.reduce((a, b) => a + b, 0);
  // Every network has at least 5 members; the rest are shared out by a skewed law.
  const spare = size.persons - 5 * size.networks;
  const memberCounts = sizeWeights.map((w) => 5 + Math.floor((spare * w) / weightSum));
  memberCounts[0]! += size.persons - memberCounts.reduce((a, b) => a + b, 0);
  const networks: { id: string; route: (typeof routes)[number]; hotspots: string[] }[] = [];
  const networkRows: (string | number)[][] = [];
  const networkHotspotRows: (string | number)[][] = [];
  for (let i = 0; i < size.networks; i++) {
    const route = routes[routePicker.pick(random)]!;
    const local = hotspots.filter((h) => route.places.includes(h.place));
    const pool = local.length ? local : hotspots;
    const count = Math.min(pool.length, random.between(1, 4));
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(random.pick(pool).id);
    const id = `n${pad(i + 1, 4)}`;
    networks.push({ id, route, hotspots: [...chosen] });
    networkRows.push([id, networkName(random, i), weighted(random, [['hierarchical', 3], ['loose', 4], ['cell', 2], ['family', 1]]), memberCounts[i]!, route.id]);
    for (const h of chosen) networkHotspotRows.push([id, h]);
  }
  add('networks.csv', ['network_id', 'name', 'structure', 'members', 'route'], networkRows, {
    kind: 'Network',
    id: 'network_id',
    properties: { name: 'name', structure: 'structure', size: 'members' },
    links: [{ type: 'OPERATES_ALONG', to: { column: 'route', graphIds: true } }],
  });
  add('network-hotspots.csv', ['network_id', 'hotspot_id'], networkHotspotRows, {
    relationship: 'ACTIVE_IN',
    from: { column: 'network_id', kind: 'Network' },
    to: { column: 'hotspot_id', kind: 'Location' },
  });

  // Persons: members of the networks, with their role, nationality and hotspot.
  const isoCodes = [...nationalityName.keys()];
  const frequent = FREQUENT_NATIONALITIES.filter((c) => nationalityName.has(c));
  const rest = isoCodes.filter((c) => !frequent.includes(c)).sort();
  const nationalityOrder = [...frequent, ...rest];
  const nationalityPicker = new WeightedPicker(nationalityOrder.map((_, i) => (i < frequent.length ? 40 / (i + 1) : 0.35)));
  const persons: { id: string; network: number; role: string; hub: boolean }[] = [];
  const personRows: (string | number)[][] = [];
  const start2015 = Date.UTC(2015, 0, 1);
  const end2016 = Date.UTC(2016, 3, 30);
  networks.forEach((network, n) => {
    const members = memberCounts[n]!;
    const leaders = members > 100 ? 2 : 1;
    for (let m = 0; m < members; m++) {
      const role = m < leaders ? 'role-leader' : weighted(random, [...ROLE_SHARES, ['role-low-level-facilitator', 1 - ROLE_SHARES.reduce((s, [, w]) => s + w, 0)]]);
      const id = `p${pad(persons.length + 1)}`;
      const hub = role === 'role-leader' || role === 'role-organiser';
      persons.push({ id, network: n, role, hub });
      const born = random.chance(0.7) ? `${random.between(1955, 1998)}${random.chance(0.6) ? `-${String(random.between(1, 12)).padStart(2, '0')}` : ''}` : '';
      personRows.push([
        id,
        personName(random),
        random.chance(0.25) ? nickname(random) : '',
        'suspect',
        random.chance(0.85) ? 'male' : 'female',
        born,
        nationalityName.get(nationalityOrder[nationalityPicker.pick(random)]!)!,
        network.id,
        role,
        random.chance(0.8) ? random.pick(network.hotspots) : '',
      ]);
    }
  });
  add('persons.csv', ['person_id', 'name', 'alias', 'status', 'gender', 'born', 'nationality', 'network_id', 'role', 'hotspot_id'], personRows, {
    kind: 'Person',
    id: 'person_id',
    properties: { name: 'name', aliases: 'alias', status: 'status', gender: 'gender', dateOfBirth: 'born' },
    links: [
      { type: 'NATIONAL_OF', to: { column: 'nationality', match: 'name', kind: 'Location' } },
      { type: 'MEMBER_OF', to: { column: 'network_id', kind: 'Network' }, properties: { role: 'role' } },
      { type: 'ACTIVE_IN', to: { column: 'hotspot_id', kind: 'Location' }, optional: true },
    ],
  });

  // Identifiers: a phone each, some a second one or a messaging account; a few phones shared.
  const identifierRows: (string | number)[][] = [];
  const phonesOf: string[][] = persons.map(() => []);
  persons.forEach((person, p) => {
    const count = 1 + (random.chance(0.3) ? 1 : 0);
    for (let k = 0; k < count; k++) {
      const id = `i${pad(identifierRows.length + 1, 7)}`;
      const value = `+${random.between(20, 99)} ${random.between(100, 999)} ${random.between(100000, 999999)}`;
      identifierRows.push([id, value, 'phone', value, person.id]);
      phonesOf[p]!.push(id);
    }
    if (random.chance(0.1)) {
      const id = `i${pad(identifierRows.length + 1, 7)}`;
      const handle = `@user${random.between(10000, 99999)}`;
      identifierRows.push([id, handle, 'messaging-account', handle, person.id]);
    }
  });
  add('identifiers.csv', ['identifier_id', 'name', 'type', 'value', 'person_id'], identifierRows, {
    kind: 'Identifier',
    id: 'identifier_id',
    properties: { name: 'name', identifierType: 'type', value: 'value' },
    links: [{ type: 'USES_IDENTIFIER', direction: 'in', to: { column: 'person_id', kind: 'Person' } }],
  });
  const byNetwork: number[][] = networks.map(() => []);
  persons.forEach((person, p) => byNetwork[person.network]!.push(p));
  const sharedRows: (string | number)[][] = [];
  const sharedPairs = new Set<string>();
  for (let p = 0; p < persons.length; p++) {
    if (!random.chance(0.02)) continue;
    const mates = byNetwork[persons[p]!.network]!;
    const other = mates[random.int(mates.length)]!;
    const key = `${p}|${other}`;
    if (other === p || sharedPairs.has(key)) continue;
    sharedPairs.add(key);
    sharedRows.push([persons[p]!.id, phonesOf[other]![0]!]);
  }
  add('shared-identifiers.csv', ['person_id', 'identifier_id'], sharedRows, {
    relationship: 'USES_IDENTIFIER',
    from: { column: 'person_id', kind: 'Person' },
    to: { column: 'identifier_id', kind: 'Identifier' },
  });

  // Communications between phones: within networks mostly, hubs far more often; brokers across.
  const callerWeight = persons.map((p) => (p.hub ? 60 : p.role === 'role-low-level-facilitator' ? 1 : 3));
  const networkPickers = byNetwork.map((members) => new WeightedPicker(members.map((p) => callerWeight[p]!)));
  const networkSizePicker = new WeightedPicker(byNetwork.map((m) => m.length));
  const hubs = persons.map((p, i) => (p.hub ? i : -1)).filter((i) => i >= 0);
  const pairs = new Set<string>();
  const communicationRows: (string | number)[][] = [];
  let attempts = 0;
  while (communicationRows.length < size.communications && attempts < size.communications * 20) {
    attempts++;
    let a: number;
    let b: number;
    if (random.chance(0.85)) {
      const n = networkSizePicker.pick(random);
      const members = byNetwork[n]!;
      a = members[networkPickers[n]!.pick(random)]!;
      b = members[networkPickers[n]!.pick(random)]!;
    } else {
      a = hubs[random.int(hubs.length)]!;
      b = random.chance(0.5) ? hubs[random.int(hubs.length)]! : random.int(persons.length);
    }
    if (a === b) continue;
    const from = random.pick(phonesOf[a]!);
    const to = random.pick(phonesOf[b]!);
    const key = `${from}|${to}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const first = day(random, start2015, end2016);
    const last = day(random, Date.parse(first), end2016);
    const count = Math.max(1, Math.round(-Math.log(1 - random.next()) * (persons[a]!.hub || persons[b]!.hub ? 25 : 4)));
    communicationRows.push([from, to, count, first, last, weighted(random, CHANNELS)]);
  }
  add('communications.csv', ['from_identifier', 'to_identifier', 'count', 'first_date', 'last_date', 'channel'], communicationRows, {
    relationship: 'COMMUNICATED_WITH',
    from: { column: 'from_identifier', kind: 'Identifier' },
    to: { column: 'to_identifier', kind: 'Identifier' },
    properties: { count: 'count', firstDate: 'first_date', lastDate: 'last_date', channel: 'channel' },
    date: 'first_date',
  });

  // Polycriminality: some suspects are linked to other crimes, in the report's 2015 shares.
  const shares = [...reference.polycriminalShares2015];
  const others = reference.crimeIds.filter((c) => c !== 'crime-migrant-smuggling' && !reference.polycriminalShares2015.has(c));
  const crimeRows: (string | number)[][] = [];
  for (const person of persons) {
    if (!random.chance(POLYCRIMINAL_SHARE)) continue;
    const crimes = new Set<string>();
    for (const [crime, share] of shares) if (random.chance(share / 100)) crimes.add(crime);
    if (random.chance(0.05)) crimes.add(random.pick(others));
    // The four shares add up to 80%: a suspect linked to none of them is linked to another crime.
    if (crimes.size === 0) crimes.add(random.pick(others));
    for (const crime of [...crimes].sort()) crimeRows.push([person.id, crime]);
  }
  add('suspected-crimes.csv', ['person_id', 'crime'], crimeRows, {
    relationship: 'SUSPECTED_OF',
    from: { column: 'person_id', kind: 'Person' },
    to: { column: 'crime', graphIds: true, kind: 'CrimeType' },
  });
  return files;
}
