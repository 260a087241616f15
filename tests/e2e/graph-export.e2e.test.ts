/**
 * The toolbar's data exports in headless Chromium against the real server: the Export menu's data entries
 * downloads the canvas as GraphML, with a node per entity on the canvas, and as a ZIP of CSV
 * files in the import format. Screenshots go to test-results/e2e/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { SCREENSHOTS } from './support/client-build.ts';
import { openAsNewViewer, useExplorerSession } from './support/explorer-session.ts';
import { nodeIds } from './support/explorer-page.ts';

let page: Page;
const session = useExplorerSession({ width: 1440, height: 900 });
beforeAll(() => {
  page = session.page;
});

async function downloadData(format: 'CSV' | 'GRAPHML'): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-menu').then(() => page.click(`#export-${format.toLowerCase()}`))]);
  const file = path.join(SCREENSHOTS, `graph-export-${download.suggestedFilename()}`);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

describe('the data exports of the Export menu', () => {
  it('downloads the canvas as GraphML and as CSV files, and closes once chosen', async () => {
    await openAsNewViewer(session, 'e2e-graph-export');
    const onCanvas = (await nodeIds(page)).sort();
    expect(onCanvas.length).toBeGreaterThan(5);
    await screenshot(page, 'graph-export-01-toolbar');

    const graphml = await downloadData('GRAPHML');
    expect(graphml.name).toMatch(/\.graphml$/);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => ['node', 'edge'].includes(n) }).parse(graphml.bytes.toString('utf8'));
    expect(doc.graphml.graph.node.map((n: Record<string, string>) => n['@_id']).sort()).toEqual(onCanvas);
    expect(await page.locator('#export-menu').getAttribute('aria-expanded')).toBe('false');

    const csv = await downloadData('CSV');
    expect(csv.name).toMatch(/\.zip$/);
    expect(csv.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(csv.bytes.includes(Buffer.from('README.txt'))).toBe(true);
  });
});
