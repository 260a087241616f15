/**
 * A network hub with more than 1,000 members in headless Chromium: expanding it first warns
 * (its degree comes from the API) and offers the first page, a filtered expansion (the expand
 * dialog) or nothing; "Expand: next N of M more" then pages through the rest without asking
 * again. The hub is synthetic, imported here through the CSV import and removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPANSION_PAGE } from '../../client/app/explorer-actions.ts';
import { importCsv } from '../../server/case-import/case-import.ts';
import { removeImportedSource } from '../../server/case-import/import-writer.ts';
import { DEGREE_COUNT_LIMIT, MARKINGS } from '../../server/domain/model.ts';
import { screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { chooseMenuItem, nodeIds, openMenuFromKeyboard, searchAndChoose, settled } from './support/explorer-page.ts';
import { openAsNewViewer, useExplorerSession } from './support/explorer-session.ts';

const session = useExplorerSession({ width: 1280, height: 800 });
const run = randomBytes(3).toString('hex');
const MEMBERS = 1_200;
const SOURCE_ID = `e2e-hub-${run}`;
const HUB_NAME = `Hubnetwork ${run}`;
const HUB = `net-r-hub${run}-hub`;
const mapping = (spec: string) => `
source: { id: ${SOURCE_ID}, title: Synthetic hub network ${run}, date: 2016-05, suppliedBy: Supernode e2e test }
marking: RESTRICTED
namespace: hub${run}
${spec}`;

const members = () => nodeIds(session.page).then((ids) => ids.filter((id) => id.startsWith(`per-r-hub${run}-`)).length);

beforeAll(async () => {
  const importer = { markings: [...MARKINGS], actor: 'e2e-setup' };
  const network = await importCsv(session.db, importer, {
    csv: `network_id,name\nhub,${HUB_NAME}\n`, file: 'hub.csv', mappingFile: 'hub.yaml',
    mapping: mapping('kind: Network\nid: network_id\nproperties: { name: name }'),
  });
  expect(network.problems).toEqual([]);
  const persons = await importCsv(session.db, importer, {
    csv: ['person_id,name,network', ...Array.from({ length: MEMBERS }, (_, i) => `m${i},Hub Member ${run} ${i},hub`)].join('\n'),
    file: 'hub-members.csv', mappingFile: 'hub-members.yaml',
    mapping: mapping('kind: Person\nid: person_id\nproperties: { name: name }\nlinks:\n  - { type: MEMBER_OF, to: { column: network, kind: Network } }'),
  });
  expect(persons).toMatchObject({ ok: true, entities: MEMBERS, links: MEMBERS });
});

afterAll(async () => {
  await removeImportedSource(session.db, `import-r-${SOURCE_ID}`);
});

describe('expanding a node with thousands of links', () => {
  it('warns before the first expansion, with the degree the API gives, and Cancel adds nothing', async () => {
    const { page } = session;
    await openAsNewViewer(session, 'e2e-supernode');
    await eventually(() => searchAndChoose(page, HUB_NAME, HUB), 20_000);
    const degree = await page.evaluate((id) => window.__explorer!.cy().getElementById(id).data('degree') as number, HUB);
    // 1,200 members: the API counts a degree up to its limit.
    expect(degree).toBe(DEGREE_COUNT_LIMIT);
    await page.focus('#cy');
    await page.keyboard.press('e');
    const warning = page.locator('#supernode-warning');
    await warning.waitFor({ state: 'visible' });
    expect(await warning.locator('h2').textContent()).toBe(`${HUB_NAME} has 1,000 or more links`);
    await screenshot(page, 'supernode-01-warning');
    await page.click('#supernode-cancel');
    await warning.waitFor({ state: 'detached' });
    expect(await members()).toBe(0);
  });

  it('offers a filtered expansion through the expand dialog', async () => {
    const { page } = session;
    await page.focus('#cy');
    await page.keyboard.press('e');
    await page.click('#supernode-filter');
    const dialog = page.locator('dialog.expand-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('h2').textContent()).toBe(`Expand ${HUB_NAME}`);
    await screenshot(page, 'supernode-02-filter');
    await dialog.locator('button[value="cancel"]').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await members()).toBe(0);
  });

  it('draws the first page, then pages through the rest without asking again', async () => {
    const { page } = session;
    await page.focus('#cy');
    await page.keyboard.press('e');
    await page.click('#supernode-page');
    await eventually(async () => expect(await members()).toBe(EXPANSION_PAGE), 20_000);
    await settled(page);
    await screenshot(page, 'supernode-03-first-page');

    await page.evaluate((id) => {
      const cy = window.__explorer!.cy();
      cy.elements().unselect();
      cy.getElementById(id).select();
    }, HUB);
    await openMenuFromKeyboard(page);
    const more = MEMBERS - EXPANSION_PAGE;
    await chooseMenuItem(page, `Expand: next ${EXPANSION_PAGE} of ${more} more`);
    await eventually(async () => expect(await members()).toBe(2 * EXPANSION_PAGE), 20_000);
    expect(await page.locator('#supernode-warning').count()).toBe(0);
    await settled(page);
    await screenshot(page, 'supernode-04-next-page');
  });
});
