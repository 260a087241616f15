/**
 * The CSV import dialog in headless Chromium, as an analyst uses it: choose a file, map its
 * columns, see a bad row reported with its line (nothing written), fix the file, import it with
 * the progress bar reaching 100%, and add the imported persons to the canvas. A screenshot of
 * each step goes to test-results/e2e/.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createSignInLink, createUser } from '../../server/auth/auth-service.ts';
import { removeImportedSource } from '../../server/case-import/import-writer.ts';
import { screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { hasNode, node, settled, waitForExplorer } from './support/explorer-page.ts';
import { useExplorerSession } from './support/explorer-session.ts';

const session = useExplorerSession({ width: 1280, height: 900 });
const run = randomBytes(3).toString('hex');
const TITLE = `E2E suspect list ${run}`;
const SOURCE = `import-r-e2e-suspect-list-${run}`;
const FILE = `suspects-${run}.csv`;
const NAMESPACE = `suspects-${run}`;
const HEADER = 'person_id,name,born,nationality';
// Line 3 has a date of birth that is not a date.
const BAD = [HEADER, 'p1,Ana E2E,1980,Italy', 'p2,Bo E2E,last spring,Italy', 'p3,Cy E2E,1975-03,'].join('\n');
const GOOD = [HEADER, 'p1,Ana E2E,1980,Italy', 'p2,Bo E2E,1969,Italy', 'p3,Cy E2E,1975-03,'].join('\n');
const ids = ['p1', 'p2', 'p3'].map((p) => `per-r-${NAMESPACE}-${p}`);

const imported = async () => Number((await session.db.readText('MATCH (n:Person) WHERE n.id IN $ids RETURN count(n) AS n', { ids }))[0]!.n);
const choose = (file: string, csv: string) => session.page.setInputFiles('#import-file', { name: file, mimeType: 'text/csv', buffer: Buffer.from(csv) });

afterAll(async () => {
  await removeImportedSource(session.db, SOURCE);
});

describe('the CSV import dialog', () => {
  it('is offered to a signed-in analyst and shows the header and first rows of the chosen file', async () => {
    const { page } = session;
    const name = `e2e-importer-${Date.now()}`;
    await createUser(session.db, 'e2e-setup', name, 'analyst', 'CONFIDENTIAL');
    await page.goto(`${session.base}/auth/signin?token=${await createSignInLink(session.db, 'e2e-setup', name)}`);
    await waitForExplorer(page);
    await settled(page);
    await page.click('#hint .notice-close');
    await page.click('#import-csv');
    await page.locator('dialog.import-dialog').waitFor({ state: 'visible' });
    await choose(FILE, BAD);
    await eventually(async () => expect(await page.locator('#import-raw th').allTextContents()).toEqual(['person_id', 'name', 'born', 'nationality']));
    expect(await page.locator('#import-raw tbody tr').count()).toBe(3);
    expect(await page.locator('#import-id-column').inputValue()).toBe('person_id');
    expect(await page.locator('#import-kind').inputValue()).toBe('Person');
    // Person is case data: RESTRICTED by default, and only markings within the clearance are offered.
    expect(await page.locator('#import-marking').inputValue()).toBe('RESTRICTED');
    expect(await page.locator('#import-marking option').allTextContents()).toEqual(['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL']);
    await screenshot(page, 'import-01-file-chosen');
  });

  it('maps the columns to properties and a link, and shows the mapping it builds', async () => {
    const { page } = session;
    expect(await page.locator('select[data-column="name"][data-role="use"]').inputValue()).toBe('property:name');
    await page.selectOption('select[data-column="born"][data-role="use"]', 'property:dateOfBirth');
    await page.selectOption('select[data-column="nationality"][data-role="use"]', 'link');
    await page.selectOption('select[data-column="nationality"][data-role="link-type"]', 'NATIONAL_OF:out');
    await page.selectOption('select[data-column="nationality"][data-role="match"]', 'name');
    expect(await page.locator('select[data-column="nationality"][data-role="other-kind"] option').allTextContents()).toEqual(['Location']);
    await page.fill('#import-source-title', TITLE);
    await page.fill('#import-source-date', '2016-05');
    await page.fill('#import-source-supplied-by', 'E2E case team');
    const yaml = await page.locator('#import-mapping').inputValue();
    expect(yaml).toContain('kind: Person');
    expect(yaml).toContain('dateOfBirth: born');
    expect(yaml).toMatch(/type: NATIONAL_OF[\s\S]*column: nationality[\s\S]*match: name/);
    expect(yaml).toContain(`namespace: ${NAMESPACE}`);
    await screenshot(page, 'import-02-columns-mapped');
  });

  it('reports the bad row with its line and column, and writes nothing', async () => {
    const { page } = session;
    await page.click('#import-check');
    await eventually(async () => expect(await page.locator('#import-problems li').count()).toBeGreaterThan(0));
    const problems = await page.locator('#import-problems li').allTextContents();
    expect(problems[0]).toMatch(new RegExp(`^${FILE}, line 3, column 3 \\(born\\): .*must be a date`));
    // The refused row's other cells may be reported too, but no other line is.
    expect(problems.every((p) => p.startsWith(`${FILE}, line 3,`))).toBe(true);
    expect(await page.locator('#import-status').textContent()).toMatch(/problems?: nothing was written/);
    expect(await page.locator('#import-start').isDisabled()).toBe(true);
    expect(await imported()).toBe(0);
    await screenshot(page, 'import-03-problem-reported');
  });

  it('checks the fixed file, previews its rows and imports it with progress up to 100%', async () => {
    const { page } = session;
    // The corrected file is dropped on the dialog; the mapping made for its columns stays.
    await page.evaluate(({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/csv' }));
      document.querySelector('#import-drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, { name: FILE, text: GOOD });
    await eventually(async () => expect(await page.locator('#import-raw tbody tr').nth(1).textContent()).toContain('1969'));
    expect(await page.locator('select[data-column="born"][data-role="use"]').inputValue()).toBe('property:dateOfBirth');
    // The mapping can come from a file instead: the one the form built, saved and loaded again.
    const built = await page.locator('#import-mapping').inputValue();
    await page.setInputFiles('#import-mapping-file', { name: 'suspects.yaml', mimeType: 'application/yaml', buffer: Buffer.from(built) });
    await eventually(async () => expect(await page.locator('#import-mapping-note').textContent()).toMatch(/Loaded from suspects.yaml/));
    expect(await page.locator('#import-mapping').inputValue()).toBe(built);
    await page.click('#import-check');
    await eventually(async () => expect(await page.locator('#import-status').textContent()).toMatch(/No problems: 3 rows, 3 entities, 2 links can be imported/));
    expect(await page.locator('#import-problems li').count()).toBe(0);
    expect(await page.locator('#import-result tbody tr').count()).toBe(3);
    expect(await page.locator('#import-result tbody tr').first().textContent()).toContain(ids[0]);
    expect(await imported()).toBe(0);
    await screenshot(page, 'import-04-checked-preview');

    await page.click('#import-start');
    await eventually(async () => expect(await page.locator('#import-progress-text').textContent()).toMatch(/^100% · done/), 30_000);
    expect(await page.locator('#import-progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(100);
    expect(await page.locator('#import-status').textContent()).toBe('Imported 3 rows, 3 entities, 2 links.');
    expect(await imported()).toBe(3);
    await screenshot(page, 'import-05-imported');
  });

  it('adds the imported persons to the canvas, where they are drawn', async () => {
    const { page } = session;
    await page.click('#import-add-to-canvas');
    await page.locator('dialog.import-dialog').waitFor({ state: 'hidden' });
    await eventually(async () => {
      for (const id of ids) expect(await hasNode(page, id)).toBe(true);
    });
    await settled(page);
    for (const id of ids) {
      const drawn = await node(page, id);
      expect(drawn?.visible, id).toBe(true);
    }
    await eventually(async () => expect(await page.locator('.notice-success').last().textContent()).toMatch(/3 imported entities added/));
    await screenshot(page, 'import-06-on-canvas');
  });
});
