import { describe, expect, it } from 'vitest';
import type { CrimeLink } from '../../client/api/api-types.ts';
import { crimeChart, populationSentence } from '../../client/ui/crime-links-chart.ts';

const report = { id: '004', name: 'Report', title: 'The report', publisher: 'Europol', date: '2016-05' };
const evidence = (quote: string, date: string | null = null) => ({ sourceId: '004', quote, date, modality: 'REPORTED' as const, source: report });
const crime = (id: string, name: string) => ({ id, kind: 'CrimeType' as const, name });
const figure = (year: number, scope: string, base: string) => ({ id: `fig-${year}-${scope}`, scope, base, period: String(year), year, modality: 'REPORTED' as const, evidence: [evidence('figure quote')] });

function link(partial: Partial<CrimeLink> & Pick<CrimeLink, 'crimeType'>): CrimeLink {
  return { rank: 1, share: null, year: null, linkKind: null, evidence: [evidence('a quote')], figure: null, ...partial };
}

describe('the crime-links chart', () => {
  const fraud = crime('crime-document-fraud', 'Document fraud');
  const drugs = crime('crime-drug-trafficking', 'Drug trafficking');
  const corruption = crime('crime-corruption', 'Corruption');
  const links: CrimeLink[] = [
    link({ crimeType: drugs, share: 22, year: 2015, figure: figure(2015, 'polycriminal smugglers', 'Europol data 2015') }),
    link({ crimeType: fraud, share: 18, year: 2015, figure: figure(2015, 'polycriminal smugglers', 'Europol data 2015') }),
    link({ crimeType: fraud, share: 3, year: 2014, figure: figure(2014, 'suspects', 'Europol data 2014') }),
    link({ crimeType: fraud, linkKind: 'SUPPORTING_CRIME' }),
    link({ crimeType: drugs, linkKind: 'SHARED_ACTORS' }),
    link({ crimeType: corruption }),
  ];

  it('has one row per crime with each year side by side, largest latest share first', () => {
    const chart = crimeChart(links);
    expect(chart.years).toEqual([2014, 2015]);
    expect(chart.rows.map((r) => [r.crimeType.name, ...chart.years.map((y) => r.byYear.get(y)?.share ?? null)])).toEqual([
      ['Drug trafficking', null, 22],
      ['Document fraud', 3, 18],
    ]);
  });

  it('lists the links without a share apart, one entry per crime', () => {
    const chart = crimeChart(links);
    expect(chart.unquantified.map((r) => [r.crimeType.name, r.links.map((l) => l.linkKind)])).toEqual([
      ['Corruption', [null]],
      ['Document fraud', ['SUPPORTING_CRIME']],
      ['Drug trafficking', ['SHARED_ACTORS']],
    ]);
  });

  it('says what the shares of each year are of, from the figures, with the document', () => {
    const chart = crimeChart(links);
    expect(chart.populations.map(populationSentence)).toEqual([
      '2014: share of suspects, Europol data 2014 — The report — Europol, published May 2016',
      '2015: share of polycriminal smugglers, Europol data 2015 — The report — Europol, published May 2016',
    ]);
    expect(chart.populations[1]!.crimes).toEqual(['Drug trafficking', 'Document fraud']);
  });
});
