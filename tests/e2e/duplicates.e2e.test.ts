/**
 * Duplicates in headless Chromium, as an analyst resolves them: the details panel proposes a
 * near namesake, "Same" merges it into the entity shown (one node, the duplicate's link and
 * quote kept with their source), "Undo" brings both back, and the Duplicates queue remembers a
 * pair judged not the same. A screenshot of each step goes to test-results/e2e/.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLink, createUser } from '../../server/auth/auth-service.ts';
import { gql, testApp, userToken } from '../support/graphql-client.ts';
import { screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { hasNode, searchAndChoose, settled, waitForExplorer } from './support/explorer-page.ts';
import { useExplorerSession } from './support/explorer-session.ts';

const session = useExplorerSession({ width: 1280, height: 900 });
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';
const made: string[] = [];
const names = { a: `Western Relay Office ${run}`, b: `Western Relay Ofice ${run}`, c: `Western Relay Offices ${run}` };
const ids = { a: '', b: '', c: '' };

beforeAll(async () => {
  const { app } = testApp({}, session.db);
  const { token } = await userToken(session.db, 'analyst', 'RESTRICTED');
  const call = async (query: string, input: Record<string, unknown>) => {
    const r = await gql(app, query, { input }, token);
    expect(r.errors).toBeUndefined();
    return r.data as Record<string, any>;
  };
  const organisation = async (name: string, aliases: string[] = []) => {
    const id = (await call('mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', { kind: 'Organisation', name, aliases, evidence: [{ sourceId: SOURCE, quote: `${name} exists` }] })).upsertEntity.id as string;
    made.push(id);
    return id;
  };
  ids.a = await organisation(names.a);
  ids.b = await organisation(names.b, [`WRO${run}`]);
  ids.c = await organisation(names.c);
  await call('mutation($input: LinkInput!) { upsertLink(input: $input) { id } }', { type: 'PARTNER_OF', from: ids.b, to: 'org-interpol', evidence: [{ sourceId: SOURCE, quote: `${names.b} works with INTERPOL` }] });
});

afterAll(async () => {
  await session.db.writeText('MATCH (n) WHERE (n:Entity OR n:Resolved) AND n.id IN $ids DETACH DELETE n', { ids: made });
  await session.db.writeText('MATCH (j:DuplicateJudgement) WHERE j.a IN $ids OR j.b IN $ids DELETE j', { ids: made });
});

const pairWith = (id: string) => session.page.locator(`.duplicates-section .duplicate-pair[data-a="${id}"], .duplicates-section .duplicate-pair[data-b="${id}"]`);

describe('resolving duplicates in the explorer', () => {
  it('proposes a near namesake in the details panel and merges it into the entity shown', async () => {
    const { page } = session;
    const name = `e2e-resolver-${Date.now()}`;
    await createUser(session.db, 'e2e-setup', name, 'analyst', 'RESTRICTED');
    await page.goto(`${session.base}/auth/signin?token=${await createSignInLink(session.db, 'e2e-setup', name)}`);
    await waitForExplorer(page);
    await settled(page);
    await page.click('#hint .notice-close');
    await searchAndChoose(page, names.a, ids.a);
    await eventually(async () => expect(await pairWith(ids.b).count()).toBe(1), 15_000);
    expect(await pairWith(ids.b).textContent()).toMatch(/similar names/);
    await screenshot(page, 'duplicates-01-proposed');

    await pairWith(ids.b).locator('[data-verdict="SAME"]').click();
    // One entity: the one shown, holding the duplicate's link to INTERPOL; the duplicate kept with its own name and quote.
    await eventually(async () => expect(await page.locator('.resolved-duplicate').count()).toBe(1), 15_000);
    expect(await hasNode(page, ids.a)).toBe(true);
    expect(await hasNode(page, ids.b)).toBe(false);
    const resolved = page.locator(`.resolved-duplicate[data-id="${ids.b}"]`);
    expect(await resolved.textContent()).toContain(`${names.b} (WRO${run})`);
    expect(await resolved.textContent()).toContain(`Judged the same by ${name}`);
    expect(await resolved.locator('blockquote, .evidence-quote').first().textContent()).toContain(`${names.b} exists`);
    expect(await page.locator('#side-panel .connections').textContent()).toContain('INTERPOL');
    await screenshot(page, 'duplicates-02-merged');

    // The duplicate's alias finds the entity kept.
    await page.keyboard.press('Escape');
    await searchAndChoose(page, `WRO${run}`, ids.a);
  });

  it('undoes the merge: both entities again, each with its own links', async () => {
    const { page } = session;
    await eventually(async () => expect(await page.locator(`.resolved-duplicate[data-id="${ids.b}"] [data-action="undo"]`).count()).toBe(1), 15_000);
    await page.locator(`.resolved-duplicate[data-id="${ids.b}"] [data-action="undo"]`).click();
    await eventually(async () => expect(await hasNode(page, ids.b)).toBe(true), 15_000);
    expect(await hasNode(page, ids.a)).toBe(true);
    await eventually(async () => expect(await page.locator('.resolved-duplicate').count()).toBe(0));
    await eventually(async () => expect(await pairWith(ids.b).count()).toBe(1));
    await eventually(async () => expect(await page.locator('#side-panel h3', { hasText: /^Connections/ }).first().textContent()).toBe('Connections (0)'));
    await screenshot(page, 'duplicates-03-undone');
  });

  it('remembers a pair judged not the same in the Duplicates queue', async () => {
    const { page } = session;
    await page.click('#duplicates');
    await page.locator('dialog.duplicates-dialog').waitFor({ state: 'visible' });
    await page.selectOption('#duplicates-kind', 'Organisation');
    const pair = page.locator(`#duplicates-queue .duplicate-pair[data-a="${[ids.b, ids.c].sort()[0]}"][data-b="${[ids.b, ids.c].sort()[1]}"]`);
    await eventually(async () => expect(await pair.count()).toBe(1), 20_000);
    await pair.locator('[data-verdict="NOT_SAME"]').click();
    await eventually(async () => expect(await pair.locator('.duplicate-state').textContent()).toBe('Not the same: this pair will not be proposed again.'));
    await screenshot(page, 'duplicates-04-not-same');
    await page.selectOption('#duplicates-kind', '');
    await page.selectOption('#duplicates-kind', 'Organisation');
    await eventually(async () => expect(await page.locator('#duplicates-status').textContent()).toMatch(/possible duplicate pair/), 20_000);
    expect(await pair.count()).toBe(0);
    await page.click('#duplicates-close');
  });
});
