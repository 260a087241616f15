/**
 * The figures of `npm run bench` as a readable table (and the same as Markdown for the README),
 * with the issue's targets at report scale marked ✓ or ✗ next to them.
 */
import type { Size } from './case-scale-queries.ts';

export interface LatencyFigure {
  title: string;
  form: string;
  interim: boolean;
  query: string;
  p50: number;
  p95: number;
  p99: number;
  rounds: number;
  errors: number;
  firstError?: string;
  answer: string;
}

export interface Skipped {
  title: string;
  skipped: string;
}

export interface ThroughputFigure {
  title: string;
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts, non-2xx answers and answers with GraphQL errors. */
  errors: number;
  detail: { connectionErrors: number; timeouts: number; non2xx: number; graphqlErrors: number; statusCodes?: unknown; firstFailure?: string };
}

export interface SizeFigures {
  graph: { nodes: number; relationships: number };
  import: { rows: number; entities: number; links: number; seconds: number; rowsPerSecond: number } | null;
  subjects: Record<string, unknown>;
  latency: Record<string, LatencyFigure | Skipped>;
  throughput: Record<string, ThroughputFigure>;
  memory: { api: Record<string, number | null>; neo4j: Record<string, unknown> };
}

export interface RenderFigure {
  elements: number;
  nodes: number;
  edges: number;
  renderer: string;
  runs: number;
  layoutMs: number;
  firstFrameMs: number;
  totalMs: number;
  /** Why it has no figures (a run that was not drawn in time). */
  error?: string;
}

export interface BenchFile {
  meta: Record<string, unknown>;
  sizes: Partial<Record<Size, SizeFigures>>;
  render: { chromium: string; results: RenderFigure[] } | { skipped: string } | null;
  targets: Target[];
}

export interface Target {
  figure: string;
  target: string;
  value: string;
  met: boolean | null;
}

const isLatency = (f: LatencyFigure | Skipped | undefined): f is LatencyFigure => Boolean(f && 'p50' in f);
const ms = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(v < 10 ? 2 : 1));
const mark = (met: boolean | null) => (met === null ? '' : met ? '✓' : '✗');

/** The issue's targets, checked at report scale (and 3× against report scale) where measured. */
export function checkTargets(file: BenchFile): Target[] {
  const report = file.sizes.report;
  const triple = file.sizes.triple;
  const targets: Target[] = [];
  const latency = (key: string, limit: number, figure: string) => {
    const f = report?.latency[key];
    targets.push({ figure: `${figure} p50 (report)`, target: `< ${limit} ms`, value: isLatency(f) ? `${ms(f.p50)} ms` : 'not measured', met: isLatency(f) ? f.p50 < limit && f.errors === 0 : null });
  };
  const imp = report?.import;
  targets.push({ figure: 'synthetic import (report)', target: '< 60 s', value: imp ? `${imp.seconds.toFixed(1)} s` : 'not measured', met: imp ? imp.seconds < 60 : null });
  latency('search', 10, 'search');
  latency('entity-two-fields', 10, 'entity with relationship fields');
  latency('neighbourhood-2', 25, 'neighbourhood depth 2');
  latency('shortest-path', 30, 'shortest path between suspects');
  const t = report?.throughput['entity-lookups'];
  targets.push({ figure: 'entity lookups at 50 connections (report)', target: '≥ 1,500/s, 0 errors', value: t ? `${t.perSecond.toFixed(0)}/s, ${t.errors} errors` : 'not measured', met: t ? t.perSecond >= 1500 && t.errors === 0 : null });
  for (const [key, f] of Object.entries(triple?.latency ?? {})) {
    const r = report?.latency[key];
    if (!isLatency(f) || !isLatency(r)) continue;
    const growth = f.p50 / r.p50;
    targets.push({ figure: `${f.title}: p50 at 3× / at report`, target: '≤ 1.5×', value: `${growth.toFixed(2)}×`, met: growth <= 1.5 });
  }
  if (!triple || !report) targets.push({ figure: 'every p50 at 3× within 1.5× of report scale', target: '≤ 1.5×', value: 'not measured', met: null });
  const render = file.render && 'results' in file.render ? file.render.results.filter((r) => r.elements === 2000) : [];
  for (const r of render) targets.push({ figure: `2,000 elements drawn and laid out (${r.renderer})`, target: '< 2 s', value: r.error ? `failed: ${r.error}` : `${r.totalMs} ms`, met: !r.error && r.totalMs < 2000 });
  if (!render.length) targets.push({ figure: '2,000 elements drawn and laid out', target: '< 2 s', value: 'not measured', met: null });
  return targets;
}

/** Rows of text cells: first the header. */
type Table = string[][];

function textTable(rows: Table): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const pad = (c: string, w: number, left: boolean) => (left ? c + ' '.repeat(w - [...c].length) : ' '.repeat(w - [...c].length) + c);
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i]!, i === 0)).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function markdownTable(rows: Table): string {
  const line = (r: string[]) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(rows[0]!), `|${rows[0]!.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/** The sections of the report, each a table with one column per size. */
function sections(file: BenchFile): { title: string; rows: Table }[] {
  const sizes = Object.keys(file.sizes) as Size[];
  const fig = (s: Size) => file.sizes[s]!;
  const targetOf = new Map(file.targets.map((t) => [t.figure, t]));
  const out: { title: string; rows: Table }[] = [];
  out.push({
    title: 'Graph and import (the synthetic load through the CSV import)',
    rows: [
      ['figure', ...sizes, 'target at report'],
      ['nodes', ...sizes.map((s) => fig(s).graph.nodes.toLocaleString('en')), ''],
      ['relationships', ...sizes.map((s) => fig(s).graph.relationships.toLocaleString('en')), ''],
      ['rows imported', ...sizes.map((s) => fig(s).import?.rows.toLocaleString('en') ?? '-'), ''],
      ['import time, s', ...sizes.map((s) => fig(s).import?.seconds.toFixed(1) ?? '-'), (() => {
        const t = targetOf.get('synthetic import (report)');
        return t ? `${t.target} ${mark(t.met)}` : '';
      })()],
      ['rows per second', ...sizes.map((s) => fig(s).import?.rowsPerSecond.toLocaleString('en') ?? '-'), ''],
    ],
  });
  const keys = [...new Set(sizes.flatMap((s) => Object.keys(fig(s).latency)))];
  const latencyTarget: Record<string, string> = { search: 'search', 'entity-two-fields': 'entity with relationship fields', 'neighbourhood-2': 'neighbourhood depth 2', 'shortest-path': 'shortest path between suspects' };
  const hasTriple = sizes.includes('triple') && sizes.includes('report');
  out.push({
    title: 'Latency over HTTP, ms: p50 / p95 / p99 (loopback, warmed, sequential)',
    rows: [
      ['query', ...sizes, 'target at report', ...(hasTriple ? ['3× / report'] : []), 'form measured'],
      ...keys.map((key) => {
        const cells = sizes.map((s) => {
          const f = fig(s).latency[key];
          if (!f) return '-';
          if (!isLatency(f)) return 'n/a';
          return `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.p99)}${f.errors ? ` (${f.errors} errors)` : ''}`;
        });
        // The forms measured, in size order (the curated graph asks about other subjects).
        const forms = [...new Set(sizes.map((s) => fig(s).latency[key]).filter(isLatency).map((f) => `${f.interim ? '* ' : ''}${f.form}`))];
        const title = (sizes.map((s) => fig(s).latency[key]).find(Boolean) as LatencyFigure | Skipped).title;
        const named = latencyTarget[key];
        const t = named ? targetOf.get(`${named} p50 (report)`) : undefined;
        const growth = targetOf.get(`${title}: p50 at 3× / at report`);
        return [title, ...cells, t ? `${t.target} ${mark(t.met)}` : '', ...(hasTriple ? [growth ? `${growth.value} ${mark(growth.met)}` : ''] : []), forms.join('; ')];
      }),
    ],
  });
  const tkeys = [...new Set(sizes.flatMap((s) => Object.keys(fig(s).throughput)))];
  out.push({
    title: 'Throughput: requests/s (errors), rotating ids',
    rows: [
      ['load', ...sizes, 'target at report'],
      ...tkeys.map((key) => {
        const title = sizes.map((s) => fig(s).throughput[key]).find(Boolean)!;
        const t = key === 'entity-lookups' ? targetOf.get('entity lookups at 50 connections (report)') : undefined;
        return [`${title.title}, ${title.connections} connections`, ...sizes.map((s) => {
          const f = fig(s).throughput[key];
          return f ? `${f.perSecond.toFixed(0)} (${f.errors})` : '-';
        }), t ? `${t.target} ${mark(t.met)}` : ''];
      }),
    ],
  });
  const api = (s: Size, k: string) => fig(s).memory.api[k];
  const neo = (s: Size) => fig(s).memory.neo4j as any;
  const n = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en') : 'n/a');
  const ratio = (v: unknown) => (typeof v === 'number' ? `${(v * 100).toFixed(2)} %` : 'n/a');
  out.push({
    title: 'Memory after the measurements, MB',
    rows: [
      ['process', ...sizes],
      ['API RSS (peak)', ...sizes.map((s) => `${n(api(s, 'rssMb'))} (${n(api(s, 'peakRssMb'))})`)],
      ['API V8 heap used / total', ...sizes.map((s) => `${n(api(s, 'heapUsedMb'))} / ${n(api(s, 'heapTotalMb'))}`)],
      ['Neo4j RSS (peak)', ...sizes.map((s) => `${n(neo(s).rssMb)} (${n(neo(s).peakRssMb)})`)],
      ['Neo4j heap used / max', ...sizes.map((s) => `${n(neo(s).heapUsedMb)} / ${n(neo(s).heapMaxMb)}`)],
      ['page cache hit ratio, working set', ...sizes.map((s) => ratio(neo(s).pageCache?.workingSetHitRatio))],
      ['page cache hit ratio, full scan', ...sizes.map((s) => ratio(neo(s).pageCache?.fullScanHitRatio))],
    ],
  });
  if (file.render && 'results' in file.render) {
    const elements = [...new Set(file.render.results.map((r) => r.elements))];
    const renderers = [...new Set(file.render.results.map((r) => r.renderer))];
    out.push({
      title: `Drawing in headless Chromium (${file.render.chromium}), force layout: layout / first frame / total, ms`,
      rows: [
        ['renderer', ...elements.map((e) => `${e.toLocaleString('en')} elements`), 'target: 2,000 < 2 s'],
        ...renderers.map((renderer) => {
          const at = (e: number) => file.render && 'results' in file.render ? file.render.results.find((r) => r.renderer === renderer && r.elements === e) : undefined;
          const t = targetOf.get(`2,000 elements drawn and laid out (${renderer})`);
          return [renderer, ...elements.map((e) => {
            const r = at(e);
            return r ? (r.error ? `failed: ${r.error}` : `${r.layoutMs} / ${r.firstFrameMs} / ${r.totalMs}`) : '-';
          }), t ? `${t.value} ${mark(t.met)}` : ''];
        }),
      ],
    });
  }
  return out;
}

const interimNote = '* an interim form, built from fields the API has today (a scoped field was not in the schema)';

export function reportText(file: BenchFile): string {
  const parts = sections(file).map((s) => `${s.title}\n${textTable(s.rows)}`);
  parts.push(interimNote);
  parts.push(`Targets\n${textTable([['figure', 'target', 'value', ''], ...file.targets.map((t) => [t.figure, t.target, t.value, mark(t.met)])])}`);
  return parts.join('\n\n');
}

export function reportMarkdown(file: BenchFile): string {
  const parts = sections(file).map((s) => `**${s.title}**\n\n${markdownTable(s.rows)}`);
  parts.push(interimNote);
  parts.push(`**Targets**\n\n${markdownTable([['figure', 'target', 'value', ''], ...file.targets.map((t) => [t.figure, t.target, t.value, mark(t.met)])])}`);
  return `${parts.join('\n\n')}\n`;
}
