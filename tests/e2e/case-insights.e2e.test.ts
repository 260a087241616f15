/**
 * Case data in the explorer: a suspect found by search shows their contacts, most
 * communications first; their network shows its members by role and its most connected
 * members; a route shows its hotspots with their suspects; a contact is added from the list.
 * Synthetic case data at small scale is loaded for the file and removed after it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSynthetic, removeSynthetic } from '../../seed/synthetic/cli.ts';
import { generateSynthetic } from '../../seed/synthetic/generate.ts';
import { screenshot } from './support/browser.ts';
import { eventually } from './support/eventually.ts';
import { searchAndChoose } from './support/explorer-page.ts';
import { openAsNewViewer, useExplorerSession } from './support/explorer-session.ts';

const session = useExplorerSession({ width: 1440, height: 900 });
let page: Page;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'case-e2e-'));
const rows = (name: string) => parse(generateSynthetic('small', 1).find((f) => f.name === name)!.csv, { columns: true }) as Record<string, string>[];

beforeAll(async () => {
  await loadSynthetic(session.db, 'small', 1, dir, () => {});
  page = session.page;
  await openAsNewViewer(session, 'e2e-case');
}, 300_000);

afterAll(async () => {
  await removeSynthetic(session.db, () => {});
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('case data in the details panel', () => {
  const leader = rows('persons.csv').find((p) => p.role === 'role-leader' && p.network_id === 'n0001')!;
  const leaderId = `per-r-syn-${leader.person_id}`;

  it("shows a suspect's contacts, most communications first", async () => {
    await searchAndChoose(page, leader.name!, leaderId);
    await page.focus('#cy');
    await page.keyboard.press('Enter');
    const contacts = page.locator('#panel-details ol[aria-label="Contacts"] li');
    await eventually(async () => expect(await contacts.count()).toBeGreaterThan(3));
    const counts = (await contacts.allTextContents()).map((t) => Number(/(\d+) communications/.exec(t)![1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(await page.locator('#panel-details h3', { hasText: /^Contacts \(\d+\)$/ }).count()).toBe(1);
    await screenshot(page, 'case-01-suspect-contacts');
  });

  it('adds a contact to the canvas from the list', async () => {
    const before = await page.evaluate(() => window.__explorer!.cy().nodes().length);
    await page.locator('#panel-details ol[aria-label="Contacts"] li button').first().click();
    await eventually(async () => expect(await page.evaluate(() => window.__explorer!.cy().nodes().length)).toBe(before + 1));
  });

  it("shows a network's members by role and its most connected members", async () => {
    const network = rows('networks.csv').find((n) => n.network_id === 'n0001')!;
    const members = rows('persons.csv').filter((p) => p.network_id === 'n0001');
    await searchAndChoose(page, network.name!.split(' (')[0]!, 'net-r-syn-n0001');
    await page.focus('#cy');
    await page.keyboard.press('Enter');
    const roles = page.locator('#panel-details ul[aria-label="Members by role"] li');
    await eventually(async () => expect(await roles.count()).toBeGreaterThan(1));
    const total = (await roles.allTextContents()).reduce((sum, t) => sum + Number(/: (\d+)$/.exec(t)![1]), 0);
    expect(total).toBe(members.length);
    expect(await roles.allTextContents()).toContainEqual(expect.stringMatching(/^Leader: \d+$/));
    expect(await page.locator('#panel-details ol[aria-label="Most connected members"] li').count()).toBeGreaterThan(3);
    await screenshot(page, 'case-02-network-members');
  });

  it("shows a route's hotspots with their suspects", async () => {
    await searchAndChoose(page, 'Central Mediterranean route', 'route-central-mediterranean');
    await page.focus('#cy');
    await page.keyboard.press('Enter');
    const hotspots = page.locator('#panel-details ol[aria-label="Hotspots"] li');
    await eventually(async () => expect(await hotspots.count()).toBeGreaterThan(0));
    expect(await hotspots.first().textContent()).toMatch(/hotspot \d+ \d+ suspects, \d+ networks$/);
    await screenshot(page, 'case-03-route-hotspots');
  });
});
