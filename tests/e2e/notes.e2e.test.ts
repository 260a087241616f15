/**
 * Analysts' notes in headless Chromium, as an analyst uses them: open an entity's details, add a
 * marked note there and see it with its author, date and marking; find a colleague's note on a
 * relationship through the search box, which opens the relationship with its ends and shows the
 * note in its details; find their own note the same way, and delete it. Screenshots go to
 * test-results/e2e/.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createSignInLink, createUser } from '../../server/auth/auth-service.ts';
import { screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { searchAndChoose, settled, waitForExplorer } from './support/explorer-page.ts';
import { useExplorerSession } from './support/explorer-session.ts';

const session = useExplorerSession({ width: 1280, height: 900 });
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';
const ENTITY_WORD = `skiffnote${run}`;
const LINK_WORD = `harbournote${run}`;
const made: string[] = [];
let analyst = '';
let from = '';
let to = '';
let linkId = '';

/** The API as a colleague's script calls it, with a bearer token. */
async function api(token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${session.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

beforeAll(async () => {
  const colleague = `e2e-colleague-${run}`;
  await createUser(session.db, 'e2e-setup', colleague, 'analyst', 'RESTRICTED');
  const { token } = await createApiToken(session.db, 'e2e-setup', colleague, 'e2e', null);
  const upsert = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }';
  const evidence = [{ sourceId: SOURCE, quote: `notes e2e ${run}` }];
  from = (await api(token, upsert, { input: { kind: 'Organisation', name: `Noted Agency ${run}`, evidence } })).upsertEntity.id;
  to = (await api(token, upsert, { input: { kind: 'Organisation', name: `Partner Bureau ${run}`, evidence } })).upsertEntity.id;
  made.push(from, to);
  linkId = (await api(token, 'mutation($input: LinkInput!) { upsertLink(input: $input) { id } }', { input: { type: 'PARTNER_OF', from, to, evidence } })).upsertLink.id;
  await api(token, 'mutation($input: NoteInput!) { addNote(input: $input) { id } }', { input: { targetId: linkId, text: `Met at the ${LINK_WORD} in May.` } });
});

afterAll(async () => {
  await session.db.writeText('MATCH (n:Note) WHERE n.targetId IN $ids OR n.fromId IN $ids OR n.toId IN $ids DELETE n', { ids: made });
  await session.db.writeText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: made });
});

describe('notes in the explorer', () => {
  it('adds a marked note in an entity\'s details and shows it with its author, date and marking', async () => {
    const { page } = session;
    analyst = `e2e-noter-${run}`;
    await createUser(session.db, 'e2e-setup', analyst, 'analyst', 'RESTRICTED');
    await page.goto(`${session.base}/auth/signin?token=${await createSignInLink(session.db, 'e2e-setup', analyst)}`);
    await waitForExplorer(page);
    await settled(page);
    await page.click('#hint .notice-close');
    await searchAndChoose(page, `Noted Agency ${run}`, from);
    const panel = page.locator('#panel-details');
    await eventually(async () => expect((await panel.locator('h2').textContent())?.trim()).toBe(`Noted Agency ${run}`));
    const notes = panel.locator('.notes-section');
    await eventually(async () => expect(await notes.locator('h3').textContent()).toBe('Notes (0)'));
    expect(await notes.locator('.note-empty').textContent()).toBe('No notes on this entity.');
    // The marking: as strict as the entity by default, at most the analyst's clearance.
    await notes.locator('#note-text').waitFor({ state: 'visible' });
    expect(await notes.locator('#note-marking option').allTextContents()).toEqual(['PUBLIC (as this entity)', 'RESTRICTED']);
    await notes.locator('#note-text').fill(`Crew of the ${ENTITY_WORD} changed in Zuwara.`);
    await notes.locator('#note-marking').selectOption('RESTRICTED');
    await screenshot(page, 'notes-01-writing');
    await notes.locator('#note-add').click();
    await eventually(async () => expect(await notes.locator('h3').textContent()).toBe('Notes (1)'));
    const note = notes.locator('.note').first();
    expect(await note.locator('.note-text').textContent()).toBe(`Crew of the ${ENTITY_WORD} changed in Zuwara.`);
    expect(await note.locator('.note-author').textContent()).toBe(analyst);
    expect(await note.locator('.note-marking').textContent()).toBe('RESTRICTED');
    expect(Date.now() - Date.parse((await note.locator('time').getAttribute('datetime'))!)).toBeLessThan(60_000);
    expect(await note.locator('.note-delete').isVisible()).toBe(true);
    expect(await notes.locator('#note-text').inputValue()).toBe('');
    await screenshot(page, 'notes-02-added');
    const [stored] = await session.db.readText('MATCH (n:Note {targetId: $id}) RETURN n.author AS author, n.marking AS marking', { id: from });
    expect(stored).toEqual({ author: analyst, marking: 'RESTRICTED' });
  });

  it('finds a colleague\'s note on a relationship through the search box and opens the relationship', async () => {
    const { page } = session;
    await page.keyboard.press('/');
    await page.keyboard.type(LINK_WORD);
    const hit = page.locator(`.note-hit[data-target-id="${linkId}"]`);
    await hit.waitFor();
    expect(await hit.locator('.hit-name').textContent()).toBe(`Noted Agency ${run} → partner of → Partner Bureau ${run}`);
    expect(await hit.locator('.hit-match mark').textContent()).toBe(LINK_WORD);
    expect(await hit.locator('.hit-meta').textContent()).toMatch(new RegExp(`^e2e-colleague-${run} · `));
    await screenshot(page, 'notes-03-search-link-note');
    await hit.click();
    await page.waitForFunction((id) => window.__explorer!.cy().getElementById(id).selected(), linkId);
    await settled(page);
    expect(await page.evaluate((id) => window.__explorer!.cy().getElementById(id).nonempty(), to)).toBe(true);
    const notes = page.locator('#panel-details .notes-section');
    await eventually(async () => expect(await notes.locator('h3').textContent()).toBe('Notes (1)'));
    expect(await page.locator('#panel-details .details-kind').textContent()).toBe('Relationship');
    expect(await notes.locator('.note-text').textContent()).toBe(`Met at the ${LINK_WORD} in May.`);
    // A colleague's note: no delete button for this analyst.
    expect(await notes.locator('.note-delete').count()).toBe(0);
    await screenshot(page, 'notes-04-link-details');
  });

  it('finds the analyst\'s own note through the search box, opens its entity and deletes the note', async () => {
    const { page } = session;
    await page.keyboard.press('/');
    await page.keyboard.type(ENTITY_WORD);
    const hit = page.locator(`.note-hit[data-target-id="${from}"]`);
    await hit.waitFor();
    expect(await hit.locator('.hit-name').textContent()).toBe(`Noted Agency ${run}`);
    expect(await hit.locator('.hit-meta').textContent()).toMatch(new RegExp(`^${analyst} · .* · RESTRICTED$`));
    const order = await page.locator('.search-hit').evaluateAll((hits) => hits.map((h) => h.classList.contains('note-hit') ? (h as HTMLElement).dataset.targetId : ''));
    for (let i = 0; i < order.indexOf(from); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.__explorer!.cy().getElementById(id).selected(), from);
    const notes = page.locator('#panel-details .notes-section');
    await eventually(async () => expect(await notes.locator('.note-text').textContent()).toBe(`Crew of the ${ENTITY_WORD} changed in Zuwara.`));
    await notes.locator('.note-delete').click();
    await eventually(async () => expect(await notes.locator('h3').textContent()).toBe('Notes (0)'));
    expect(await session.db.readText('MATCH (n:Note {targetId: $id}) RETURN count(n) AS n', { id: from })).toEqual([{ n: 0 }]);
    await screenshot(page, 'notes-05-deleted');
  });
});
