/**
 * The explorer at 1440×900 in headless Chromium, as an analyst reads crime links and checks where
 * they come from: one chart row per crime with every year side by side, the links without a share
 * apart, what the shares are of; a citation with its publication date and the date the fact
 * refers to shown apart and its modality explained; the citation opening the document reader at
 * its quote, highlighted and in view. Screenshots go to test-results/e2e/.
 */
import type { EdgeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENUMS } from '../../server/domain/model.ts';
import { loadSeedGraph, readSeedFiles } from '../../seed/load.ts';
import { validateSeed } from '../../seed/validate.ts';
import { normaliseForMatch } from '../../server/domain/quote-match.ts';
import { screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { openAsNewViewer, useExplorerSession } from './support/explorer-session.ts';
import { searchAndChoose, settled } from './support/explorer-page.ts';

let page: Page;

const session = useExplorerSession({ width: 1440, height: 900 });
beforeAll(() => {
  page = session.page;
});

interface ChartRow {
  crime: string;
  /** Text of each year's cell, by the year in the column header. */
  cells: Record<string, string>;
  /** On-screen boxes of the year cells. */
  boxes: Record<string, { x: number; y: number; width: number; height: number }>;
}

async function chartRows(): Promise<{ years: string[]; rows: ChartRow[] }> {
  return page.evaluate(() => {
    const chart = document.querySelector('#panel-crimes table.crime-chart')!;
    const years = [...chart.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!.trim());
    const rows = [...chart.querySelectorAll('tbody tr.crime-chart-row')].map((tr) => {
      const cells: Record<string, string> = {};
      const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
      [...tr.querySelectorAll('td')].forEach((td, i) => {
        cells[years[i]!] = td.textContent!.trim();
        const r = td.getBoundingClientRect();
        boxes[years[i]!] = { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      return { crime: tr.querySelector('th button')!.textContent!.trim(), cells, boxes };
    });
    return { years, rows };
  });
}

const texts = (selector: string) => page.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).innerText.trim()));

describe('crime links as a chart', () => {
  it('shows one row per crime with 2014 and 2015 side by side, document fraud at 3% and 18%', async () => {
    await openAsNewViewer(session, 'e2e-crime-chart');
    await page.click('#tab-crimes');
    await page.waitForSelector('#panel-crimes table.crime-chart tbody tr', { state: 'visible' });
    await screenshot(page, 'crime-links-1-chart');
    const { years, rows } = await chartRows();
    expect(years).toEqual(['2014', '2015']);
    const crimes = rows.map((r) => r.crime);
    expect(new Set(crimes).size, 'each crime once').toBe(crimes.length);
    expect(crimes).toEqual(expect.arrayContaining(['Drug trafficking', 'Human trafficking', 'Property crime', 'Document fraud']));
    const fraud = rows.find((r) => r.crime === 'Document fraud')!;
    expect(fraud.cells).toEqual({ 2014: '3%', 2015: '18%' });
    // Side by side: the same line, 2014 left of 2015, both drawn on screen.
    expect(Math.abs(fraud.boxes['2014']!.y - fraud.boxes['2015']!.y)).toBeLessThan(2);
    expect(fraud.boxes['2014']!.x + fraud.boxes['2014']!.width).toBeLessThanOrEqual(fraud.boxes['2015']!.x + 1);
    expect(fraud.boxes['2014']!.width).toBeGreaterThan(20);
    // The bars are as long as the shares: 18% wider than 3%.
    const bars = await page.$$eval('#panel-crimes tr[data-crime="crime-document-fraud"] .share-bar > span', (els) => els.map((e) => e.getBoundingClientRect().width));
    expect(bars).toHaveLength(2);
    expect(bars[1]!).toBeGreaterThan(bars[0]! * 4);
    expect(rows.find((r) => r.crime === 'Drug trafficking')!.cells).toEqual({ 2014: '—', 2015: '22%' });
  });

  it('lists the links without a share apart, each crime once, under their own heading', async () => {
    const heading = await page.$$eval('#panel-crimes .crime-links-unquantified h3', (els) => els.map((e) => e.textContent!.trim()));
    expect(heading[0]).toMatch(/^Linked without a share \(\d+\)$/);
    const names = await texts('#panel-crimes .crime-links-unquantified li.crime-link > button');
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Corruption', 'Illicit money flows', 'Smuggling of illicit goods']));
    const shares = (await chartRows()).rows.map((r) => r.crime);
    expect(shares).not.toContain('Corruption');
    const items = await texts('#panel-crimes .crime-links-unquantified li.crime-link');
    expect(items.find((t) => t.startsWith('Smuggling of illicit goods'))).toMatch(/shared actors · shared infrastructure · kind of link not stated/);
    await page.locator('#panel-crimes .crime-links-unquantified').scrollIntoViewIfNeeded();
    await screenshot(page, 'crime-links-2-unquantified');
  });

  it('says what the shares are of, with the data and the document, from the figures', async () => {
    const sentences = await texts('#panel-crimes .crime-chart-population li');
    const report = 'Migrant Smuggling Networks: Joint Europol-INTERPOL Report, Executive Summary — Europol and INTERPOL, published May 2016';
    expect(sentences).toContain(`2014: share of migrant smuggling suspects, Europol data 2014 — ${report}`);
    expect(sentences).toContain(
      `2015: share of migrant smugglers involved in more than one crime area, over 220 smugglers identified by Europol in 2015 as involved in more than one crime area — ${report}`,
    );
    await page.locator('#panel-crimes .crime-chart-population').scrollIntoViewIfNeeded();
    await screenshot(page, 'crime-links-3-population');
  });

  it('draws one year on the canvas with edge width by share while the chart keeps both years', async () => {
    await page.click('#panel-crimes .year-switch button:text-is("2015")');
    const widths = async () =>
      page.evaluate(() => {
        const cy = window.__explorer!.cy();
        return (cy.edges('[type = "LINKED_TO"]').toArray() as EdgeSingular[])
          .filter((e) => e.source().id() === 'crime-migrant-smuggling' || e.target().id() === 'crime-migrant-smuggling')
          .map((e) => ({ other: e.source().id() === 'crime-migrant-smuggling' ? e.target().id() : e.source().id(), year: e.data('year'), share: e.data('share'), width: Number.parseFloat(e.style('width')) }));
      });
    await eventually(async () => {
      const drawn = await widths();
      expect(drawn.length).toBeGreaterThan(3);
      expect(drawn.every((e) => e.year === 2015)).toBe(true);
    });
    await settled(page);
    const drawn = await widths();
    const width = (id: string) => drawn.find((e) => e.other === id)!.width;
    expect(width('crime-drug-trafficking')).toBeGreaterThan(width('crime-document-fraud'));
    expect(width('crime-document-fraud')).toBeGreaterThan(1.5);
    expect(await texts('#panel-crimes thead th.active')).toEqual(['2015']);
    expect((await chartRows()).rows.find((r) => r.crime === 'Document fraud')!.cells).toEqual({ 2014: '3%', 2015: '18%' });
    await screenshot(page, 'crime-links-4-year-2015-drawn');
  });
});

describe('sources made explicit', () => {
  const fraudEvidence = '#panel-crimes tr.crime-chart-evidence[data-crime="crime-document-fraud"] details.row-evidence';

  it('shows a citation with its publication date and the date the fact refers to apart, and the modality explained', async () => {
    await page.click(`${fraudEvidence} > summary`);
    const item = page.locator(`${fraudEvidence} li.evidence`).filter({ hasText: '18% to forgery of documents' });
    await item.scrollIntoViewIfNeeded();
    await eventually(async () => expect(await item.locator('.evidence-published').innerText()).toBe('published May 2016'));
    expect(await item.locator('.evidence-refers').innerText()).toBe('refers to 2015');
    expect(await item.locator('.evidence-modality').innerText()).toBe(`reported — ${ENUMS.Modality.valueDescriptions.reported}`);
    expect(await item.locator('cite').innerText()).toBe('Migrant Smuggling Networks: Joint Europol-INTERPOL Report, Executive Summary');
    // A forecast says so in words.
    const unquantifiedFraud = page.locator('#panel-crimes .crime-links-unquantified li.crime-link').filter({ has: page.locator('button:text-is("Document fraud")') });
    await unquantifiedFraud.locator('summary').click();
    const forecast = unquantifiedFraud.locator('li.evidence').filter({ hasText: 'It is expected that document counterfeiting' });
    expect(await forecast.locator('.evidence-modality').innerText()).toBe(`expected — ${ENUMS.Modality.valueDescriptions.expected}`);
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'sources-1-citation-dates-modality');
  });

  it('opens the document reader at the quote, highlighted and in view', async () => {
    // The documents' texts are part of the seed: load it again, in case the database was
    // loaded from an older one (without the texts) since this run's setup.
    await loadSeedGraph(session.db, validateSeed(readSeedFiles()));
    const quote = 'Between 2014 and 2015 the percentage of suspects linked to forgery of documents increased from 3% to 18%.';
    const item = page.locator(`${fraudEvidence} li.evidence`).filter({ hasText: quote }).first();
    await item.locator('button.citation').click();
    const reader = page.locator('dialog.document-reader[open]');
    await reader.waitFor({ state: 'visible' });
    await eventually(async () => expect(await reader.locator('mark').count()).toBe(1));
    expect(normaliseForMatch(await reader.locator('mark').innerText())).toBe(normaliseForMatch(quote));
    expect(await reader.locator('.reader-header h2').innerText()).toBe('Migrant Smuggling Networks: Joint Europol-INTERPOL Report, Executive Summary');
    const meta = await reader.locator('.reader-meta').innerText();
    expect(meta).toContain('Europol and INTERPOL');
    expect(meta).toContain('published May 2016');
    expect(meta).toContain('PUBLIC');
    // The whole document is there, not only the quote.
    expect((await reader.locator('.reader-content').innerText()).length).toBeGreaterThan(20_000);
    await eventually(async () => {
      const [mark, box] = await Promise.all([reader.locator('mark').boundingBox(), reader.locator('.reader-text').boundingBox()]);
      expect(mark && box).toBeTruthy();
      expect(mark!.y).toBeGreaterThanOrEqual(box!.y);
      expect(mark!.y + mark!.height).toBeLessThanOrEqual(box!.y + box!.height);
      expect(mark!.x).toBeGreaterThanOrEqual(box!.x);
      expect(mark!.x + mark!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
      // Scrolled there: the quote is far into the text.
      expect(await reader.locator('.reader-text').evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
    });
    const background = await reader.locator('mark').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await screenshot(page, 'sources-2-reader-at-quote');
    await page.keyboard.press('Escape');
    await eventually(async () => expect(await page.locator('dialog.document-reader[open]').count()).toBe(0));
  });

  it('shows the same dates and modality in the details panel, where the figure of 2014 cites the 2016 report', async () => {
    await searchAndChoose(page, 'forgery of documents 2014', 'fig-polycrim-document-forgery-2014');
    const panel = page.locator('#panel-details');
    await eventually(async () => expect((await panel.locator('h2').first().textContent())?.trim()).toBe('3% of migrant smuggling suspects linked to forgery of documents (2014)'));
    const item = panel.locator('li.evidence').first();
    await eventually(async () => expect(await item.locator('.evidence-published').innerText()).toBe('published May 2016'));
    expect(await item.locator('.evidence-refers').innerText()).toBe('refers to 2014');
    expect(await item.locator('.evidence-modality').innerText()).toBe(`reported — ${ENUMS.Modality.valueDescriptions.reported}`);
    await screenshot(page, 'sources-3-details-panel-dates');
    // The citation there opens the reader too.
    await item.locator('button.citation').click();
    await eventually(async () => expect(await page.locator('dialog.document-reader[open] mark').count()).toBe(1));
    await page.keyboard.press('Escape');
  });
});
