/**
 * Crime links as a chart: one row per linked crime with its share in each year side by side (a
 * bar with the percentage written), the links the documents state without a share listed apart,
 * and what the shares are of (the population, the data it rests on and the document) read from
 * the figures the shares come from.
 */
import type { CrimeLink, EntityRef, Evidence } from '../api/api-types.ts';
import { h } from './dom.ts';
import { enumText } from './enum-text.ts';
import { evidenceList } from './evidence-list.ts';
import { publishedText } from './provenance-text.ts';

export interface ShareRow {
  crimeType: EntityRef;
  /** The link giving the share, by year. */
  byYear: Map<number, CrimeLink>;
}

export interface UnquantifiedRow {
  crimeType: EntityRef;
  links: CrimeLink[];
}

/** What the shares of one year are of, as one figure states it. */
export interface Population {
  year: number | null;
  scope: string | null;
  base: string | null;
  document: string | null;
  crimes: string[];
}

export interface CrimeChart {
  years: number[];
  rows: ShareRow[];
  unquantified: UnquantifiedRow[];
  populations: Population[];
}

const shareOf = (link: CrimeLink | undefined) => (link && typeof link.share === 'number' ? link.share : null);

function documentOf(link: CrimeLink): string | null {
  const source = link.figure?.evidence.find((e) => e.source)?.source ?? link.evidence.find((e) => e.source)?.source;
  if (!source) return null;
  return [source.title || source.name, [source.publisher, publishedText(source.date)].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
}

/** Groups the links of every year into the chart's rows (largest latest share first). */
export function crimeChart(links: CrimeLink[]): CrimeChart {
  const rows = new Map<string, ShareRow>();
  const unquantified = new Map<string, UnquantifiedRow>();
  const populations = new Map<string, Population>();
  const years = new Set<number>();
  for (const link of links) {
    const id = link.crimeType.id;
    if (shareOf(link) === null || link.year === null) {
      const row = unquantified.get(id) ?? { crimeType: link.crimeType, links: [] };
      row.links.push(link);
      unquantified.set(id, row);
      continue;
    }
    years.add(link.year);
    const row = rows.get(id) ?? { crimeType: link.crimeType, byYear: new Map() };
    row.byYear.set(link.year, link);
    rows.set(id, row);
    const population = { year: link.figure?.year ?? link.year, scope: link.figure?.scope ?? null, base: link.figure?.base ?? null, document: documentOf(link) };
    const key = JSON.stringify(population);
    const known = populations.get(key) ?? { ...population, crimes: [] };
    known.crimes.push(link.crimeType.name);
    populations.set(key, known);
  }
  const ordered = [...years].sort((a, b) => a - b);
  const latest = (row: ShareRow) => ordered.map((y) => shareOf(row.byYear.get(y)) ?? -1).reverse();
  const byShares = (a: ShareRow, b: ShareRow) => {
    const [x, y] = [latest(a), latest(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i]! - x[i]!;
    return a.crimeType.name.localeCompare(b.crimeType.name);
  };
  return {
    years: ordered,
    rows: [...rows.values()].sort(byShares),
    unquantified: [...unquantified.values()].sort((a, b) => a.crimeType.name.localeCompare(b.crimeType.name)),
    populations: [...populations.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0)),
  };
}

/** Evidence of several links, each quote once. */
function evidenceOf(links: CrimeLink[]): Evidence[] {
  const seen = new Set<string>();
  return links.flatMap((l) => l.evidence).filter((e) => {
    const key = `${e.sourceId}\u0000${e.quote}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** "Shares of migrant smugglers involved in more than one crime area (base: …) — document". */
export function populationSentence(p: Population): string {
  const of = p.scope ? `share of ${p.scope}` : 'share of a population the document does not name';
  const base = p.base ? `, ${p.base}` : '';
  const doc = p.document ? ` — ${p.document}` : '';
  return `${p.year ?? 'Undated'}: ${of}${base}${doc}`;
}

export interface ChartActions {
  /** The year whose links are on the canvas (its column is highlighted), or null for all. */
  drawnYear: number | null;
  addEntity(id: string): void;
}

export function renderCrimeChart(chart: CrimeChart, actions: ChartActions): HTMLElement {
  const max = Math.max(1, ...chart.rows.flatMap((r) => [...r.byYear.values()].map((l) => shareOf(l) ?? 0)));
  const crimeButton = (crime: EntityRef) =>
    h('button', { type: 'button', class: 'link-button', title: 'Put it on the canvas', onclick: () => actions.addEntity(crime.id) }, crime.name);
  const cell = (row: ShareRow, year: number) => {
    const share = shareOf(row.byYear.get(year));
    const active = actions.drawnYear === year ? ' active' : '';
    if (share === null) return h('td', { class: `share-cell none${active}`, 'data-year': year }, h('span', { class: 'share-value muted', title: 'No share given for this year' }, '—'));
    return h(
      'td',
      { class: `share-cell${active}`, 'data-year': year },
      h('span', { class: 'share-bar', role: 'img', 'aria-label': `${share} percent in ${year}` }, h('span', { style: `width: ${(share / max) * 100}%` })),
      h('span', { class: 'share-value' }, `${share}%`),
    );
  };
  const table = h(
    'table',
    { class: 'crime-chart' },
    h('caption', { class: 'visually-hidden' }, 'Share of suspects linked to each crime, by year'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Crime'), chart.years.map((y) => h('th', { scope: 'col', class: actions.drawnYear === y ? 'active' : '' }, String(y))))),
    h(
      'tbody',
      {},
      chart.rows.flatMap((row) => {
        const evidence = evidenceOf([...row.byYear.values()]);
        return [
          h('tr', { class: 'crime-chart-row', 'data-crime': row.crimeType.id }, h('th', { scope: 'row' }, crimeButton(row.crimeType)), chart.years.map((y) => cell(row, y))),
          // The quotes under their row, across the whole width of the chart.
          h(
            'tr',
            { class: 'crime-chart-evidence', 'data-crime': row.crimeType.id },
            h('td', { colspan: chart.years.length + 1 }, h('details', { class: 'row-evidence' }, h('summary', {}, `Evidence (${evidence.length})`), evidenceList(evidence))),
          ),
        ];
      }),
    ),
  );
  const populations = h(
    'div',
    { class: 'crime-chart-population' },
    h('h3', {}, 'What the shares are of'),
    h('ul', {}, chart.populations.map((p) => h('li', {}, populationSentence(p)))),
  );
  const unquantified = h(
    'section',
    { class: 'crime-links-unquantified' },
    h('h3', {}, `Linked without a share (${chart.unquantified.length})`),
    h('p', { class: 'muted' }, 'The documents state these links but give no figure for them.'),
    h(
      'ul',
      { class: 'crime-links' },
      chart.unquantified.map((row) => {
        const kinds = [...new Set(row.links.map((l) => (l.linkKind ? enumText(l.linkKind) : 'kind of link not stated')))];
        const evidence = evidenceOf(row.links);
        return h(
          'li',
          { class: 'crime-link' },
          crimeButton(row.crimeType),
          h('p', { class: 'muted' }, kinds.join(' · ')),
          h('details', {}, h('summary', {}, `Evidence (${evidence.length})`), evidenceList(evidence)),
        );
      }),
    ),
  );
  return h(
    'div',
    { class: 'crime-chart-block' },
    chart.rows.length ? [table, populations] : h('p', { class: 'muted' }, 'The documents give no shares for this crime type.'),
    chart.unquantified.length ? unquantified : null,
  );
}
