/**
 * Document ingest in headless Chromium, as an analyst uses it: choose a report, ingest it, see
 * the known entities it names highlighted in its text, accept one candidate as a new entity
 * (drawn on the canvas) and reject another. A screenshot of each step goes to test-results/e2e/.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createSignInLink, createUser } from '../../server/auth/auth-service.ts';
import { removeIngestedDocument } from '../../server/ingest/ingest-document.ts';
import { screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { hasNode, node, settled, waitForExplorer } from './support/explorer-page.ts';
import { useExplorerSession } from './support/explorer-session.ts';

const session = useExplorerSession({ width: 1280, height: 900 });
const run = randomBytes(3).toString('hex');
const TEXT = [
  `Field report ${run}`,
  '',
  `Operation Nightjar${run} was led by Europol in Italy in April 2021. The Adriatic Coordination Bureau (ACB) supported it with Frontex.`,
].join('\n');
const made: string[] = [];

afterAll(async () => {
  await session.db.writeText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: made });
  const [row] = await session.db.readText("MATCH (s:Source {origin: 'ingest'}) WHERE s.title = $t RETURN collect(s.id) AS ids", { t: `Field report ${run}` });
  for (const id of (row?.ids as string[]) ?? []) await removeIngestedDocument(session.db, id);
});

describe('the document ingest dialog', () => {
  it('ingests a report and shows the entities it names highlighted in its text', async () => {
    const { page } = session;
    const name = `e2e-ingester-${Date.now()}`;
    await createUser(session.db, 'e2e-setup', name, 'analyst', 'RESTRICTED');
    await page.goto(`${session.base}/auth/signin?token=${await createSignInLink(session.db, 'e2e-setup', name)}`);
    await waitForExplorer(page);
    await settled(page);
    await page.click('#hint .notice-close');
    await page.click('#ingest-document');
    await page.locator('dialog.ingest-dialog').waitFor({ state: 'visible' });
    // An analyst's document is RESTRICTED unless they choose otherwise, within their clearance.
    expect(await page.locator('#ingest-marking').inputValue()).toBe('RESTRICTED');
    expect(await page.locator('#ingest-marking option').allTextContents()).toEqual(['PUBLIC', 'RESTRICTED']);
    await page.setInputFiles('#ingest-file', { name: `report-${run}.txt`, mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
    await page.fill('#ingest-title', `Field report ${run}`);
    await page.fill('#ingest-publisher', 'E2E');
    await screenshot(page, 'ingest-01-chosen');
    await page.click('#ingest-start');
    await eventually(async () => expect(await page.locator('#ingest-status').textContent()).toMatch(/^Ingested: \d+ mentions of \d+ known entities, \d+ candidates for review\.$/), 20_000);
    await eventually(async () => expect(await page.locator('#ingest-text mark').count()).toBeGreaterThanOrEqual(3));
    const marked = await page.locator('#ingest-text mark').allTextContents();
    expect(marked).toEqual(expect.arrayContaining(['Europol', 'Italy', 'Frontex']));
    expect(await page.locator('#ingest-text').textContent()).toBe(TEXT);
    const europol = page.locator('#ingest-text mark', { hasText: 'Europol' }).first();
    expect(await europol.getAttribute('title')).toBe('Europol (Organisation)');
    const box = await europol.boundingBox();
    expect(box!.width).toBeGreaterThan(20);
    // The highlight is drawn: its background is not the text box's.
    expect(await europol.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(await page.locator('#ingest-text').evaluate((el) => getComputedStyle(el).backgroundColor));
    await screenshot(page, 'ingest-02-mentions');
  });

  it('accepts a candidate as a new entity, drawn on the canvas, and rejects another', async () => {
    const { page } = session;
    const item = (text: string) => page.locator('.ingest-candidate', { has: page.locator('strong', { hasText: text }) });
    await eventually(async () => expect(await item('Adriatic Coordination Bureau').count()).toBe(1));
    expect(await item('Adriatic Coordination Bureau').textContent()).toContain('(ACB) — Organisation');
    await item('Adriatic Coordination Bureau').locator('[data-action="accept"]').click();
    await eventually(async () => expect(await item('Adriatic Coordination Bureau').locator('.ingest-candidate-state').textContent()).toMatch(/^Accepted as org-adriatic-coordination-bureau-[0-9a-f]{6}$/));
    const id = (await item('Adriatic Coordination Bureau').locator('.ingest-candidate-state').textContent())!.replace('Accepted as ', '');
    made.push(id);
    await item(`Operation Nightjar${run}`).locator('[data-action="reject"]').click();
    await eventually(async () => expect(await item(`Operation Nightjar${run}`).locator('.ingest-candidate-state').textContent()).toBe('Rejected'));
    expect(await item(`Operation Nightjar${run}`).locator('[data-action="accept"]').isDisabled()).toBe(true);
    // A date dates an operation: it is not offered as an entity of its own.
    expect(await item('April 2021').locator('[data-action="accept"]').isHidden()).toBe(true);
    expect(await item('April 2021').locator('[data-action="reject"]').isVisible()).toBe(true);
    await screenshot(page, 'ingest-03-reviewed');
    await page.click('#ingest-close');
    await page.locator('dialog.ingest-dialog').waitFor({ state: 'hidden' });
    await eventually(async () => expect(await hasNode(page, id)).toBe(true));
    await settled(page);
    expect((await node(page, id))?.visible).toBe(true);
    await screenshot(page, 'ingest-04-on-canvas');
    const [stored] = await session.db.readText("MATCH (n:Entity {id: $id}) RETURN n.marking AS marking, n.aliases AS aliases", { id });
    expect(stored).toEqual({ marking: 'RESTRICTED', aliases: ['ACB'] });
    const [rejected] = await session.db.readText("MATCH (c:Candidate {status: 'rejected'}) WHERE c.text = $t RETURN count(c) AS n", { t: `Operation Nightjar${run}` });
    expect(Number(rejected!.n)).toBe(1);
  });
});
