import { AuthInputError, createApiToken, createSignInLink, createUser, listUsers, revokeCredential, updateUser, type UserRecord } from '../../auth/auth-service.ts';
import type { AppContext } from '../../context.ts';
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

export const addUser = (ctx: AppContext, a: { name: string; role: string; clearance: string }) =>
  asInput(async () => userView(await createUser(ctx.db, actor(ctx), a.name, a.role, a.clearance)));

export const changeUser = (ctx: AppContext, a: { name: string; role?: string | null; clearance?: string | null; disable?: boolean | null }) =>
  asInput(async () => userView(await updateUser(ctx.db, actor(ctx), a.name, { role: a.role ?? null, clearance: a.clearance ?? null, disable: a.disable === true })));

export const newToken = (ctx: AppContext, a: { user: string; label?: string | null; expiresInDays?: number | null }) =>
  asInput(async () => {
    const made = await createApiToken(ctx.db, actor(ctx), a.user, a.label ?? null, a.expiresInDays ?? null);
    return { id: made.id, token: made.token, user: made.user.name };
  });

export const revokeToken = (ctx: AppContext, id: string) => asInput(async () => Boolean(await revokeCredential(ctx.db, actor(ctx), id)));

export const signInLink = (ctx: AppContext, user: string) => asInput(() => createSignInLink(ctx.db, actor(ctx), user));

function decodeAuditCursor(cursor: string | null | undefined): { at: number | null; id: string } {
  if (!cursor) return { at: null, id: '' };
  const m = /^(\d{1,15}):([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput('"after" is not a cursor returned by auditLog.', 'after');
  return { at: Number(m[1]), id: m[2]! };
}

export async function auditLog(ctx: AppContext, a: { action?: string | null; actor?: string | null; first?: number | null; after?: string | null }) {
  const limit = boundedInt(a.first, 'first', 1, 500, 50);
  const cursor = decodeAuditCursor(a.after);
  const rows = await ctx.db.read('audit/list-events', { action: a.action ?? null, actor: a.actor ?? null, before: cursor.at, beforeId: cursor.id, limit });
  const events = rows.map((r) => {
    const e = r.event as Record<string, unknown>;
    return { ...e, at: iso(e.at) };
  });
  const last = rows.at(-1)?.event as { at: number; id: string } | undefined;
  return { events, endCursor: last && rows.length === limit ? Buffer.from(`${last.at}:${last.id}`).toString('base64url') : null };
}
