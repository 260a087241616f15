import { AuthInputError, createApiToken, createSignInLink, createUser, findUser, listUsers, revokeCredential, updateUser, type UserRecord } from '../../auth/auth-service.ts';
import { BOOKKEEPING_TIMEOUT_MS } from '../../db/driver.ts';
import type { AppContext } from '../../context.ts';
import { MARKINGS } from '../../domain/model.ts';
import { badInput, boundedInt } from '../../errors.ts';

const iso = (ms: unknown) => (typeof ms === 'number' ? new Date(ms).toISOString() : null);

function userView(user: UserRecord, tokens: { id: string; label: string | null; createdAt: number; expiresAt: number | null }[] = []) {
  return {
    name: user.name,
    // The Role enum's internal values are the stored roles (viewer answers as VIEWER).
    role: user.role,
    clearance: user.clearance,
    createdAt: iso(user.createdAt),
    disabled: Boolean(user.disabledAt),
    tokens: tokens.map((t) => ({ id: t.id, label: t.label, createdAt: iso(t.createdAt), expiresAt: iso(t.expiresAt) })),
  };
}

/** Input problems of user management become BAD_USER_INPUT with their message. */
async function asInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AuthInputError) throw badInput(error.message);
    throw error;
  }
}

const actor = (ctx: AppContext) => ctx.viewer.identity!.name;

export const users = async (ctx: AppContext) => (await listUsers(ctx.db)).map((r) => userView(r.user, r.tokens));

/**
 * What an admin may grant: nobody changes their own role or clearance, nobody grants a clearance
 * above their own (nor a token or sign-in link for a user cleared above them, which would give
 * them that clearance), and the last enabled admin is never demoted or disabled
 * (cypher/queries/auth/update-user.cypher also refuses that, atomically).
 */
const above = (ctx: AppContext, clearance: string | null | undefined) =>
  typeof clearance === 'string' && MARKINGS.indexOf(clearance as never) > MARKINGS.indexOf(ctx.viewer.identity!.clearance as never);

function checkGrant(ctx: AppContext, clearance: string | null | undefined) {
  if (above(ctx, clearance)) throw badInput(`You cannot grant a clearance above your own (${ctx.viewer.identity!.clearance}).`, 'clearance');
}

async function checkSubject(ctx: AppContext, name: string) {
  const user = await findUser(ctx.db, name);
  if (user && above(ctx, user.clearance)) throw badInput(`"${name}" is cleared above you (${ctx.viewer.identity!.clearance}); their access is not yours to give.`, 'user');
}

export const addUser = (ctx: AppContext, a: { name: string; role: string; clearance: string }) =>
  asInput(async () => {
    checkGrant(ctx, a.clearance);
    return userView(await createUser(ctx.db, actor(ctx), a.name, a.role, a.clearance));
  });

export const changeUser = (ctx: AppContext, a: { name: string; role?: string | null; clearance?: string | null; disable?: boolean | null }) =>
  asInput(async () => {
    if (a.name === actor(ctx) && (a.role != null || a.clearance != null)) throw badInput('Nobody changes their own role or clearance.', 'name');
    checkGrant(ctx, a.clearance);
    const before = await findUser(ctx.db, a.name);
    const demotes = before !== null && before.role === 'admin' && !before.disabledAt && ((a.role != null && a.role !== 'admin') || a.disable === true);
    if (demotes) {
      const [row] = await ctx.db.read('auth/count-admins', {}, BOOKKEEPING_TIMEOUT_MS);
      if (Number(row?.admins ?? 0) <= 1) throw badInput(`"${a.name}" is the last admin and cannot be demoted or disabled.`, 'name');
    }
    const user = await updateUser(ctx.db, actor(ctx), a.name, { role: a.role ?? null, clearance: a.clearance ?? null, disable: a.disable === true });
    // Another admin was demoted meanwhile: update-user.cypher kept this one.
    if (demotes && user.role === 'admin' && !user.disabledAt) throw badInput(`"${a.name}" is the last admin and cannot be demoted or disabled.`, 'name');
    return userView(user);
  });

export const newToken = (ctx: AppContext, a: { user: string; label?: string | null; expiresInDays?: number | null }) =>
  asInput(async () => {
    await checkSubject(ctx, a.user);
    const made = await createApiToken(ctx.db, actor(ctx), a.user, a.label ?? null, a.expiresInDays ?? null);
    return { id: made.id, token: made.token, user: made.user.name };
  });

export const revokeToken = (ctx: AppContext, id: string) => asInput(async () => Boolean(await revokeCredential(ctx.db, actor(ctx), id)));

export const signInLink = (ctx: AppContext, user: string) =>
  asInput(async () => {
    await checkSubject(ctx, user);
    return createSignInLink(ctx.db, actor(ctx), user);
  });

function decodeAuditCursor(cursor: string | null | undefined): { at: number | null; id: string } {
  if (!cursor) return { at: null, id: '' };
  const m = /^(\d{1,15}):([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput('"after" is not a cursor returned by auditLog.', 'after');
  return { at: Number(m[1]), id: m[2]! };
}

export async function auditLog(ctx: AppContext, a: { action?: string | null; actor?: string | null; first?: number | null; after?: string | null }) {
  const limit = boundedInt(a.first, 'first', 1, 500, 50);
  const cursor = decodeAuditCursor(a.after);
  const rows = await ctx.db.read('audit/list-events', { action: a.action ?? null, actor: a.actor ?? null, before: cursor.at, beforeId: cursor.id, limit, markings: ctx.viewer.markings });
  const events = rows.map((r) => {
    const e = r.event as Record<string, unknown>;
    return { ...e, at: iso(e.at) };
  });
  const last = rows.at(-1)?.event as { at: number; id: string } | undefined;
  return { events, endCursor: last && rows.length === limit ? Buffer.from(`${last.at}:${last.id}`).toString('base64url') : null };
}
