/**
 * Document ingest in headless Chromium, as an analyst uses it: choose a report, ingest it, see
 * the known entities it names highlighted in its text, then review what it proposes: accept one
 * candidate as a new entity (drawn on the canvas), correct another's text and kind before
 * accepting it, accept a third as another name of an entity found by search (after the server
 * refuses an entity marked below the document, and says why), see the link types the model
 * allows between two entities the document names, and reject one. What the graph then holds is
 * checked: each accepted fact cites the document and its sentence, at the document's marking,
 * with the analyst as its author. Last, the accepted organisation is merged, from its details
 * panel, with the duplicate an earlier file brought in under another spelling, and the merge is
 * undone. A screenshot of each step goes to test-results/e2e/.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLink, createUser } from '../../server/auth/auth-service.ts';
import { linkTypes, relationshipSpec } from '../../server/domain/derive.ts';
import { removeIngestedDocument } from '../../server/ingest/ingest-document.ts';
import { screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { hasNode, node, searchAndChoose, settled, waitForExplorer } from './support/explorer-page.ts';
import { gql, testApp, userToken } from '../support/graphql-client.ts';
import { useExplorerSession } from './support/explorer-session.ts';

const session = useExplorerSession({ width: 1280, height: 900 });
const run = randomBytes(3).toString('hex');
const TEXT = [
  `Field report ${run}`,
  '',
  `Operation Nightjar${run} was led by Europol in Italy in April 2021. The Adriatic Coordination Bureau (ACB) supported it with Frontex.`,
  '',
  'The Coastal Watch Bureau shared its findings with Frontex. Officers of the Harbour Data Platform kept the records.',
].join('\n');
const made: string[] = [];
const analyst = `e2e-ingester-${Date.now()}`;
let sourceId = '';

/** An entity an earlier import brought in under another spelling: the accepted candidate's duplicate. */
let earlier = '';

beforeAll(async () => {
  const { token } = await userToken(session.db, 'analyst', 'RESTRICTED');
  const r = await gql(testApp({}, session.db).app, 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', {
    input: { kind: 'Organisation', name: 'Adriatic Co-ordination Bureau', marking: 'RESTRICTED', evidence: [{ sourceId: '004_7cf82133f37c6018', quote: `an earlier case file ${run}` }] },
  }, token);
  expect(r.errors).toBeUndefined();
  earlier = r.data!.upsertEntity.id;
});

afterAll(async () => {
  await session.db.writeText('MATCH (n) WHERE (n:Entity OR n:Resolved) AND n.id IN $ids DETACH DELETE n', { ids: [...made, earlier] });
  await session.db.writeText('MATCH (j:DuplicateJudgement) WHERE j.a IN $ids OR j.b IN $ids DELETE j', { ids: [...made, earlier] });
  const [row] = await session.db.readText("MATCH (s:Source {origin: 'ingest'}) WHERE s.title = $t RETURN collect(s.id) AS ids", { t: `Field report ${run}` });
  for (const id of (row?.ids as string[]) ?? []) await removeIngestedDocument(session.db, id);
});

describe('the document ingest dialog', () => {
  it('ingests a report and shows the entities it names highlighted in its text', async () => {
    const { page } = session;
    await createUser(session.db, 'e2e-setup', analyst, 'analyst', 'RESTRICTED');
    await page.goto(`${session.base}/auth/signin?token=${await createSignInLink(session.db, 'e2e-setup', analyst)}`);
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
    const [source] = await session.db.readText("MATCH (s:Source {origin: 'ingest'}) WHERE s.title = $t RETURN s.id AS id", { t: `Field report ${run}` });
    sourceId = String(source!.id);
    const europol = page.locator('#ingest-text mark', { hasText: 'Europol' }).first();
    expect(await europol.getAttribute('title')).toBe('Europol (Organisation)');
    const box = await europol.boundingBox();
    expect(box!.width).toBeGreaterThan(20);
    // The highlight is drawn: its background is not the text box's.
    expect(await europol.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(await page.locator('#ingest-text').evaluate((el) => getComputedStyle(el).backgroundColor));
    await screenshot(page, 'ingest-02-mentions');
  });

  const item = (text: string) => session.page.locator('.ingest-candidate', { has: session.page.locator('strong', { hasText: text }) });
  const state = (text: string) => item(text).locator('.ingest-candidate-state');
  const sentence = (start: string) => TEXT.split(/(?<=\.)\s+/).find((s) => s.startsWith(start))!;

  it('accepts a candidate as a new entity, drawn on the canvas', async () => {
    await eventually(async () => expect(await item('Adriatic Coordination Bureau').count()).toBe(1));
    expect(await item('Adriatic Coordination Bureau').textContent()).toContain('(ACB) — Organisation');
    await item('Adriatic Coordination Bureau').locator('[data-action="accept"]').click();
    await eventually(async () => expect(await state('Adriatic Coordination Bureau').textContent()).toMatch(/^Accepted as org-adriatic-coordination-bureau-[0-9a-f]{6}$/));
    made.push((await state('Adriatic Coordination Bureau').textContent())!.replace('Accepted as ', ''));
    // Settled: nothing more can be done with it.
    expect(await item('Adriatic Coordination Bureau').locator('[data-action="reject"]').isDisabled()).toBe(true);
  });

  it('corrects a candidate\'s text and kind, then accepts it', async () => {
    const { page } = session;
    const wrong = item('Officers of the Harbour Data Platform');
    expect(await wrong.textContent()).toContain('— Organisation');
    await wrong.locator('[data-action="edit"]').click();
    expect(await wrong.locator('[data-field="edit-text"]').inputValue()).toBe('Officers of the Harbour Data Platform');
    await wrong.locator('[data-field="edit-text"]').fill('');
    await wrong.locator('[data-action="confirm-edit"]').click();
    await eventually(async () => expect(await wrong.locator('.ingest-candidate-state').textContent()).toBe('Give the candidate a text.'));
    await wrong.locator('[data-field="edit-text"]').fill('Harbour Data Platform');
    await wrong.locator('[data-field="edit-kind"]').selectOption('Tool');
    await screenshot(page, 'ingest-03-editing');
    await wrong.locator('[data-action="confirm-edit"]').click();
    const edited = item('Harbour Data Platform');
    await eventually(async () => expect(await edited.locator('strong').textContent()).toBe('Harbour Data Platform'));
    expect(await edited.textContent()).toContain('— Tool');
    await edited.locator('[data-action="accept"]').click();
    await eventually(async () => expect(await edited.locator('.ingest-candidate-state').textContent()).toMatch(/^Accepted as tool-harbour-data-platform-[0-9a-f]{6}$/));
    made.push((await edited.locator('.ingest-candidate-state').textContent())!.replace('Accepted as ', ''));
  });

  it('accepts a candidate as another name of an entity found by search, after the server refuses one marked below the document', async () => {
    const { page } = session;
    const other = item('Coastal Watch Bureau');
    await other.locator('[data-action="alias"]').click();
    // The entities the document names are offered, those of this sentence first.
    const groups = await other.locator('[data-field="alias-entity"] optgroup').evaluateAll((gs) => gs.map((g) => [g.getAttribute('label'), [...g.querySelectorAll('option')].map((o) => o.textContent)]));
    expect(groups).toEqual([['Named in this sentence', ['Frontex (Organisation)']], ['Named elsewhere in the document', ['Europol (Organisation)', 'Italy (Location)']]]);
    await other.locator('[data-action="confirm-alias"]').click();
    expect(await other.locator('.ingest-candidate-state').textContent()).toMatch(/^Choose the entity this is another name of/);
    await other.locator('[data-field="alias-entity"]').selectOption({ label: 'Frontex (Organisation)' });
    await other.locator('[data-action="confirm-alias"]').click();
    await eventually(async () => expect(await other.locator('.ingest-candidate-state').textContent()).toContain('"org-frontex" is marked PUBLIC, below the document\'s RESTRICTED'));
    expect(await other.locator('.ingest-candidate-state').getAttribute('data-tone')).toBe('error');
    expect(await other.locator('[data-action="confirm-alias"]').isEnabled()).toBe(true);
    await screenshot(page, 'ingest-04-alias-refused');
    await other.locator('[data-field="alias-search"]').fill('Adriatic Coordination');
    const found = other.locator(`[data-field="alias-results"] button[data-entity="${made[0]}"]`);
    await eventually(async () => expect(await found.count()).toBe(1));
    await found.click();
    expect(await other.locator('[data-field="alias-entity"]').inputValue()).toBe(made[0]);
    await other.locator('[data-action="confirm-alias"]').click();
    await eventually(async () => expect(await other.locator('.ingest-candidate-state').textContent()).toBe('Accepted as another name of Adriatic Coordination Bureau'));
  });

  it('offers the link types the model allows between two named entities, and rejects a candidate', async () => {
    const { page } = session;
    const operation = item(`Operation Nightjar${run}`);
    await operation.locator('[data-action="link"]').click();
    expect(await operation.locator('[data-field="link-from"]').inputValue()).toBe('org-europol');
    await operation.locator('[data-field="link-to"]').selectOption('loc-italy');
    const allowed = (from: string, to: string) => linkTypes.filter((t) => (relationshipSpec(t).from as readonly string[]).includes(from) && (relationshipSpec(t).to as readonly string[]).includes(to));
    const offered = await operation.locator('[data-field="link-type"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual([...allowed('Organisation', 'Location').map((t) => `${t}|out`), ...allowed('Location', 'Organisation').map((t) => `${t}|in`)]);
    expect(offered.length).toBeGreaterThan(0);
    await screenshot(page, 'ingest-05-link-types');
    await operation.locator('[data-action="reject"]').click();
    await eventually(async () => expect(await operation.locator('.ingest-candidate-state').textContent()).toBe('Rejected'));
    expect(await operation.locator('[data-action="accept"]').isDisabled()).toBe(true);
    // A date dates an operation: it is not offered as an entity of its own.
    expect(await item('April 2021').locator('[data-action="accept"]').isHidden()).toBe(true);
    expect(await item('April 2021').locator('[data-action="reject"]').isVisible()).toBe(true);
    await screenshot(page, 'ingest-06-reviewed');
  });

  it('leaves in the graph what was accepted, each with the document, its sentence, the analyst and the marking', async () => {
    const { page } = session;
    await page.click('#ingest-close');
    await page.locator('dialog.ingest-dialog').waitFor({ state: 'hidden' });
    const [bureau, platform] = made as [string, string];
    await eventually(async () => expect(await hasNode(page, bureau)).toBe(true));
    await settled(page);
    expect((await node(page, bureau))?.visible).toBe(true);
    await screenshot(page, 'ingest-07-on-canvas');
    const entity = async (id: string) => (await session.db.readText('MATCH (n:Entity {id: $id}) RETURN n.kind AS kind, n.name AS name, n.aliases AS aliases, n.marking AS marking, n.evidenceSources AS sources, n.evidenceQuotes AS quotes, n.evidenceMarkings AS markings', { id }))[0];
    expect(await entity(bureau)).toEqual({
      kind: 'Organisation', name: 'Adriatic Coordination Bureau', aliases: ['ACB', 'Coastal Watch Bureau'], marking: 'RESTRICTED',
      sources: [sourceId, sourceId], quotes: [sentence('The Adriatic'), sentence('The Coastal')], markings: ['RESTRICTED', 'RESTRICTED'],
    });
    expect(await entity(platform)).toEqual({
      kind: 'Tool', name: 'Harbour Data Platform', aliases: [], marking: 'RESTRICTED', sources: [sourceId], quotes: [sentence('Officers')], markings: ['RESTRICTED'],
    });
    // The analyst is the author of every write, and of every decision on the candidates.
    const events = await session.db.readText("MATCH (e:AuditEvent) WHERE e.target IN $ids AND e.action = 'entity-upserted' RETURN e.target AS target, e.actor AS actor ORDER BY e.at", { ids: made });
    expect(events.map((e) => [e.target, e.actor])).toEqual([[bureau, analyst], [platform, analyst], [bureau, analyst]]);
    const candidates = await session.db.readText('MATCH (c:Candidate {sourceId: $id}) RETURN c.text AS text, c.kind AS kind, c.status AS status, c.reviewedBy AS by, c.acceptedAs AS acceptedAs ORDER BY c.start', { id: sourceId });
    expect(candidates).toEqual([
      { text: `Operation Nightjar${run}`, kind: 'Operation', status: 'rejected', by: analyst, acceptedAs: null },
      { text: 'April 2021', kind: 'Operation', status: 'pending', by: null, acceptedAs: null },
      { text: 'Adriatic Coordination Bureau', kind: 'Organisation', status: 'accepted', by: analyst, acceptedAs: bureau },
      { text: 'Coastal Watch Bureau', kind: 'Organisation', status: 'accepted', by: analyst, acceptedAs: bureau },
      { text: 'Harbour Data Platform', kind: 'Tool', status: 'accepted', by: analyst, acceptedAs: platform },
    ]);
  });
  it('merges the accepted entity with its duplicate from an earlier file, and undoes it', async () => {
    const { page } = session;
    const [bureau] = made as [string];
    await searchAndChoose(page, 'Adriatic Coordination Bureau', bureau);
    const pair = page.locator(`.duplicates-section .duplicate-pair[data-a="${[bureau, earlier].sort()[0]}"][data-b="${[bureau, earlier].sort()[1]}"]`);
    await eventually(async () => expect(await pair.count()).toBe(1), 15_000);
    await pair.locator('[data-verdict="SAME"]').click();
    await eventually(async () => expect(await page.locator(`.resolved-duplicate[data-id="${earlier}"]`).count()).toBe(1), 15_000);
    expect(await hasNode(page, bureau)).toBe(true);
    expect(await page.locator(`.resolved-duplicate[data-id="${earlier}"]`).textContent()).toContain('Adriatic Co-ordination Bureau');
    await screenshot(page, 'ingest-08-merged');
    await page.locator(`.resolved-duplicate[data-id="${earlier}"] [data-action="undo"]`).click();
    await eventually(async () => expect(await hasNode(page, earlier)).toBe(true), 15_000);
    await eventually(async () => expect(await page.locator('.resolved-duplicate').count()).toBe(0));
    expect(await hasNode(page, bureau)).toBe(true);
    await screenshot(page, 'ingest-09-undone');
  });
});
