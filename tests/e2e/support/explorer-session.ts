/**
 * One explorer session for an end-to-end file: the real server over the provided Neo4j, a
 * Chromium page at a given viewport, and console errors in the browser failing the step they
 * happen in. The hooks are registered by the call; the fields are set once beforeAll has run.
 */
import type http from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { createSignInLink, createUser } from '../../../server/auth/auth-service.ts';
import { Db } from '../../../server/db/driver.ts';
import { startServer } from '../../../server/index.ts';
import { collectProblems, freePort, launchChromium, type PageProblem } from './browser.ts';
import { ensureClientBuilt } from './client-build.ts';
import { settled, waitForExplorer } from './explorer-page.ts';

export interface ExplorerSession {
  db: Db;
  base: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

export function useExplorerSession(viewport: { width: number; height: number }): ExplorerSession {
  const session = {} as ExplorerSession;
  let server: http.Server | undefined;
  let problems: PageProblem[] = [];
  beforeAll(async () => {
    ensureClientBuilt();
    session.db = new Db({ ...inject('neo4j'), local: false });
    const port = await freePort();
    server = await startServer({ db: session.db, host: '127.0.0.1', port });
    session.base = `http://127.0.0.1:${port}`;
    session.browser = await launchChromium();
    session.context = await session.browser.newContext({ viewport });
    session.page = await session.context.newPage();
    problems = collectProblems(session.page);
  });
  afterEach(() => {
    const found = [...problems];
    problems.length = 0;
    expect(found, 'console errors in the browser').toEqual([]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await session.db?.close();
  });
  return session;
}

/** Signs a new CONFIDENTIAL viewer in through a one-time link and waits for the overview (hint closed). */
export async function openAsNewViewer(session: ExplorerSession, prefix: string): Promise<void> {
  const name = `${prefix}-${Date.now()}`;
  await createUser(session.db, 'e2e-setup', name, 'viewer', 'CONFIDENTIAL');
  await session.page.goto(`${session.base}/auth/signin?token=${await createSignInLink(session.db, 'e2e-setup', name)}`);
  await waitForExplorer(session.page);
  await settled(session.page);
  await session.page.click('#hint .notice-close');
}
