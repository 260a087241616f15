/**
 * Views stored on the server, in headless Chromium against the real server and Neo4j: a viewer
 * saves a view (listed with its marking, owner and size), copies a short link, and another
 * CONFIDENTIAL viewer in another browser opens it with every node where it was; a PUBLIC viewer
 * opening a link to a view that holds a RESTRICTED entity sees one refusal notice and nothing of
 * the view. A view kept in the browser from before is listed "In this browser" and uploaded.
 * The steps run in order; screenshots go to test-results/e2e/.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createSignInLink, createUser } from '../../server/auth/auth-service.ts';
import { collectProblems, screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { openAsNewViewer, useExplorerSession } from './support/explorer-session.ts';
import { nodeIds, searchAndChoose, settled, waitForExplorer } from './support/explorer-page.ts';

type Positions = Record<string, { x: number; y: number }>;
const positionsOf = (p: Page): Promise<Positions> =>
  p.evaluate(() => Object.fromEntries(window.__explorer!.cy().nodes().map((n) => [n.id(), { ...n.position() }])));

const REFUSED = 'This view does not exist or you may not open it.';
const run = randomBytes(3).toString('hex');
const VIEW_NAME = `Shared views check ${run}`;
const SOURCE = '004_7cf82133f37c6018';
const entities: { id: string; name: string; marking: string }[] = [];

const session = useExplorerSession({ width: 1280, height: 800 });
let page: Page;
let link = '';
let savedPositions: Positions = {};

/** A GraphQL call to the running server with an API token. */
async function api(token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${session.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** A new page in a new browser context, signed in as a new viewer of this clearance. */
async function signedInPage(prefix: string, clearance: 'CONFIDENTIAL' | 'PUBLIC'): Promise<Page> {
  const name = `${prefix}-${run}-${Date.now()}`;
  await createUser(session.db, 'e2e-setup', name, 'viewer', clearance);
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const other = await context.newPage();
  await other.goto(`${session.base}/auth/signin?token=${await createSignInLink(session.db, 'e2e-setup', name)}`);
  await waitForExplorer(other);
  await settled(other);
  return other;
}

beforeAll(async () => {
  page = session.page;
  // Two entities of this run only: one PUBLIC, one RESTRICTED (so the view is RESTRICTED).
  const analyst = `e2e-views-analyst-${run}`;
  await createUser(session.db, 'e2e-setup', analyst, 'analyst', 'CONFIDENTIAL');
  const { token } = await createApiToken(session.db, 'e2e-setup', analyst, 'e2e', 1);
  for (const [word, marking] of [['Aldebaran', 'PUBLIC'], ['Betelgeuse', 'RESTRICTED']] as const) {
    const name = `Views ${word} ${run}`;
    const input = { kind: 'Organisation', id: `org-views-${word.toLowerCase()}-${run}`, name, marking, evidence: [{ sourceId: SOURCE, quote: `views e2e ${run}` }] };
    const data = await api(token, `mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }`, { input });
    entities.push({ id: data.upsertEntity.id, name, marking });
  }
});

afterAll(async () => {
  await session.db.writeText('MATCH (v:SavedView) WHERE any(id IN v.entityIds WHERE id IN $ids) DELETE v', { ids: entities.map((e) => e.id) });
  await session.db.writeText('MATCH (v:SavedView) WHERE v.name = $name DELETE v', { name: `Old local view ${run}` });
  await session.db.writeText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: entities.map((e) => e.id) });
});

describe('views stored on the server', () => {
  it('saves the canvas as a view, listed with its marking, owner and size', async () => {
    await openAsNewViewer(session, 'e2e-shared-views');
    for (const e of entities) await searchAndChoose(page, e.name, e.id);
    const count = (await nodeIds(page)).length;
    expect(count).toBeGreaterThan(2);

    await page.click('#views');
    await page.fill('#view-name', VIEW_NAME);
    await page.keyboard.press('Enter');
    const row = page.locator('.saved-views li', { hasText: VIEW_NAME });
    await row.waitFor();
    expect(await row.locator('.marking-badge').textContent()).toBe('RESTRICTED');
    expect(await row.textContent()).toContain(`${count} nodes · yours`);
    await screenshot(page, 'shared-views-01-saved');
    await page.locator('dialog.views-dialog').getByRole('button', { name: 'Close' }).click();
  });

  it('copies a short link to the canvas', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.base });
    await settled(page);
    savedPositions = await positionsOf(page);
    await page.click('#copy-link');
    await page.locator('.notice', { hasText: 'Link to this view copied' }).waitFor();
    link = await page.evaluate(() => navigator.clipboard.readText());
    const hash = new URL(link).hash;
    expect(hash).toMatch(/^#v=[A-Za-z0-9_-]{10}$/);
    expect(hash.length).toBeLessThan(20);
    // The address bar shows the same short link while the canvas is unchanged.
    expect(new URL(page.url()).hash).toBe(hash);
    await screenshot(page, 'shared-views-02-link-copied');
  });

  it('opens in another browser, for another CONFIDENTIAL viewer signing in through a one-time link, with every node where it was', async () => {
    const name = `e2e-views-colleague-${run}`;
    await createUser(session.db, 'e2e-setup', name, 'viewer', 'CONFIDENTIAL');
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const other = await context.newPage();
    const problems = collectProblems(other);
    // Signed out, the short link asks to sign in; the sign-in link is another address, and the view still opens.
    await other.goto(link);
    await other.locator('dialog.sign-in-dialog').waitFor({ state: 'visible' });
    await other.goto(`${session.base}/auth/signin?token=${await createSignInLink(session.db, 'e2e-setup', name)}`);
    await waitForExplorer(other);
    await settled(other);
    const opened = await nodeIds(other);
    for (const e of entities) expect(opened).toContain(e.id);
    const there = await positionsOf(other);
    expect(Object.keys(there).sort()).toEqual(Object.keys(savedPositions).sort());
    const worst = Math.max(...Object.entries(savedPositions).map(([id, p]) => Math.hypot(there[id]!.x - p.x, there[id]!.y - p.y)));
    expect(worst, 'largest difference, px').toBeLessThan(3);
    for (const e of entities) expect(there[e.id]).toBeDefined();
    await screenshot(other, 'shared-views-03-opened-by-colleague');
    expect(problems).toEqual([]);
    await other.context().close();
  });

  it('refuses a PUBLIC viewer with one notice and nothing of the view', async () => {
    const outsider = await signedInPage('e2e-views-public', 'PUBLIC');
    const problems = collectProblems(outsider);
    // A fresh page load of the short link (not a change of the fragment in an open page).
    const fresh = await outsider.context().newPage();
    const freshProblems = collectProblems(fresh);
    await fresh.goto(link);
    await waitForExplorer(fresh);
    await fresh.locator('.notice', { hasText: REFUSED }).waitFor();
    await settled(fresh);
    expect(await fresh.locator('.notice', { hasText: REFUSED }).count()).toBe(1);
    const ids = await nodeIds(fresh);
    for (const e of entities) expect(ids).not.toContain(e.id);
    const text = await fresh.locator('body').innerText();
    expect(text).not.toContain(VIEW_NAME);
    for (const e of entities) expect(text).not.toContain(e.name);
    await fresh.click('#views');
    await eventually(async () => expect(await fresh.locator('dialog.views-dialog .saved-views').innerText()).not.toContain('Loading the views'));
    expect(await fresh.locator('dialog.views-dialog').innerText()).not.toContain(VIEW_NAME);
    await screenshot(fresh, 'shared-views-04-public-viewer-refused');
    expect(problems).toEqual([]);
    expect(freshProblems).toEqual([]);
    await outsider.context().close();
  });

  it('lists a view kept in this browser apart, and uploads it to the server', async () => {
    const local = {
      name: `Old local view ${run}`,
      savedAt: new Date().toISOString(),
      state: { ids: ['org-europol'], layout: 'force', hiddenKinds: [], hiddenTypes: [], hiddenIds: [], pinnedIds: [], timeRange: null, selectedId: null },
      positions: { 'org-europol': { x: 10, y: 20 } },
    };
    await page.evaluate((view) => localStorage.setItem('smuggling-explorer:saved-views:v1', JSON.stringify([view])), local);
    await page.click('#views');
    const section = page.locator('.local-views');
    await section.locator('li', { hasText: local.name }).waitFor();
    expect(await section.locator('h3').textContent()).toBe('In this browser');
    await screenshot(page, 'shared-views-05-in-this-browser');
    await section.getByRole('button', { name: 'Upload all (1)' }).click();
    await page.locator('.saved-views li', { hasText: local.name }).locator('.marking-badge').waitFor();
    expect(await page.locator('.saved-views li', { hasText: local.name }).locator('.marking-badge').textContent()).toBe('PUBLIC');
    await eventually(async () => expect(await section.textContent()).toBe(''));
    expect(await page.evaluate(() => localStorage.getItem('smuggling-explorer:saved-views:v1'))).toBe('[]');
    await screenshot(page, 'shared-views-06-uploaded');
    await page.locator('dialog.views-dialog').getByRole('button', { name: 'Close' }).click();
  });
});
