/**
 * Rendering benchmark of the explorer's canvas in headless Chromium.
 *
 *   node_modules/.bin/node client/bench/render-benchmark.ts [--nodes 2000] [--edges 4000] [--runs 3]
 *
 * Builds the benchmark page (client/bench/bench-page.html, which uses the explorer's canvas
 * code) into a temporary folder, serves it, and for each renderer and layout loads a fresh page,
 * draws a synthetic graph of the given size and reports how long it took until the laid-out
 * graph was on screen, then zooms with the mouse wheel and pans by dragging while it logs the
 * gaps between frames. Prints figures; it is not a test and does not fail on a slow machine.
 *
 * runRenderBenchmark is the same measurement for other scripts (npm run bench draws 500, 2,000
 * and 10,000 elements with it), without the zooming and panning when they do not ask for it.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';
import type { BenchResult, BenchRun } from './bench-page.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The explorer promises the laid-out graph on screen within this. */
const BUDGET_MS = 3000;

export const DEFAULT_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function buildPage(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-bench-'));
  await build({
    configFile: false,
    root: HERE,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: path.join(HERE, 'bench-page.html') }, chunkSizeWarningLimit: 2000 },
  });
  return outDir;
}

async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: false });
  const server = http.createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end();
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/bench-page.html`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface Interaction {
  medianFrameMs: number;
  worstFrameMs: number;
}

/** Zooms in and out with the wheel and drags the view, logging frame gaps in the page. */
async function interact(page: Page): Promise<Interaction> {
  await page.mouse.move(350, 330);
  await page.evaluate(() => window.startFrameLog());
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, i < 4 ? -120 : 120);
    await page.waitForTimeout(60);
  }
  // Drag from an empty corner so the drag pans instead of moving a node.
  await page.mouse.move(8, 8);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(8 + i * 20, 8 + i * 12);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  const gaps = await page.evaluate(() => window.stopFrameLog());
  return { medianFrameMs: Math.round(median(gaps)), worstFrameMs: Math.round(Math.max(...gaps)) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface RenderOptions {
  scenarios: BenchRun[];
  runs: number;
  chromium?: string;
  /** Also zoom and pan after drawing, logging the frame gaps. */
  interact?: boolean;
  /** Called with each scenario's medians as soon as it is measured. */
  onResult?: (result: RenderResult) => void;
  /** A run not drawn within this is recorded as failed (the scenario's error) and the next one starts. */
  runTimeoutMs?: number;
}

export interface RenderResult extends BenchRun {
  renderer: string;
  runs: number;
  /** Medians over the runs, in ms. */
  elementsMs: number;
  layoutMs: number;
  firstFrameMs: number;
  totalMs: number;
  medianFrameMs?: number;
  worstFrameMs?: number;
  /** Why the scenario has no figures (a run that never finished drawing). */
  error?: string;
}

/** Each scenario drawn `runs` times on a fresh page of headless Chromium; medians per scenario. */
export async function runRenderBenchmark(options: RenderOptions): Promise<{ chromium: string; results: RenderResult[] }> {
  const dir = await buildPage();
  const site = await serve(dir);
  const browser = await chromium.launch({
    executablePath: options.chromium ?? DEFAULT_CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results: RenderResult[] = [];
  try {
    for (const scenario of options.scenarios) {
      const measured: (BenchResult & Partial<Interaction>)[] = [];
      let failure: string | undefined;
      for (let i = 0; i < options.runs && !failure; i++) {
        // A fresh page per run: no warm caches, and a WebGL instance never shares a page with a 2D one.
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        const errors: string[] = [];
        let timer: NodeJS.Timeout | undefined;
        const timeoutMs = options.runTimeoutMs ?? 600_000;
        // An uncaught page error ends the run at once: the drawing it broke would never finish.
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`not drawn within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
          page.on('pageerror', (e) => {
            errors.push(e.message);
            reject(new Error(`page error: ${e.message}`));
          });
        });
        timeout.catch(() => {});
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        try {
          const result = await Promise.race([(async () => {
            await page.goto(site.url);
            await page.waitForFunction(() => typeof window.runBenchmark === 'function');
            return page.evaluate((run) => window.runBenchmark(run), scenario);
          })(), timeout]);
          measured.push({ ...result, ...(options.interact ? await interact(page) : {}) });
        } catch (error) {
          failure = (error as Error).message.split('\n')[0];
        } finally {
          clearTimeout(timer);
          await page.close().catch(() => {});
        }
        // A page error is that scenario's failure (it usually stops the drawing too), not the whole run's.
        if (errors.length) failure = `page error: ${errors.join('; ').split('\n')[0]!.slice(0, 200)}`;
      }
      if (failure || measured.length === 0) {
        const result: RenderResult = { ...scenario, renderer: scenario.webgl ? 'WebGL' : 'canvas 2D', runs: measured.length, elementsMs: Number.NaN, layoutMs: Number.NaN, firstFrameMs: Number.NaN, totalMs: Number.NaN, error: failure ?? 'no run' };
        results.push(result);
        options.onResult?.(result);
        continue;
      }
      const pick = (key: keyof (BenchResult & Interaction)) => median(measured.map((r) => Number(r[key])));
      const result: RenderResult = {
        ...scenario,
        renderer: measured[0]!.renderer,
        runs: measured.length,
        elementsMs: pick('elementsMs'),
        layoutMs: pick('layoutMs'),
        firstFrameMs: pick('firstFrameMs'),
        totalMs: pick('totalMs'),
        ...(options.interact ? { medianFrameMs: pick('medianFrameMs'), worstFrameMs: pick('worstFrameMs') } : {}),
      };
      results.push(result);
      options.onResult?.(result);
    }
    return { chromium: browser.version(), results };
  } finally {
    await browser.close();
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '2000' },
      edges: { type: 'string', default: '4000' },
      runs: { type: 'string', default: '3' },
      chromium: { type: 'string', default: DEFAULT_CHROMIUM },
    },
  });
  const nodes = Number(values.nodes);
  const edges = Number(values.edges);
  const runs = Number(values.runs);
  const scenarios: BenchRun[] = [
    { nodes, edges, webgl: false, layout: 'force' },
    { nodes, edges, webgl: true, layout: 'force' },
    { nodes, edges, webgl: false, layout: 'geographic' },
    { nodes, edges, webgl: false, layout: 'grid' },
  ];
  console.log(`Explorer canvas benchmark: ${nodes} nodes, ${edges} edges, median of ${runs} runs, headless Chromium, ${os.cpus().length} cores`);
  console.log('renderer   layout       elements  layout  first frame  total   frames while zooming/panning (median/worst)  within 3 s');
  await runRenderBenchmark({
    scenarios,
    runs,
    chromium: values.chromium,
    interact: true,
    onResult: (r) => console.log(
      `${r.renderer.padEnd(10)} ${r.layout.padEnd(12)} ${`${r.elementsMs} ms`.padStart(8)}  ${`${r.layoutMs} ms`.padStart(6)}  ${`${r.firstFrameMs} ms`.padStart(11)}  ${`${r.totalMs} ms`.padStart(7)}  ${`${r.medianFrameMs} / ${r.worstFrameMs} ms`.padStart(43)}  ${r.totalMs <= BUDGET_MS ? 'yes' : 'NO'}`,
    ),
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
