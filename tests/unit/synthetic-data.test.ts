/**
 * The synthetic case data generator: the same scale and seed give the same files, and the data
 * has the report's shape (sizes, more than 100 nationalities, skewed communications, the 2015
 * polycriminality shares).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseMapping } from '../../server/case-import/mapping.ts';
import { generateSynthetic, SCALES } from '../../seed/synthetic/generate.ts';
import { curatedReference } from '../../seed/synthetic/curated-reference.ts';

const rowsOf = (files: ReturnType<typeof generateSynthetic>, name: string) =>
  parse(files.find((f) => f.name === name)!.csv, { columns: true }) as Record<string, string>[];

const report = generateSynthetic('report', 1);

describe('synthetic case data', { timeout: 120_000 }, () => {
  it('is the same for the same seed and differs for another', () => {
    const small = generateSynthetic('small', 7);
    expect(generateSynthetic('small', 7)).toEqual(small);
    expect(generateSynthetic('small', 8).find((f) => f.name === 'persons.csv')!.csv).not.toBe(small.find((f) => f.name === 'persons.csv')!.csv);
  });

  it('comes with a valid mapping for every file, RESTRICTED and from its own source', () => {
    for (const file of generateSynthetic('small', 1)) {
      const { mapping, problems } = parseMapping(file.mapping, file.name.replace('.csv', '.yaml'));
      expect(problems, file.name).toEqual([]);
      expect(mapping!.marking).toBe('RESTRICTED');
      expect(mapping!.source.id).toBe('synthetic-case-data');
      expect(mapping!.source.title).toContain('Synthetic');
    }
  });

  it('has the report\'s sizes at report scale', () => {
    expect(rowsOf(report, 'persons.csv')).toHaveLength(SCALES.report.persons);
    expect(rowsOf(report, 'networks.csv')).toHaveLength(522);
    expect(rowsOf(report, 'hotspots.csv')).toHaveLength(250);
    expect(rowsOf(report, 'communications.csv')).toHaveLength(140_000);
    expect(new Set(rowsOf(report, 'persons.csv').map((p) => p.nationality)).size).toBeGreaterThan(100);
  });

  it('puts networks on the curated routes and hotspots in curated places', () => {
    const reference = curatedReference();
    const routes = new Set(reference.routes.map((r) => r.id));
    const places = new Set(reference.locations.map((l) => l.id));
    expect(rowsOf(report, 'networks.csv').every((n) => routes.has(n.route!))).toBe(true);
    expect(rowsOf(report, 'hotspots.csv').every((h) => places.has(h.in_place!))).toBe(true);
    expect(rowsOf(report, 'persons.csv').every((p) => reference.roleIds.has(p.role!))).toBe(true);
  });

  it('gives communications a few hubs and many leaves', () => {
    const degree = new Map<string, number>();
    for (const c of rowsOf(report, 'communications.csv')) for (const end of [c.from_identifier!, c.to_identifier!]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]! / median).toBeGreaterThan(50);
    expect(median).toBeLessThanOrEqual(5);
  });

  it('links polycriminal suspects to other crimes near the report\'s 2015 shares', () => {
    const shares = curatedReference().polycriminalShares2015;
    const crimes = rowsOf(report, 'suspected-crimes.csv');
    const polycriminal = new Set(crimes.map((c) => c.person_id)).size;
    for (const [crime, share] of shares) {
      const linked = crimes.filter((c) => c.crime === crime).length;
      expect(Math.abs((100 * linked) / polycriminal - share), crime).toBeLessThan(5);
    }
  });
});
